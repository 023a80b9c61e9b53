import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/index.js';
import { factsOf, scoreFacts } from '../../src/nlu/metrics.js';
import { loadDataset, setFile } from './dataset.js';
import { de, en, TODAY } from './helpers.js';

describe.each([
  ['multi-date.yaml', 'the multi-date and event set', 150],
  ['v11-facts.yaml', 'the v1.1 facts and stated facts', 50],
  ['single-messages.yaml', 'single messages of every kind', 50],
  ['single-messages-3.yaml', 'single messages, third round', 80],
  ['contract-endings.yaml', 'a contract that runs out or is not renewed', 12],
  ['endings-status-dates.yaml', 'endings, past status, event days, the 11 June 2026 permission', 60],
  ['single-messages-4.yaml', 'single messages, fourth round', 50],
  ['single-messages-5.yaml', 'single messages, fifth round', 50],
  ['single-messages-heldout-retired.yaml', 'single messages by *tests*, held apart until 07.12.2026 15:05', 110],
  ['single-messages-6.yaml', "single messages, sixth round: the retired set's weaknesses in other words", 60],
  ['multi-date-heldout2-retired.yaml', 'multi-date messages by *tests*, held apart until 07.12.2026 18:15', 30],
  ['multi-date-3.yaml', 'multi-date messages, third round: relative years, "the same month", validity periods', 60],
  ['single-messages-heldout2-retired.yaml', 'by *tests*, held apart until 07.12.2026 18:15', 120],
  [
    'multi-date-4.yaml',
    'multi-date messages, fourth round: the Duldung from its own clause, seasons, alternatives, timelines',
    47,
  ],
  // Written first (session 5): its misses left are dates' kinds (short dates, "the same month", endings) for now.
  [
    'single-messages-7.yaml',
    "single messages, seventh round: the second retired set's kinds in other words",
    85,
    0.97,
    0.85,
  ],
  [
    'single-messages-8.yaml',
    'single messages, eighth round: hedged denials, facts denied by absence, suppositions',
    25,
  ],
  // Written first (session 6): the third retired set's person/status/procedure kinds in other words.
  [
    'single-messages-9.yaml',
    'single messages, ninth round: identity steps, doubts, alternatives, elliptic contrasts, telegram clauses',
    80,
    0.97,
    0.9,
  ],
  // Written after the personas-3 fixes of its kinds (session 6), as a check of their generality.
  ['single-messages-10.yaml', 'single messages, tenth round: form fields, ages in words, corrected countries', 30],
  // Written first (session 7) from the fourth retired set's kinds; the misses left are job kinds in general questions.
  [
    'single-messages-11.yaml',
    'single messages, eleventh round: negation anywhere, whose fact, questions, the past, invalid documents',
    60,
    0.9,
    0.95,
  ],
])('%s: %s (tuning)', (file, _name, size, minPrecision = 0.97, minRecall = 0.95) => {
  const data = loadDataset(setFile(file));
  const pairs = data.utterances.map((u) => ({
    text: u.text,
    expected: factsOf({ patch: u.patch, unknown: u.unknown }),
    actual: factsOf(understand(u.text, { lang: u.lang, today: data.today, pendingFactKey: u.pending })),
  }));

  it(`has at least ${size} messages, a quarter of them in English`, () => {
    expect(data.utterances.length).toBeGreaterThanOrEqual(size);
    expect(data.utterances.filter((u) => u.lang === 'en').length / data.utterances.length).toBeGreaterThan(0.25);
  });

  it(`binds facts with precision >= ${minPrecision} and recall >= ${minRecall}`, () => {
    const score = scoreFacts(pairs);
    const report = pairs
      .filter((p) => p.expected.join() !== p.actual.join())
      .map((p) => `${p.text}\n  want ${p.expected.join(' ')}\n  got  ${p.actual.join(' ')}`)
      .join('\n');
    expect(score.precision, report).toBeGreaterThanOrEqual(minPrecision);
    expect(score.recall, report).toBeGreaterThanOrEqual(minRecall);
  });
});

