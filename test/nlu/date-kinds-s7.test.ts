import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/index.js';

/**
 * Kinds of date binding the retired held-apart set 4 showed broken (session 7, /work/coord/notes/dates.md), each in
 * words of its own. Today is Tuesday 08.12.2026.
 */
const TODAY = '2026-12-08';
const read = (text: string, lang: 'de' | 'en' = 'de') => understand(text, { lang, today: TODAY }).patch;

describe('a stay said as a duration without "seit"/"for" runs until today (an entry date, not a total stay)', () => {
  it.each([
    ['Sie ist jetzt 4 Jahre in Deutschland.', 'de', '2022-12'],
    ['Der Mann ist 6 Jahre hier.', 'de', '2020-12'],
    ["He's been in Germany three years.", 'en', '2023-12'],
    ['has been here 2 years now', 'en', '2024-12'],
  ] as const)('%s', (text, lang, entry) => {
    const p = read(text, lang);
    expect(p.entryDate).toBe(entry);
    expect(p.stayMonths).toBeUndefined();
  });

  it('a total ("insgesamt", "in total") stays the number of months', () => {
    expect(read('Sie ist insgesamt 40 Monate in Deutschland.').stayMonths).toBe(40);
    expect(read('in Germany for 28 months in total', 'en').stayMonths).toBe(28);
  });
});

describe('a count whose unit is the one before it, said back from today ("the last three", "die letzten zwei")', () => {
  it.each([
    ['In Deutschland seit sechs Jahren, geduldet die letzten vier.', 'de', '2022-12'],
    ['Here for five years, tolerated for the past two.', 'en', '2024-12'],
    ['in Germany 7 years, tolerated the last three', 'en', '2023-12'],
  ] as const)('%s', (text, lang, since) => {
    expect(read(text, lang).toleratedSince).toBe(since);
  });
});

describe('an attributive participle dates only its own phrase', () => {
  it('"der im März 2017 beantragte Schutz": the application, not the rejection of the clause', () => {
    const p = read('Der im März 2017 gestellte Antrag auf Asyl wurde 2019 abgelehnt.');
    expect(p.asylumAppliedOn).toBe('2017-03');
  });

  it('"sein 2020 eingereichter Asylantrag" beside the rejection\'s date', () => {
    expect(read('Sein 2020 eingereichter Asylantrag ist im Mai 2022 abgelehnt worden.').asylumAppliedOn).toBe('2020');
  });

  it.each([
    ['Unsere geduldete Küchenhilfe haben wir am 03.12. entlassen.', 'de'],
    ['Den geduldeten Fahrer haben wir am 1.12.2026 gekündigt.', 'de'],
    ['We fired our tolerated cleaner on 2 December.', 'en'],
    ['The tolerated warehouse guy resigned on 1 December.', 'en'],
  ] as const)('the day of the ending is no Duldung start: %s', (text, lang) => {
    const p = read(text, lang);
    expect(p.toleratedSince).toBeUndefined();
    expect(p.eventKnownOn).toMatch(/^2026-12-0[123]$/);
  });

  it('"der seit 2021 geduldete Mann", "ein geduldeter Afghane (seit 2023)" keep their dates', () => {
    expect(read('Der seit 2021 geduldete Mann sucht Arbeit.').toleratedSince).toBe('2021');
    expect(read('Ein geduldeter Afghane (seit 2023) möchte bei uns anfangen.').toleratedSince).toBe('2023');
    expect(read('Can a tolerated Afghan (since 2023) start with us?', 'en').toleratedSince).toBe('2023');
  });

  it('"refused", "turned down" make a message about asylum: "his claim, lodged in June 2018, was refused"', () => {
    expect(
      read('His claim, lodged in June 2018, was refused in 2020; tolerated since 2021.', 'en').asylumAppliedOn,
    ).toBe('2018-06');
  });
});

