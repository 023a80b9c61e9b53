import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { renderVerdictText } from '../../src/answer/render-text.js';
import { sayIn } from '../../src/answer/texts.js';
import { assessmentBlocks } from '../../src/channels/slack/assessment-blocks.js';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { describeFact } from '../../src/i18n/fact-labels.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { allCases } from '../domain/case-table.js';

// Review S5-18 (e12/d14): a Duldung valid for 13 more days, the job from January. The rules' step "apply for the
// renewal now" was dropped by the card's top three (BA form, apply, start): the permission would be applied for on a
// paper that lapses before the first working day. A document that runs out within the rules' renewal window is step 1
// and its expiry is in the facts line, in text and in Slack, whatever the verdict needs otherwise.

const knowledge = createAssessmentKnowledge(loadKnowledgeFromDir('knowledge'));

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

// Every table case that needs a permission for a new job (no ending, no ban, no expiry of its own), with the
// document running out 13 days after the law date.
const expiring = allCases()
  .filter((c) => c.expect.outcome === 'permission_required' && !c.facts.event && !c.facts.documentValidUntil)
  .flatMap((c) =>
    (['de', 'en'] as const).flatMap((lang) => {
      const until = addDays(c.lawAsOf, 13);
      const facts: CaseFacts = { ...c.facts, documentValidUntil: until };
      const a = assess(facts, c.lawAsOf, knowledge, { unknown: c.unknown ?? [], lang });
      // Concrete removal measures make the card about today's counselling (S5-7; removal-urgent-card.test.ts).
      if (!a.steps.some((s) => s.id === 'renew_early') || a.escalation.urgency === 'urgent') return [];
      return [{ name: `${c.name} [${lang}]`, lang, until, card: buildAnswerCard(a, facts, lang) }];
    }),
  );

// The reviewer's own case: Pakistani kitchen helper, Duldung valid until 20.12., job from January.
const e12 = (lang: 'de' | 'en') => {
  const lawAsOf = '2026-12-07';
  const until = addDays(lawAsOf, 13);
  const facts: CaseFacts = {
    status: 'duldung',
    documentValidUntil: until,
    workClause: 'beschaeftigung_nur_mit_erlaubnis',
    nationality: 'PK',
    asylumApplied: true,
    asylumOutcome: 'rejected',
    asylumAppliedOn: '2021',
    entryDate: '2021',
    removalMeasuresPending: false,
    job: { kind: 'employment', hoursPerWeek: 30 },
  };
  const a = assess(facts, lawAsOf, knowledge, { lang });
  return { name: `e12 [${lang}]`, lang, until, card: buildAnswerCard(a, facts, lang) };
};

// Beyond the renewal window but before the earliest start (a waiting period): the job cannot begin on this paper either.
const beforeStart = allCases()
  .filter((c) => c.expect.outcome === 'permission_required' && !c.facts.event && !c.facts.documentValidUntil)
  .flatMap((c) =>
    (['de', 'en'] as const).flatMap((lang) => {
      const start = assess(c.facts, c.lawAsOf, knowledge, { unknown: c.unknown ?? [], lang }).earliestStart;
      if (!start || start <= addDays(c.lawAsOf, 40)) return [];
      const until = addDays(start, -3);
      const facts: CaseFacts = { ...c.facts, documentValidUntil: until };
      const a = assess(facts, c.lawAsOf, knowledge, { unknown: c.unknown ?? [], lang });
      if (a.outcome !== 'permission_required' || a.earliestStart !== start) return [];
      return [{ name: `${c.name} [${lang}, before the start]`, lang, until, card: buildAnswerCard(a, facts, lang) }];
    }),
  );

const all = [...expiring, ...beforeStart, e12('de'), e12('en')];

describe('a document that runs out within weeks leads the steps (S5-18)', () => {
  it('the table gives enough permission cases in both languages', () => {
    expect(expiring.filter((c) => c.lang === 'de').length).toBeGreaterThan(10);
    expect(expiring.filter((c) => c.lang === 'en').length).toBeGreaterThan(10);
    expect(beforeStart.length).toBeGreaterThan(1);
  });

  it.each(all.map((c) => [c.name, c] as const))('%s — step 1 is the renewal, with its date', (_, c) => {
    const renew = sayIn(c.lang)('step.renew_early', { date: c.until });
    expect(c.card.steps[0]?.text).toBe(renew);
    expect(c.card.steps[0]?.date).toBe(c.until);
    expect(c.card.steps.length).toBeLessThanOrEqual(3);
  });

  it.each(all.map((c) => [c.name, c] as const))('%s — the facts line names the expiry in text and Slack', (_, c) => {
    const expiry = describeFact('documentValidUntil', c.until, c.lang);
    const label = sayIn(c.lang)('text.facts');
    const line = renderVerdictText(c.card)
      .split('\n')
      .find((l) => l.startsWith(`${label}:`));
    expect(line).toContain(expiry);
    const { blocks } = assessmentBlocks(c.card, c.lang, 'm');
    const context = blocks
      .flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : []))
      .find((t) => t.includes(label));
    expect(context).toContain(expiry);
  });

  it('a document valid for months more keeps the hiring steps first', () => {
    const far = allCases().find(
      (c) => c.expect.outcome === 'permission_required' && !c.facts.event && !c.facts.documentValidUntil,
    );
    if (!far) throw new Error('no permission case in the table');
    const facts: CaseFacts = { ...far.facts, documentValidUntil: addDays(far.lawAsOf, 200) };
    const a = assess(facts, far.lawAsOf, knowledge, { unknown: far.unknown ?? [], lang: 'de' });
    const card = buildAnswerCard(a, facts, 'de');
    expect(card.steps[0]?.text).not.toContain(sayIn('de')('step.renew_early', { date: addDays(far.lawAsOf, 200) }));
  });
});