describe('a date binds to the cue of its own clause', () => {
  it('whatever the order of the clauses (the swap of issue 13)', () => {
    const facts = { toleratedSince: '2025-09', asylumAppliedOn: '2024' };
    expect(
      de('Tunesier. Duldung hat er seit September 2025. Asylantrag 2024 gestellt, abgelehnt.').patch,
    ).toMatchObject(facts);
    expect(de('Asylantrag 2024 gestellt, abgelehnt. Duldung hat er seit September 2025.').patch).toMatchObject(facts);
    expect(en('Tolerated since September 2025, asylum claim filed in 2024 and rejected.').patch).toMatchObject(facts);
  });

  it('reads a decision, a start or an appointment as no fact, never as the nearest one', () => {
    expect(de('Abgelehnt wurde sein Asylantrag im Juli 2025.').patch).toEqual({
      asylumApplied: true,
      asylumOutcome: 'rejected',
    });
    expect(de('Er ist Tunesier und geduldet, am Freitag (4.12.) hat er gekündigt.').patch).toEqual({
      nationality: 'TN',
      status: 'duldung',
      event: 'employment_ends_early',
    });
    expect(en('His last working day is 31 Dec.').patch).toEqual({ event: 'employment_ends_early' });
    expect(de('Wir haben am 15.12. einen Termin bei der Ausländerbehörde.').patch).toEqual({});
    expect(de('Seine Frau kam 2023 nach, er selbst ist seit 2016 hier.').patch).toEqual({ entryDate: '2016' });
  });

  it('follows "seitdem", "im selben Jahr" and a pronoun to the date or noun they stand for', () => {
    expect(de('2015 eingereist, 2016 Asyl beantragt, 2018 abgelehnt, seitdem geduldet.').patch).toMatchObject({
      entryDate: '2015',
      asylumAppliedOn: '2016',
      toleratedSince: '2018',
    });
    expect(de('2022 gekommen, Asylantrag gleich im selben Jahr').patch).toMatchObject({ asylumAppliedOn: '2022' });
    expect(en('His Duldung expires on 15 January 2027. He has had it since June 2024.').patch).toMatchObject({
      documentValidUntil: '2027-01-15',
      toleratedSince: '2024-06',
    });
  });

  it('keeps negation and contrast: the date after "sondern" takes the place of the negated one', () => {
    expect(de('Geduldet ist er nicht seit 2022, sondern seit Juli 2023.').patch.toleratedSince).toBe('2023-07');
    expect(en('He did not enter in 2019 but in 2017.').patch.entryDate).toBe('2017');
    expect(de('Ein Dublin-Verfahren gibt es bei ihm nicht, er ist seit 2023 geduldet.').patch).toMatchObject({
      dublinProcedure: false,
      toleratedSince: '2023',
    });
    expect(de('Ein Dublin-Verfahren gibt es bei ihm nicht.').patch).not.toHaveProperty('removalMeasuresPending');
  });
});

describe('events anywhere in the message', () => {
  it.each([
    ['Notfall-Frage: unser Azubi (Duldung) hat gestern von sich aus gekündigt. Was tun?', 'training_ends_early'],
    ['Unser Lagerhelfer mit Duldung hat die Brocken hingeschmissen.', 'employment_ends_early'],
    ['Die Ausbildung wurde abgebrochen.', 'training_ends_early'],
    ['He handed in his notice last Friday. He has a Duldung.', 'employment_ends_early'],
    ['We let him go at the end of October.', 'employment_ends_early'],
    ['Our apprentice quit on 4 December.', 'training_ends_early'],
    ['Seine Duldung ist am 3.11. abgelaufen.', 'document_expired'],
    ['Er arbeitet seit einem Jahr bei uns, jetzt wurde sein Asylantrag abgelehnt.', 'asylum_rejected_while_employed'],
  ])('"%s" is %s', (text, event) => {
    expect(
      understand(text, {
        lang: /^[A-Z][a-z]+ [a-z]/.test(text) && /\b(?:he|our|we)\b/i.test(text) ? 'en' : 'de',
        today: '2026-11-22',
      }).patch.event,
    ).toBe(event);
  });

  it('reads no event in a hypothetical or a denial', () => {
    expect(de('Wir wollen ihn einstellen. Was passiert, wenn er kündigt?').patch.event).toBeUndefined();
    expect(de('Er hat nicht gekündigt, er ist nur krank.').patch.event).toBeUndefined();
    expect(
      de('Er ist seit 2019 geduldet, sein Asylantrag wurde 2018 abgelehnt, er arbeitet bei uns.').patch.event,
    ).toBeUndefined();
  });
});

