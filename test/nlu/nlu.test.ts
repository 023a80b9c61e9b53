import { describe, expect, it } from 'vitest';
import { CaseFacts, FactKey } from '../../src/domain/facts.js';
import { understand } from '../../src/nlu/index.js';
import { factsOf, scoreFacts } from '../../src/nlu/metrics.js';
import { loadUtterances } from './dataset.js';
import { de, TODAY } from './helpers.js';

describe('the labelled utterance set', () => {
  const data = loadUtterances();
  const runs = data.utterances.map((u) => ({
    u,
    r: understand(u.text, { lang: u.lang, today: data.today, pendingFactKey: u.pending, lastFactKeys: u.last }),
  }));
  const pairs = runs.map(({ u, r }) => ({
    expected: factsOf({ patch: u.patch, unknown: u.unknown }),
    actual: factsOf(r),
  }));
  const misses = runs
    .map(({ u }, i) => ({ text: u.text, ...pairs[i] }))
    .filter((p) => p.expected?.join() !== p.actual?.join());

  it('has at least 170 utterances, about a third of them in English', () => {
    expect(data.utterances.length).toBeGreaterThanOrEqual(170);
    const english = data.utterances.filter((u) => u.lang === 'en').length / data.utterances.length;
    expect(english).toBeGreaterThan(0.2);
    expect(data.today).toBe(TODAY);
  });

  it('reaches fact-level precision >= 0.95 and recall >= 0.85', () => {
    const score = scoreFacts(pairs);
    const report = misses
      .map((m) => `${m.text}\n  want ${m.expected?.join(' ')}\n  got  ${m.actual?.join(' ')}`)
      .join('\n');
    expect(score.precision, report).toBeGreaterThanOrEqual(0.95);
    expect(score.recall, report).toBeGreaterThanOrEqual(0.85);
  });

  it('always returns a patch that is valid against CaseFacts and fact keys that exist', () => {
    for (const { r } of runs) {
      expect(CaseFacts.safeParse(r.patch).success).toBe(true);
      for (const k of r.unknown) expect(FactKey.safeParse(k).success).toBe(true);
    }
  });

  it('recognises the intents of nearly every utterance exactly', () => {
    const same = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();
    const intents = runs.filter(({ u, r }) => same(u.intents, r.intents)).length / runs.length;
    expect(intents).toBeGreaterThanOrEqual(0.95);
  });
});

describe('corrections and intents', () => {
  it('replaces the most recent fact of the corrected type', () => {
    const u = de('nein, eigentlich seit 2020', { lastFactKeys: ['entryDate', 'toleratedSince'] });
    expect(u.patch).toEqual({ toleratedSince: '2020' });
    expect(u.intents).toEqual(['correction']);
  });

  it('treats "nein" to a yes/no question as an answer, not as a correction', () => {
    const u = de('Nein', { pendingFactKey: 'livesInReceptionCentre', lastFactKeys: ['nationality'] });
    expect(u.patch).toEqual({ livesInReceptionCentre: false });
    expect(u.intents).toEqual(['deny']);
  });

  it('records "weiß ich nicht" as unknown instead of guessing', () => {
    expect(de('weiß ich nicht', { pendingFactKey: 'removalMeasuresPending' })).toMatchObject({
      patch: {},
      unknown: ['removalMeasuresPending'],
    });
  });

  it.each([
    ['Ich möchte mit einem Menschen sprechen.', 'handoff'],
    ['I want to talk to a human', 'handoff'],
    ['Neu starten bitte', 'restart'],
    ['Hallo!', 'greeting'],
    ['Danke!', 'thanks'],
    ['Wie lange dauert das', 'question'],
  ])('finds the intent of "%s"', (text, intent) => {
    expect(de(text).intents).toContain(intent);
  });

  it('does not call a statement with facts a question just because it starts like one', () => {
    expect(de('Wir haben einen Tunesier mit Duldung').intents).toEqual([]);
  });
});

describe('a yes/no answer that carries more', () => {
  it('keeps a date beside a clear cue on its own fact instead of dating the question', () => {
    const u = de('ja, seit 2023 geduldet', { pendingFactKey: 'asylumApplied' });
    expect(u.patch).toEqual({ asylumApplied: true, status: 'duldung', toleratedSince: '2023' });
  });

  it('dates the question with a date beside a vague word, and never with a decision date', () => {
    expect(de('nein, die kam erst im August', { pendingFactKey: 'hadWorkPermitOn11June2026' }).patch).toEqual({
      hadWorkPermitOn11June2026: false,
    });
    expect(de('ja, 2019, wurde abgelehnt', { pendingFactKey: 'asylumApplied' }).patch).toMatchObject({
      asylumApplied: true,
      asylumAppliedOn: '2019',
      asylumOutcome: 'rejected',
    });
    expect(de('ja, wurde 2020 abgelehnt', { pendingFactKey: 'asylumApplied' }).patch).not.toHaveProperty(
      'asylumAppliedOn',
    );
  });

  it('takes the other facts of the message as well', () => {
    const u = de('Ja. Er ist übrigens Tunesier und arbeitet 30 Stunden', { pendingFactKey: 'livesInReceptionCentre' });
    expect(u.patch).toEqual({ livesInReceptionCentre: true, nationality: 'TN', job: { hoursPerWeek: 30 } });
  });
});

