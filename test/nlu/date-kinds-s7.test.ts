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
    expect(read('His claim, lodged in June 2018, was refused in 2020; tolerated since 2021.', 'en').asylumAppliedOn).toBe('2018-06');
  });
});