describe('a parenthesis that says more than its date is a clause of its own', () => {
  it('"Die Köchin (Duldung bis 31.03.2027) hat am Montag gekündigt": the expiry, not the ending', () => {
    const p = read('Die Köchin (Duldung bis 31.03.2027) hat am Montag gekündigt.');
    expect(p.documentValidUntil).toBe('2027-03-31');
    expect(p.eventKnownOn).toBe('2026-12-07');
  });

  it('"(entered 2018, Duldung valid to 30.9.2027)" beside an appointment', () => {
    const p = read('The applicant (entered 2018, Duldung valid to 30.9.2027) has an interview on 15 December.', 'en');
    expect(p.entryDate).toBe('2018');
    expect(p.documentValidUntil).toBe('2027-09-30');
  });

  it('the noun before the parenthesis stays in sight: "Reisepass (gültig bis 2030)" is no Duldung\'s expiry', () => {
    expect(read('Er hat eine Duldung und einen Reisepass (gültig bis 2030).').documentValidUntil).toBeUndefined();
  });
});

describe('months and seasons without a year', () => {
  it.each([
    ['Duldung seit 2023, läuft Juni ab.', 'de', 'documentValidUntil', '2027-06'],
    ['duldung since 2024 expires jan', 'en', 'documentValidUntil', '2027-01'],
    ['Im Herbst hat sie die Duldung bekommen.', 'de', 'toleratedSince', '2026'],
    ['She has been tolerated since this March.', 'en', 'toleratedSince', '2026-03'],
    ['Seit diesen Januar geduldet.', 'de', 'toleratedSince', '2026-01'],
  ] as const)('%s', (text, lang, key, value) => {
    expect(read(text, lang)[key]).toBe(value);
  });

  it('"arrived in spring 2016, applied for asylum that summer": the year said before', () => {
    expect(read('He arrived in spring 2016 and applied for asylum that summer.', 'en').asylumAppliedOn).toBe('2016');
  });

  it('a season with its year after it stays that year ("im Sommer des Jahres 2019" is no bare season)', () => {
    expect(read('Eingereist im Sommer 2019, geduldet seit 2021.').entryDate).toBe('2019');
    expect(read('Asylum filed in May 2020; he came in the spring of that year.', 'en').entryDate).toBe('2020');
  });
});

describe('dates leaning on the one before', () => {
  it('"gleich danach", "soon after": that month, not that day', () => {
    expect(read('Eingereist am 12.04.2017, kurz danach hat er Asyl beantragt.').asylumAppliedOn).toBe('2017-04');
  });

  it('"three days before that" moves the date said before; "for 18 months before that" is a length', () => {
    const p = read('He applied for asylum on 20 June 2025; he had entered three days before that.', 'en');
    expect(p.entryDate).toBe('2025-06');
    const q = read('Tolerated since May 2021; he worked for a bakery for 14 months before that.', 'en');
    expect(q.priorEmploymentMonths).toBe(14);
  });

  it('a bare duration beside an arrival verb is no entry ("entered two weeks before")', () => {
    expect(read('Er ist zwei Wochen vor dem Antrag eingereist.').entryDate).toBeUndefined();
  });
});

describe('cue words of entry, application, ending', () => {
  it.each([
    ['Hergekommen ist sie im Mai 2017.', 'de', 'entryDate', '2017-05'],
    ['Im Oktober 2015 hat er Deutschland erreicht.', 'de', 'entryDate', '2015-10'],
    ['Schutz hat sie im Februar 2019 beantragt.', 'de', 'asylumAppliedOn', '2019-02'],
    ['She asked for protection in March 2018.', 'en', 'asylumAppliedOn', '2018-03'],
    ['He got here in 2016.', 'en', 'entryDate', '2016'],
    ['in DE since 2/20, tolerated since 2022', 'en', 'entryDate', '2020-02'],
    ['Seit zwee Johr geduldet.', 'de', 'toleratedSince', undefined],
    ['Der is seit zwee Jahren geduldet.', 'de', 'toleratedSince', '2024-12'],
  ] as const)('%s', (text, lang, key, value) => {
    expect(read(text, lang)[key]).toBe(value);
  });

  it('"am 01.12.2026 per Aufhebungsvertrag beendet" is the day of the ending', () => {
    const p = read(
      'Das Arbeitsverhältnis mit unserer geduldeten Mitarbeiterin wurde am 01.12.2026 per Aufhebungsvertrag beendet.',
    );
    expect(p.eventKnownOn).toBe('2026-12-01');
  });
});