describe('answers with more in them (session 2, from conversations held by hand)', () => {
  const asked = (key: FactKey, text: string, lang: 'de' | 'en' = 'en') =>
    understand(text, { lang, today: '2026-12-07', pendingFactKey: key });
  it('keeps a date said beside "don\'t know exactly"', () => {
    expect(asked('asylumAppliedOn', 'no clue, sometime in 2016').patch).toEqual({ asylumAppliedOn: '2016' });
    expect(asked('asylumAppliedOn', 'weiß nicht genau, 2019', 'de').patch).toEqual({ asylumAppliedOn: '2019' });
    expect(asked('asylumAppliedOn', 'no idea').unknown).toEqual(['asylumAppliedOn']);
  });
  it('takes a "nein" that corrects another fact as no answer to the yes/no question asked (review 4)', () => {
    const ctx = { lang: 'de' as const, today: '2026-12-07', pendingFactKey: 'removalMeasuresPending' as const };
    expect(understand('nein, eingereist 2019', { ...ctx, facts: { entryDate: '2024' } }).patch).toEqual({
      entryDate: '2019',
    });
    expect(understand('nein', { ...ctx, facts: { entryDate: '2024' } }).patch).toEqual({
      removalMeasuresPending: false,
    });
  });
  it('reads a yes followed by a question of its own as a yes, with its date', () => {
    const r = asked('asylumApplied', 'yes, he applied in 2016 I think, it was rejected. does that matter?');
    expect(r.patch).toEqual({ asylumApplied: true, asylumAppliedOn: '2016', asylumOutcome: 'rejected' });
  });
  it('reads "he\'s been working for us full time" as the hours so far', () => {
    expect(
      understand("He's been working for us full time for about 2 years", { lang: 'en', today: TODAY }).patch,
    ).toMatchObject({
      priorHoursPerWeek: 40,
      priorEmploymentMonths: 24,
    });
  });
});

describe('a month alone answering a date question', () => {
  it('is the latest such month when no year is known yet', () => {
    const ask = (text: string) =>
      understand(text, { lang: 'de', today: '2026-12-07', pendingFactKey: 'asylumAppliedOn' }).patch;
    expect(ask('glaub April')).toEqual({ asylumAppliedOn: '2026-04' });
    expect(ask('irgendwann im Frühjahr, glaub April')).toEqual({ asylumAppliedOn: '2026-04' });
    expect(ask('Dezember')).toEqual({ asylumAppliedOn: '2026-12' });
  });
});

describe('the month asked for a year already given', () => {
  const ctx = { pendingFactKey: 'entryDate', facts: { entryDate: '2022' } } as const;

  it('takes the month of that year, not the latest such month, and keeps the precision said', () => {
    expect(de('im Mai', ctx).patch).toEqual({ entryDate: '2022-05' });
    expect(de('Mai', ctx).patch).toEqual({ entryDate: '2022-05' });
    expect(de('am 3. Mai', ctx).patch).toEqual({ entryDate: '2022-05-03' });
  });

  it('keeps a full date or a duration as said', () => {
    expect(de('Mai 2021', ctx).patch).toEqual({ entryDate: '2021-05' });
    // A duration counted back gives its month, never a made-up day.
    expect(de('vor 4 Jahren', ctx).patch).toEqual({
      entryDate: `${Number(TODAY.slice(0, 4)) - 4}${TODAY.slice(4, 7)}`,
    });
  });
});

describe('long messages', () => {
  it('reads a 4,000-character message like a short one', () => {
    const filler = 'Wir sind ein Familienunternehmen mit langer Tradition und suchen dringend Verstärkung. ';
    const text = `${filler.repeat(30)}Der Bewerber ist Tunesier, seit 14 Monaten geduldet, Beschäftigung nur mit Erlaubnis der ABH.`;
    const long = `${text} ${filler.repeat(60)}`.slice(0, 4000);
    expect(long.length).toBe(4000);
    expect(de(long).patch).toMatchObject({
      nationality: 'TN',
      status: 'duldung',
      toleratedSince: de('seit 14 Monaten geduldet').patch.toleratedSince,
      workClause: 'beschaeftigung_nur_mit_erlaubnis',
    });
  });
});

describe('precision', () => {
  it('never invents facts from a company description or a person name', () => {
    expect(de('Wir sind eine Bäckerei mit 12 Mitarbeitern, gegründet 1998.').patch).toEqual({});
    expect(de('Unser Chef Georg wohnt seit 2010 in Dresden.').patch).toEqual({});
  });

  it('never corrects a person’s name into a country, and keeps correcting typos of countries', () => {
    expect(de('Wie alt ist Angela Merkel?').patch).toEqual({});
    expect(de('Wie alt ist Angela?').patch).toEqual({});
    expect(de('Unsere Kollegin Angela Koch arbeitet seit 2019 bei uns.').patch.nationality).toBeUndefined();
    expect(de('Er kommt aus Afganistan.').patch.nationality).toBe('AF');
    expect(de('Afganistan, Duldung seit 2020').patch.nationality).toBe('AF');
  });
});