describe('a status said in the past, an ending said ahead, the permission on 11 June 2026', () => {
  it('takes a past status as the one the job or training ended under, only in a message about an ending', () => {
    expect(de('Unser Azubi hat hingeschmissen. Er hatte Ausbildungsduldung.').patch).toMatchObject({
      status: 'ausbildungsduldung',
      event: 'training_ends_early',
    });
    expect(en('He had a Beschäftigungsduldung until he resigned.').patch.status).toBe('beschaeftigungsduldung');
    expect(de('Sie war bis März geduldet und hat dann bei uns gekündigt.').patch).toEqual({
      status: 'duldung',
      event: 'employment_ends_early',
    });
    // A status said in the present wins; without an ending the past one is no fact.
    expect(de('Er hatte früher eine Gestattung, jetzt eine Duldung, und hat gekündigt.').patch.status).toBe('duldung');
    expect(de('Früher war er geduldet.').patch).toEqual({});
    expect(de('Er hatte eine Ausbildungsduldung, jetzt hat er eine Aufenthaltserlaubnis nach § 16g.').patch).toEqual({
      status: 'aufenthaltserlaubnis',
      permitBasis: '16g',
    });
  });

  it('reads an ending said in the future tense, but not a regular end or a hypothesis', () => {
    expect(de('Wegen der Insolvenz wird seine Ausbildung vorzeitig enden.').patch.event).toBe('training_ends_early');
    expect(de('Die Firma geht in Insolvenz, die Stelle fällt zum 31.1. weg.').patch).toEqual({
      event: 'employment_ends_early',
    });
    expect(en('Her employment is going to end on 31 January.').patch).toEqual({ event: 'employment_ends_early' });
    expect(en('We will have to let him go at the end of the month.').patch.event).toBe('employment_ends_early');
    expect(de('Die Ausbildung endet regulär im Sommer 2027 mit der Abschlussprüfung.').patch.event).toBeUndefined();
    expect(de('Was passiert, wenn die Firma in Insolvenz geht und die Stelle wegfällt?').patch.event).toBeUndefined();
  });

  it('reads the permission held on the day § 104 Abs. 18 Nr. 2 came into force', () => {
    expect(de('Er hatte am 11.06.2026 keine Erlaubnis.').patch).toEqual({ hadWorkPermitOn11June2026: false });
    expect(en('He had no work permit on 11 June 2026.').patch).toEqual({ hadWorkPermitOn11June2026: false });
    expect(de('Bei Inkrafttreten des neuen Gesetzes hatte er schon eine Beschäftigungserlaubnis.').patch).toEqual({
      hadWorkPermitOn11June2026: true,
    });
    expect(en('When the new law came into force he already had a work permit.').patch).toEqual({
      hadWorkPermitOn11June2026: true,
    });
    expect(de('Am 11. Juni durfte er schon arbeiten.').patch).toEqual({ hadWorkPermitOn11June2026: true });
    expect(de('Er hat am 11.06.2026 seine Ausbildung begonnen.').patch).not.toHaveProperty('hadWorkPermitOn11June2026');
  });
});

