import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/answer/render-text.js';
import { routeStanding } from '../../src/answer/route-standing.js';
import { assess } from '../../src/domain/assess.js';
import type { RouteId } from '../../src/domain/assessment.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { formatDate } from '../../src/domain/messages.js';
import { askAbout, knowledge, LAW, plainDuldungFacts as plain } from './case-follow-up.js';

// Review S4-4: "und über die Beschäftigungsduldung?", "what about 60d?", "is employment toleration possible for
// him?" got "kann ich nicht sicher beantworten", the holidays entry or two generic entries, though the case's own
// `assessment.routes` holds the answer. A question that names a route is answered from that route: its standing
// (no / blocked by the ban / possible, with what is still open / likely) in one or two sentences, cited with the
// route's entry, legal basis and review date.

/** The reviewer's cases: a rejected Tunisian (entry 2023, ban) and a Nigerian who came in 2019 (permission). */
const CASES: Record<'tn' | 'ng', CaseFacts> = {
  tn: {
    ...plain,
    nationality: 'TN',
    asylumApplied: true,
    asylumAppliedOn: '2023-03',
    asylumOutcome: 'rejected',
    entryDate: '2023',
    toleratedSince: '2025-09',
    hadWorkPermitOn11June2026: false,
    job: { kind: 'employment', hoursPerWeek: 30 },
  },
  ng: {
    ...plain,
    nationality: 'NG',
    entryDate: '2019',
    toleratedSince: '2024',
    age: 34,
    job: { kind: 'employment', hoursPerWeek: 30 },
  },
};

type Row = readonly [caseId: 'tn' | 'ng', lang: 'de' | 'en', question: string, route: RouteId];

const ROWS: readonly Row[] = [
  // § 60d, German
  ['tn', 'de', 'und über die beschäftigungsduldung geht das auch nicht?', '60d'],
  ['tn', 'de', 'und über die beschäftigungsduldung?', '60d'],
  ['tn', 'de', 'Beschäftigungsduldung??', '60d'],
  ['tn', 'de', 'was is mit ner beschaeftigungsduldung', '60d'],
  ['ng', 'de', 'und über die beschäftigungsduldung? wär das was für ihn?', '60d'],
  ['ng', 'de', 'geht 60d?', '60d'],
  ['ng', 'de', 'und nach § 60d AufenthG, ginge das?', '60d'],
  ['ng', 'de', 'und ne Arbeitsduldung, könnte er die kriegen', '60d'],
  // § 60d, English
  ['tn', 'en', 'what about 60d?', '60d'],
  ['tn', 'en', 'is employment toleration possible for him?', '60d'],
  ['ng', 'en', 'and what about the beschäftigungsduldung, is it better for him?', '60d'],
  ['ng', 'en', 'what about 60d?', '60d'],
  ['ng', 'en', 'could he get the toleration for employment later', '60d'],
  ['ng', 'en', 'employment toleration??', '60d'],
  // § 60c / § 16g
  ['tn', 'de', 'und die Ausbildungsduldung?', '60c'],
  ['ng', 'de', 'ausbildungsduldung ginge das', '60c'],
  ['tn', 'en', 'what about the training toleration?', '60c'],
  ['ng', 'en', 'and ausbildungsduldung?', '60c'],
  ['ng', 'de', 'und 16g?', '16g'],
  // § 19d
  ['tn', 'de', '19d?', '19d'],
  ['ng', 'de', 'und § 19d, wär das was', '19d'],
  ['tn', 'en', 'what about 19d', '19d'],
  // § 25b / § 25a
  ['tn', 'de', '25b', '25b'],
  ['ng', 'de', 'und das bleiberecht nach 25b?', '25b'],
  ['ng', 'en', '25b?', '25b'],
  ['tn', 'en', 'what about the residence permit for sustainable integration', '25b'],
  ['tn', 'de', 'und 25a für junge leute?', '25a'],
  // § 104c
  ['tn', 'de', 'Chancen-Aufenthaltsrecht', '104c'],
  ['ng', 'de', 'chancenaufenthaltsrecht geht das noch?', '104c'],
  ['ng', 'en', 'what about the opportunity residence right?', '104c'],
  ['tn', 'en', 'chancen aufenthalt?', '104c'],
  // Hardship commission
  ['tn', 'de', 'und die härtefallkommission?', 'haertefall'],
  ['ng', 'en', 'hardship commission?', 'haertefall'],
];

const ask = (caseId: 'tn' | 'ng', lang: 'de' | 'en', question: string) => askAbout(CASES[caseId], lang, question);