describe('a date alone in its segment or sentence', () => {
  it('"Before that, from 2019, …": the words after it', () => {
    expect(
      read('Tolerated since 2023. Before that, from 2019, he was in the asylum procedure.', 'en').asylumAppliedOn,
    ).toBe('2019');
  });

  it('"Wie lange sie hier ist? Seit 2017.": the employer\'s own question', () => {
    expect(read('Wie lange sie schon hier ist? Seit 2017.').entryDate).toBe('2017');
  });

  it('"2018 I think, not sure": a doubt after a hedge gives nothing', () => {
    expect(read('She arrived in 2018 I think, not sure.', 'en').entryDate).toBeUndefined();
  });
});

describe('expiries said with "Ende", renewed, or counted back', () => {
  it('"ran out at the end of October" is its last day', () => {
    expect(read('His Duldung ran out at the end of October.', 'en').documentValidUntil).toBe('2026-10-31');
  });

  it('"wurde verlängert bis Ende März", "was renewed until next June": the new expiry', () => {
    expect(read('Die Duldung hatte er bis Ende Oktober, dann wurde verlängert bis Ende März.').documentValidUntil).toBe(
      '2027-03-31',
    );
    expect(read('His toleration was renewed in November until next June.', 'en').documentValidUntil).toBe('2027-06');
  });

  it('"whose Duldung ran until last Tuesday": a day counted back is a past expiry', () => {
    expect(read('A cleaner whose Duldung ran until last Tuesday.', 'en').documentValidUntil).toBe('2026-12-01');
  });
});

describe('the day the employer knew of an ending', () => {
  it('the later of the letter and its receipt', () => {
    const p = read('Our cook resigned by letter dated 30 November, which we received on 2 December.', 'en');
    expect(p.eventKnownOn).toBe('2026-12-02');
  });

  it('"schriftlich bekommen" is the day known; "this morning" is today', () => {
    expect(
      read('Unser Azubi hat am 1. Dezember gekündigt, wir haben es am 3. Dezember schriftlich bekommen.').eventKnownOn,
    ).toBe('2026-12-03');
    expect(read('Our employee quit this morning.', 'en').eventKnownOn).toBe('2026-12-08');
  });
});

describe('whose date it is', () => {
  it('"insgesamt vier Jahre auf der Schule" is school, not a total stay', () => {
    const p = read('Sie war insgesamt vier Jahre auf der Gesamtschule.');
    expect(p.schoolYearsInGermany).toBe(4);
    expect(p.stayMonths).toBeUndefined();
  });

  it('a citizenship has its own date ("hat seit 2018 die deutsche Staatsangehörigkeit")', () => {
    expect(read('Mein Onkel auch hier, er hat deutsche Staatsangehörigkeit seit 2018.').entryDate).toBeUndefined();
  });

  it('"seit 2019 Deutschland": the country alone', () => {
    expect(read('Er seit 2019 Deutschland, Duldung seit 2021.').entryDate).toBe('2019');
  });

  it('a day without its year goes on from the latest such day, not from a year said of someone else', () => {
    const p = read(
      'Der Pole vom letzten Jahr war kein Thema, aber die neue, eine Irakerin, ist erst seit 4. Oktober hier und hat am 11. Oktober Asyl beantragt.',
    );
    expect(p.asylumAppliedOn).toBe('2026-10-11');
  });

  it('", when she applied for asylum" after the date', () => {
    expect(read('She had a Gestattung from May 2019, when she applied for asylum.', 'en').asylumAppliedOn).toBe(
      '2019-05',
    );
  });
});