describe('the day the employer learned of an ending (eventKnownOn), counted from today', () => {
  // A Monday: gestern = 06.12., letzten Freitag = 04.12., am Montag = the Monday before.
  const today = '2026-12-07';
  const read = (text: string, lang: 'de' | 'en' = 'de') => understand(text, { lang, today }).patch;

  it.each([
    ['Er hat letzten Freitag gekündigt.', 'de', '2026-12-04'],
    ['Wir haben ihm gestern gekündigt.', 'de', '2026-12-06'],
    ['Der Azubi hat vorgestern die Ausbildung abgebrochen.', 'de', '2026-12-05'],
    ['Am Montag hat sie uns ihre Kündigung gegeben.', 'de', '2026-11-30'],
    ['Er hat am 4.12. gekündigt.', 'de', '2026-12-04'],
    ['Am 1. Dezember hat er uns gesagt, dass er aufhört.', 'de', '2026-12-01'],
    ['He resigned yesterday.', 'en', '2026-12-06'],
    ['She handed in her notice last Friday.', 'en', '2026-12-04'],
    ['We dismissed him on 30 November.', 'en', '2026-11-30'],
    ['He quit today, effective 31 December.', 'en', '2026-12-07'],
  ] as const)('"%s" (%s): %s', (text, lang, day) => {
    expect(read(text, lang).eventKnownOn).toBe(day);
  });

  it('takes no day that is not the day of the notice: the end, a vague time, a coming day, no ending', () => {
    expect(read('Er hat zum 31.12. gekündigt.')).toEqual({ event: 'employment_ends_early' });
    expect(read('Sein letzter Arbeitstag ist der 18.12.')).toEqual({ event: 'employment_ends_early' });
    expect(read('Sie hat letzte Woche gekündigt.')).toEqual({ event: 'employment_ends_early' });
    // "am 4.12." said on 22.11. is the coming one: no day a notice was given.
    expect(understand('Er hat am 4.12. gekündigt.', { lang: 'de', today: '2026-11-22' }).patch).toEqual({
      event: 'employment_ends_early',
    });
    expect(read('Er hat gestern bei uns angefangen.')).toEqual({});
    expect(read('Wenn er gestern gekündigt hätte, was dann?')).toEqual({});
  });

  it("never dates the person's history with a day counted from today", () => {
    expect(read('Er war am Montag zum Vorstellungsgespräch da, er hat eine Duldung.')).toEqual({ status: 'duldung' });
    expect(read('We have a Syrian applicant here today, he has a Duldung.', 'en')).toEqual({
      nationality: 'SY',
      status: 'duldung',
    });
    expect(read('Seine Duldung ist gestern abgelaufen.')).toEqual({
      status: 'duldung',
      event: 'document_expired',
      documentValidUntil: '2026-12-06',
    });
  });
});

describe('a year said in words (review S3-1)', () => {
  it.each([
    ['Er hat eine Duldung seit März zweitausendfünfundzwanzig.', 'de', '2025-03'],
    ['Duldung seit März zwanzig fünfundzwanzig', 'de', '2025-03'],
    ['tolerated since March twenty twenty-five', 'en', '2025-03'],
    ['tolerated since two thousand twenty-five', 'en', '2025'],
  ] as const)('"%s" (%s): %s, never the current year', (text, lang, since) => {
    expect(understand(text, { lang, today: '2026-11-22' }).patch.toleratedSince).toBe(since);
  });

  it('leaves numbers that are no year alone', () => {
    expect(en('He works twenty five hours.').patch).not.toHaveProperty('entryDate');
    expect(de('Eingereist im Sommer zweitausenddreiundzwanzig.').patch.entryDate).toBe('2023');
  });
});

describe('a date beside an unclarified identity (review S3-13)', () => {
  it('is no day the identity was clarified; "seit 2020 in D" is the stay', () => {
    const { patch } = de(
      'Mann aus Guinea hat eine Duldung für Personen mit ungeklärter Identität, seit 2020 in D, als Lagerhelfer Vollzeit',
    );
    expect(patch).not.toHaveProperty('identityClarifiedOn');
    expect(patch.entryDate).toBe('2020');
  });
});