describe('a question that names a route is answered from the case’s own route (review S4-4)', () => {
  it.each(ROWS)('%s %s "%s" → route %s', (caseId, lang, question, id) => {
    const { reply, assessment } = ask(caseId, lang, question);
    const route = assessment.routes.find((r) => r.id === id);
    if (!route) throw new Error(`the ${caseId} case has no route ${id}`);
    expect(reply.source).toBe('case.routes');
    // The route by its name, and nothing about other subjects (never the travel entry, never "I don't know").
    expect(reply.text).toContain(route.label ?? '');
    expect(reply.text).not.toMatch(/Berater|adviser|nicht sicher|reliably/);
    expect(reply.citations.map((c) => c.entryId)).not.toContain('residence.travel');
    // Its standing first: "Nein" for an excluded route, never "Nein" for one still open.
    const standing = routeStanding(assessment, route);
    if (standing === 'excluded') expect(reply.text).toMatch(lang === 'de' ? /^Nein\b/ : /^No\b/);
    else expect(reply.text).not.toMatch(/^(?:Nein|No)\b/);
    if (standing === 'likely') expect(reply.text).toMatch(lang === 'de' ? /^Ja\b/ : /^Yes\b/);
    // The deciding condition: the reason it is excluded, or the first condition still open.
    const first = (route.detail ?? '').split('; ')[0] ?? '';
    expect(first.length).toBeGreaterThan(0);
    expect(reply.text).toContain(first);
    // Cited with the route's entry, its legal basis and its review date, in the text too.
    const cite = route.citations[0];
    if (!cite) throw new Error(`route ${id} has no citation`);
    expect(reply.citations.map((c) => c.entryId)).toContain(cite.entryId);
    expect(reply.text).toContain(cite.legalBasis[0] ?? '');
    expect(reply.text).toContain(formatDate(cite.reviewedAt, lang));
    // One or two sentences, not the routes section.
    expect(countWords(reply.text)).toBeLessThanOrEqual(75);
    for (const other of assessment.routes.filter((r) => r.id !== id))
      expect(reply.text, `names ${other.id} too`).not.toContain(other.label ?? '');
  });

  it('says "not yet" with the missing months for the Nigerian who has not worked a year with the employer', () => {
    const de = ask('ng', 'de', 'und über die beschäftigungsduldung?').reply.text;
    expect(de).toMatch(/12 Monate/);
    expect(de).toMatch(/20 Wochenstunden/);
    const en = ask('ng', 'en', 'what about 60d?').reply.text;
    expect(en).toMatch(/12 months/);
  });

  it('names the ban as the reason for the Tunisian', () => {
    expect(ask('tn', 'de', 'und über die beschäftigungsduldung?').reply.text).toMatch(/Beschäftigungsverbot/);
    expect(ask('tn', 'en', 'is employment toleration possible for him?').reply.text).toMatch(/employment ban/);
  });
});

describe('a route question about another job (review S4-13, d8)', () => {
  it.each([
    ['de', 'und wenn er danach bei uns ne ausbildung anfängt? kriegt er dann die ausbildungsduldung?'],
    ['en', 'and if he starts an apprenticeship with us afterwards, does he get the training toleration?'],
  ] as const)('%s "%s" — the § 60c route of the case with a training, said so', (lang, question) => {
    const facts = CASES.ng;
    const training = assess({ ...facts, job: { kind: 'vocational_training' } }, LAW, knowledge, { lang });
    const route = training.routes.find((r) => r.id === '60c');
    if (!route) throw new Error('no § 60c route with a training');
    const { reply, assessment } = ask('ng', lang, question);
    // With the job as it is, § 60c is excluded ("only for a vocational training"); with a training it is not.
    expect(assessment.routes.find((r) => r.id === '60c')?.status).toBe('excluded');
    expect(route.status).not.toBe('excluded');
    expect(reply.source).toBe('case.routes');
    expect(reply.text).toMatch(lang === 'de' ? /^Als betriebliche Ausbildung:/ : /^As an apprenticeship:/);
    expect(reply.text).toContain((route.detail ?? '').split('; ')[0] ?? '');
    expect(reply.text).not.toMatch(/^(?:Nein|No)\b/);
  });
});

describe('a route’s name in another question keeps that question’s topic', () => {
  const ending: CaseFacts = {
    status: 'beschaeftigungsduldung',
    nationality: 'IQ',
    event: 'employment_ends_early',
    job: { kind: 'employment' },
  };
  const askEnding = (question: string, lang: 'de' | 'en') => askAbout(ending, lang, question).reply;

  it.each([
    ['verliert er jetzt seine beschäftigungsduldung?', 'de', 'case.after_end'],
    ['does he lose his employment toleration now?', 'en', 'case.after_end'],
    ['muss ich das ende der beschäftigungsduldung melden?', 'de', 'case.duties'],
    ['do i have to report the end of the employment toleration?', 'en', 'case.duties'],
  ] as const)('"%s" (%s) → %s', (question, lang, source) => {
    expect(askEnding(question, lang).source).toBe(source);
  });

  it('"Was ist eine Beschäftigungsduldung?" is still explained from the knowledge base', () => {
    const reply = ask('ng', 'de', 'Was ist eine Beschäftigungsduldung?').reply;
    expect(reply.source).toBe('knowledge');
    expect(reply.citations.map((c) => c.entryId)).toContain('employment-toleration.60d');
  });

  it('"Mindestlohn in der Ausbildungsduldung?" stays a wage question', () => {
    expect(ask('ng', 'de', 'muss ich bei der ausbildungsduldung mindestlohn zahlen?').reply.source).toBe('case.wage');
  });
});
