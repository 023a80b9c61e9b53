import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';

// Review S6-3 (remainder): after an asylum rejection reported for a person employed on a Gestattung, step 1 said
// "Die Person beantragt sofort … die Duldung", and the knowledge entry's summary "Mit der Ablehnung endet die
// Aufenthaltsgestattung". Both contradict § 67 Abs. 1 AsylG as the entry's own body states it: the Gestattung – and
// the permission on it – lapses only once the rejection is final or the removal threat enforceable, and goes on while
// an appeal has suspensive effect. No Duldung is applied for while the Gestattung still runs.

const entries = loadKnowledgeFromDir('knowledge');
const knowledge = createAssessmentKnowledge(entries);
const LAW = '2026-12-08';

const onGestattung: CaseFacts = {
  status: 'aufenthaltsgestattung',
  nationality: 'AF',
  asylumApplied: true,
  asylumAppliedOn: '2024-03',
  entryDate: '2024-02',
  removalMeasuresPending: false,
  event: 'asylum_rejected_while_employed',
  job: { kind: 'employment', hoursPerWeek: 40 },
};
const kinds: CaseFacts[] = [
  onGestattung,
  { ...onGestattung, asylumOutcome: 'rejected' },
  { ...onGestattung, asylumOutcome: 'rejected_manifestly_unfounded' },
  { ...onGestattung, status: undefined },
];

const cardOf = (facts: CaseFacts, lang: 'de' | 'en') =>
  buildAnswerCard(assess(facts, LAW, knowledge, { lang }), facts, lang);

describe('the first step after a rejection on a Gestattung still held', () => {
  it.each(kinds.flatMap((f) => (['de', 'en'] as const).map((lang) => [lang, f.asylumOutcome ?? '-', f] as const)))(
    '%s (outcome %s): see the decision and ask about an appeal; the Duldung once the Gestattung ends',
    (lang, _kind, facts) => {
      const card = cardOf(facts, lang);
      const first = card.steps[0]?.text ?? '';
      expect(first).toMatch(lang === 'de' ? /Bescheid.*klagt/ : /decision.*appeals/);
      expect(first).toMatch(lang === 'de' ? /bis die Aufenthaltsgestattung endet/ : /until the Gestattung ends/);
      // Never the Duldung "at once" before the Gestattung has ended.
      expect(first).not.toMatch(lang === 'de' ? /^Die Person beantragt sofort/ : /^The person applies .*at once/);
      expect(card.steps[0]?.refs.length).toBeGreaterThan(0);
    },
  );

  it.each(['de', 'en'] as const)('%s: a Duldung already issued is applied on at once, as before', (lang) => {
    const card = cardOf({ ...onGestattung, status: 'duldung', asylumOutcome: 'rejected' }, lang);
    const step = card.steps.find((s) => /Duldung/.test(s.text));
    expect(step?.text).toMatch(lang === 'de' ? /^Die Person beantragt sofort/ : /^The person applies .*at once/);
  });

  it.each(['de', 'en'] as const)('%s: the details step names § 67 Abs. 1 AsylG and the appeal', (lang) => {
    const a = assess(onGestattung, LAW, knowledge, { lang });
    const step = a.steps.find((s) => s.id === 'permission_after_rejection');
    expect(step?.text).toMatch(lang === 'de' ? /§ 67 Abs\. 1 AsylG/ : /section 67\(1\) Asylum Act/);
    expect(step?.text).toMatch(lang === 'de' ? /klagt/ : /appeals/);
    expect(step?.citations.map((c) => c.entryId)).toContain('event.asylum-rejected-while-employed');
  });
});

describe('the knowledge entry on the rejection says when the Gestattung ends', () => {
  it.each(['de', 'en'] as const)('%s summary and "what you do"', (lang) => {
    const entry = entries.find((e) => e.id === 'event.asylum-rejected-while-employed' && e.lang === lang);
    expect(entry?.summary).toMatch(
      lang === 'de'
        ? /Die Ablehnung allein beendet die Aufenthaltsgestattung nicht.*unanfechtbar.*vollziehbar/
        : /The rejection alone does not end .*final .*enforceable/,
    );
    expect(entry?.summary).not.toMatch(/^Mit der Ablehnung endet|^With the rejection/);
    expect(entry?.body).not.toMatch(/Die Person beantragt die Duldung mit Erlaubnis für Ihre Stelle sofort/);
    expect(entry?.body).not.toMatch(/The person applies to the immigration office at once for the toleration/);
    expect(entry?.legal_basis).toContain('§ 67 Abs. 1 AsylG');
    expect(entry?.reviewed_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