describe('dates told relative to another date or to today (session 5)', () => {
  const today = '2026-12-07';
  const read = (text: string, lang: 'de' | 'en' = 'de') => understand(text, { lang, today }).patch;

  it('reads a month of a year counted from today, and "the same month/year" from the date before', () => {
    expect(read('Er kam letztes Jahr im März, Asyl hat er im April desselben Jahres beantragt')).toMatchObject({
      entryDate: '2025-03',
      asylumAppliedOn: '2025-04',
    });
    expect(read('came two years ago in january and applied for asylum the same month', 'en')).toMatchObject({
      entryDate: '2024-01',
      asylumAppliedOn: '2024-01',
    });
    // A date said only as a year has no month to be "the same".
    expect(read('Eingereist 2021, im selben Monat Asylantrag gestellt')).not.toHaveProperty('asylumAppliedOn');
  });

  it('continues the story of a dated clause with a month said without a year, but not a "seit" month', () => {
    expect(read('Er ist im Oktober 2022 eingereist und hat im Februar Asyl beantragt.').asylumAppliedOn).toBe(
      '2023-02',
    );
    expect(read('Eingereist im Oktober 2022, seit März geduldet.').toleratedSince).toBe('2026-03');
  });

  it('takes the end of a validity period and an expiry told in the past as past', () => {
    expect(read('Duldung gültig vom 01.12.2026 bis 28.02.2027').documentValidUntil).toBe('2027-02-28');
    expect(read('Die Duldung lief bis Ende September, jetzt ist sie abgelaufen')).toMatchObject({
      documentValidUntil: '2026-09-30',
      event: 'document_expired',
    });
    expect(read('Die Duldung gilt bis Ende September')).toMatchObject({ documentValidUntil: '2027-09-30' });
  });

  it('counts no months of work from a start known only to the year, and none from a training', () => {
    expect(read('Sie arbeitet seit 2023 bei uns')).not.toHaveProperty('priorEmploymentMonths');
    expect(read('Er arbeitet seit dem 1.2.2026 bei uns').priorEmploymentMonths).toBe(10);
    expect(read('Er macht seit 1.9.2025 seine Lehre bei uns')).not.toHaveProperty('priorEmploymentMonths');
  });

  it("keeps another person's arrival apart, and gives the candidate's own date after it", () => {
    expect(read('Die Schwester kam 2016, er selbst erst 2018').entryDate).toBe('2018');
    expect(
      read('Mein Chef ist selbst 2016 als Flüchtling gekommen. Die Bewerberin hat eine Duldung.'),
    ).not.toHaveProperty('entryDate');
  });

  it('reads "the 2nd" without a month as no date, and as the day of the month the dialogue asked about', () => {
    expect(read('Er hat am 2. gekündigt, Duldung hat er seit 2022')).not.toHaveProperty('eventKnownOn');
    expect(read('she quit on the 2nd, tolerated since March 2024', 'en')).not.toHaveProperty('eventKnownOn');
    const asked = { lang: 'de', today, pendingFactKey: 'entryDate', facts: { entryDate: '2025-05' } } as const;
    expect(understand('am 2.', asked).patch).toEqual({ entryDate: '2025-05-02' });
    expect(understand('the 2nd', { ...asked, lang: 'en' }).patch).toEqual({ entryDate: '2025-05-02' });
    // Only a year known: the day has no month.
    expect(understand('am 2.', { ...asked, facts: { entryDate: '2025' } }).patch).toEqual({});
  });
});

