import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { renderVerdictText } from '../../src/answer/render-text.js';
import { sayIn } from '../../src/answer/texts.js';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import type { AnswerTextKey } from '../../src/i18n/answer.de.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { allCases } from '../domain/case-table.js';

// Review S5-7 (third session open, S3-15 / S4-16): a deportation booked for a cook employed for two years got a
// hiring card – "Erlaubnis nötig … 1. BA-Formular 2. beantragen 3. Arbeitsbeginn erst, wenn …". With concrete
// removal measures pending (the rules' urgent escalation, § 60a Abs. 5b S. 2 AufenthG) the card says what matters
// now: the person gets counselling today; what the employer may do (confirm the job for the counselling) and may
// not (no work without a valid document, never hide the person); a permission already granted goes on while the
// Duldung lasts, a new one is at the office's discretion. No "Arbeitsbeginn" step, no BA form.

const knowledge = createAssessmentKnowledge(loadKnowledgeFromDir('knowledge'));
const URGENT_OUTCOMES = ['permission_required', 'allowed', 'needs_facts'];
const HIRING_STEPS: AnswerTextKey[] = [
  'step.fill_ba_form',
  'step.employee_applies',
  'step.employee_applies_permit',
  'step.start_after_permission',
  'step.training_contract',
];

const cardOf = (name: string, facts: CaseFacts, lawAsOf: string, lang: 'de' | 'en', unknown = [] as never[]) => {
  const a = assess(facts, lawAsOf, knowledge, { unknown, lang });
  return { name: `${name} [${lang}]`, lang, a, card: buildAnswerCard(a, facts, lang) };
};

// The reviewer's d6: Nigerian cook, Duldung "Beschäftigung nur mit Erlaubnis", two years with the employer, flight booked.
const D6: CaseFacts = {
  status: 'duldung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  nationality: 'NG',
  entryDate: '2017',
  removalMeasuresPending: true,
  job: { kind: 'employment' },
  priorEmploymentMonths: 24,
};
// e14: Azerbaijani cook to be hired, deportation on 20 December.
const E14: CaseFacts = {
  status: 'duldung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  nationality: 'AZ',
  asylumApplied: true,
  asylumOutcome: 'rejected',
  entryDate: '2022',
  removalMeasuresPending: true,
  job: { kind: 'employment', hoursPerWeek: 40 },
};

const table = allCases().flatMap((c) =>
  (['de', 'en'] as const).flatMap((lang) => {
    const t = cardOf(c.name, c.facts, c.lawAsOf, lang, (c.unknown ?? []) as never[]);
    const urgent = t.a.escalation.urgency === 'urgent' && !t.a.event && URGENT_OUTCOMES.includes(t.a.outcome);
    return urgent ? [t] : [];
  }),
);
const all = [
  ...table,
  ...(['de', 'en'] as const).flatMap((lang) => [
    cardOf('d6 cook employed two years', D6, '2026-12-07', lang),
    cardOf('e14 cook to be hired', E14, '2026-12-07', lang),
  ]),
];

describe('concrete removal measures: the card says what matters now (S5-7)', () => {
  it('the table has urgent cases of each kind in both languages', () => {
    expect(table.filter((t) => t.lang === 'de').length).toBeGreaterThan(2);
    expect(new Set(table.map((t) => t.a.outcome)).size).toBeGreaterThan(1);
  });

  it.each(all.map((t) => [t.name, t] as const))('%s — label and headline lead with today’s counselling', (_, t) => {
    const say = sayIn(t.lang);
    expect(t.card.label).toBe(say('label.removal_urgent'));
    expect(t.card.headline.startsWith(`${say('label.removal_urgent')}: ${say('why.removal_urgent')}`)).toBe(true);
    expect(renderVerdictText(t.card).split('\n')[0]).toBe(t.card.headline);
  });

  it.each(all.map((t) => [t.name, t] as const))('%s — what the employer may do, not a hiring checklist', (_, t) => {
    const say = sayIn(t.lang);
    const steps = t.card.steps.map((s) => s.text);
    expect(steps[0]).toBe(say('step.removal_adviser_today'));
    expect(steps).toContain(say('step.removal_confirm_job'));
    for (const key of HIRING_STEPS) {
      const hiring = say(key, { date: '2099-01-01' }).slice(0, 30);
      expect(steps.some((s) => s.startsWith(hiring))).toBe(false);
    }
    expect(
      steps.some((s) => s.startsWith(say('step.start_after_permission_from', { date: '2099-01-01' }).slice(0, 25))),
    ).toBe(false);
    // The steps are sourced: the removal entry and the one on what an employer can do when deportation threatens.
    const cited = new Set(t.card.steps.flatMap((s) => s.refs).map((n) => t.card.sources[n - 1]?.entryId));
    expect(cited).toContain('ban.removal-measures');
    expect(cited).toContain('event.deportation-or-detention');
  });

  it.each(all.filter((t) => t.a.outcome === 'permission_required').map((t) => [t.name, t] as const))(
    '%s — a permission already granted goes on while the Duldung lasts; a new one is discretion',
    (_, t) => {
      expect(t.card.headline).toContain(sayIn(t.lang)('why.removal_permission'));
    },
  );

  it.each(all.filter((t) => t.a.outcome === 'allowed').map((t) => [t.name, t] as const))(
    '%s — the document allows the job while it lasts',
    (_, t) => {
      expect(t.card.headline).toContain(sayIn(t.lang)('why.removal_allowed'));
    },
  );

  it('a case without removal measures keeps its hiring card', () => {
    const t = cardOf('d6 without removal', { ...D6, removalMeasuresPending: false }, '2026-12-07', 'de');
    expect(t.card.label).toBe(sayIn('de')('label.permission_required'));
    expect(t.card.steps.map((s) => s.text)).toContain(sayIn('de')('step.start_after_permission'));
  });
});