describe('the Duldung dated only by a clause that names it (session 6, review S5-23, S5-28)', () => {
  it('leaves a course, a permit, a marriage or a no-show of another clause undated', () => {
    for (const text of [
      'Unser Azubi mit Ausbildungsduldung ist seit 3 Wochen nicht mehr gekommen',
      'Er hat eine Duldung und macht seit 2 Jahren nen Deutschkurs',
      'Sie ist geduldet und seit 2019 mit einem Deutschen verheiratet.',
      'Er hat eine Duldung, seit 2020 wohnt er in Halle.',
    ])
      expect(de(text).patch, text).not.toHaveProperty('toleratedSince');
    expect(de('Unser Azubi mit Ausbildungsduldung ist seit 3 Wochen nicht mehr gekommen').patch).not.toHaveProperty(
      'entryDate',
    );
    // The no-show itself is the training no longer pursued (review S6-4), never a date of the Duldung.
    expect(en('Our apprentice with a training toleration has not turned up for three weeks.').patch).toEqual({
      status: 'ausbildungsduldung',
      job: { kind: 'vocational_training' },
      event: 'training_ends_early',
    });
    expect(en('He is tolerated and has had a work permit since June 2025.').patch).not.toHaveProperty('toleratedSince');
  });

  it('still dates it from its own clause, an attribute tied to the date, or a clause that says nothing else', () => {
    expect(de('Ein Afghane mit Duldung (seit 2021) will bei uns eine Lehre machen.').patch.toleratedSince).toBe('2021');
    expect(de('Er lebt seit 2018 in Deutschland, seit 2021 mit Duldung.').patch.toleratedSince).toBe('2021');
    expect(de('Er hat eine Duldung und wohnt seit 2020 in Halle und ist seit Mai 2024 geduldet.').patch).toMatchObject({
      toleratedSince: '2024-05',
    });
    expect(de('Sie hat eine Duldung, die hat sie seit Oktober 2023.').patch.toleratedSince).toBe('2023-10');
    expect(en('He has a Duldung, has had it since April 2024.').patch.toleratedSince).toBe('2024-04');
  });

  it('reads the day a paper was issued as no start, unless it is the first one', () => {
    expect(en('His Duldung was issued on 1 October and runs until 31 March.').patch).not.toHaveProperty(
      'toleratedSince',
    );
    expect(de('Seine erste Duldung wurde im August 2022 ausgestellt.').patch.toleratedSince).toBe('2022-08');
    expect(de('Die jetzige Duldung wurde am 13.10.2026 ausgestellt und gilt bis 12.01.2027.').patch).not.toHaveProperty(
      'toleratedSince',
    );
    expect(en('His current Duldung was issued on 15 October and is valid until 14 January 2027.').patch).toEqual({
      status: 'duldung',
      documentValidUntil: '2027-01-14',
    });
  });
});

describe('dates in wordings of session 6 (the retired set 3 kinds, review S5-3)', () => {
  const today = TODAY;
  it('reads a season with a two-digit year, and "damals"/"back then" as the date just said', () => {
    expect(en('has a Duldung since summer 22').patch.toleratedSince).toBe('2022');
    expect(de('Er ist im Sommer 22 gekommen und hat damals gleich Asyl beantragt.').patch).toMatchObject({
      entryDate: '2022',
      asylumAppliedOn: '2022',
    });
    expect(en('came in autumn 2021 and applied for asylum back then').patch.asylumAppliedOn).toBe('2021');
    // "damals" beside no arrival or application names no start.
    expect(de('Ich habe sie 2024 eingestellt, damals hatte sie eine Duldung.').patch).not.toHaveProperty(
      'toleratedSince',
    );
  });

  it('gives nothing for two dates offered as alternatives in free text', () => {
    for (const [text, lang] of [
      ['Eingereist ist er 2017, vielleicht auch 2018.', 'de'],
      ['I think she came in 2017, but it could also have been 2018.', 'en'],
      ['She arrived in 2019 or 2020, I am not sure.', 'en'],
    ] as const) {
      const r = lang === 'de' ? de(text) : en(text);
      expect(r.patch, text).not.toHaveProperty('entryDate');
      expect(r.unknown, text).not.toContain('entryDate');
    }
  });

  it('reads a day of next year, a month of next year, a date moved back, a timeline with arrows', () => {
    const next = String(Number(today.slice(0, 4)) + 1);
    expect(en('Gestattung valid till June 5th next year.').patch.documentValidUntil).toBe(`${next}-06-05`);
    expect(de('Seine Duldung läuft am 20. Februar nächsten Jahres aus.').patch.documentValidUntil).toBe(
      `${next}-02-20`,
    );
    expect(de('Asylantrag am 10.2.2023, eingereist ist sie eine Woche davor.').patch.entryDate).toBe('2023-02');
    expect(en('entered Oct 2021 -> asylum Nov 2021 -> rejected 2023 -> Duldung since Jan 2024').patch).toMatchObject({
      entryDate: '2021-10',
      asylumAppliedOn: '2021-11',
      toleratedSince: '2024-01',
    });
    expect(en('Applied for asylum in 2017, the year he arrived.').patch.entryDate).toBe('2017');
    expect(en('She came on 3 July 2023 and applied for asylum on 10 July.').patch.asylumAppliedOn).toBe('2023-07-10');
  });

  it('takes the unit of the duration before, a dialect verb, a clarified identity, a birth date', () => {
    const r = en('She has been in Germany for five years, tolerated for three of them.');
    const entry = r.patch.entryDate as string;
    const tolerated = r.patch.toleratedSince as string;
    expect(Number(tolerated.slice(0, 4)) - Number(entry.slice(0, 4))).toBe(2);
    expect(de('Dr Bua isch im Oktober 2015 komma.').patch.entryDate).toBe('2015-10');
    expect(de('pass seit 3/2025 da, identität geklärt am 17.3.25').patch.identityClarifiedOn).toBe('2025-03-17');
    const born = de('Geboren am 5. Juli 2000, seit 2018 in Deutschland.').patch.age as number;
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    expect(born).toBe(y - 2000 - (m < 7 || (m === 7 && d < 5) ? 1 : 0));
    expect(en('Our boss was born on 12 May 1966.').patch).not.toHaveProperty('age');
  });
});

describe('doubt, a rejection as the start, a date said after its anaphor (session 6, round 2)', () => {
  it('reads a date said with a doubt as nothing in free text, as the value when it answers the question', () => {
    expect(de('Eingereist ist er, glaube ich, 2018 oder so, geduldet seit 2021.').patch).not.toHaveProperty(
      'entryDate',
    );
    const r = en('She thinks she entered in 2017, not sure, maybe earlier; tolerated since 2019.');
    expect(r.patch).not.toHaveProperty('entryDate');
    expect(r.unknown).not.toContain('entryDate');
    expect(de('2018 oder so', { pendingFactKey: 'entryDate' }).patch).toEqual({ entryDate: '2018' });
    expect(en('He came in 2019, I do not know exactly, tolerated since 2021.').patch).not.toHaveProperty('entryDate');
    expect(de('Duldung seit 2021, eingereist 2019, das weiß ich aber nicht genau.').patch).toMatchObject({
      toleratedSince: '2021',
    });
    expect(de('Duldung seit 2021, eingereist 2019, das weiß ich aber nicht genau.').patch).not.toHaveProperty(
      'entryDate',
    );
  });

  it('dates the Duldung by "since the asylum rejection in …" and an application by "… after arriving in …"', () => {
    expect(en('she has been tolerated since the asylum rejection in March 2019').patch.toleratedSince).toBe('2019-03');
    expect(en('asylum filed a month after arriving in Jan 2022').patch).toMatchObject({
      asylumAppliedOn: '2022-02',
      entryDate: '2022-01',
    });
    expect(
      de('Die Ablehnung kam 2023, den Antrag hatte sie im Herbst 2021 gestellt, geduldet ist sie.').patch,
    ).toMatchObject({ asylumAppliedOn: '2021' });
  });
});

describe('another paper, a month and year ahead, the same day (session 6, round 6)', () => {
  it('reads a visa\'s validity as no expiry of the document held, "exp. 04/27" as one, "the same day" as the date before', () => {
    expect(de('Sie kam 2019 mit Studentenvisum, Visum bis 2023 gültig, seit 2024 Duldung.').patch).not.toHaveProperty(
      'documentValidUntil',
    );
    expect(en('duldung exp. 04/27 fyi').patch.documentValidUntil).toBe('2027-04');
    expect(en('She landed in Munich on 2 March 2025 and applied for asylum the same day.').patch).toMatchObject({
      entryDate: '2025-03-02',
      asylumAppliedOn: '2025-03-02',
    });
  });
});

describe('the day a written notice reached the employer (session 6)', () => {
  it('is the day the employer learned of the ending, not the day the letter is dated', () => {
    // TODAY is 22 November: the letter of the 10th came on the 12th.
    expect(de('Seine Kündigung vom 10.11. haben wir am 12.11. erhalten.').patch.eventKnownOn).toBe(
      `${TODAY.slice(0, 4)}-11-12`,
    );
    expect(de('Er hat die Duldung am 3.11.2025 erhalten.').patch.toleratedSince).toBe('2025-11-03');
  });
});
