import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { renderVerdictText } from '../../src/answer/render-text.js';
import { sayIn } from '../../src/answer/texts.js';
import { assessmentBlocks } from '../../src/channels/slack/assessment-blocks.js';
import { assess } from '../../src/domain/assess.js';
import { describeFact } from '../../src/i18n/fact-labels.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { allCases } from '../domain/case-table.js';

// Review S4-16 (u1, still present S3-15): a case made urgent by concrete removal measures (deportation flight
// booked) showed "Ihre Angaben" without that fact – the one fact that made it urgent. It must be in the line,
// in text and in Slack, whatever else the case holds.

const knowledge = createAssessmentKnowledge(loadKnowledgeFromDir('knowledge'));

const urgent = allCases().flatMap((c) =>
  (['de', 'en'] as const).flatMap((lang) => {
    const a = assess(c.facts, c.lawAsOf, knowledge, { unknown: c.unknown ?? [], lang });
    return a.escalation.recommended && a.escalation.urgency === 'urgent'
      ? [{ name: `${c.name} [${lang}]`, lang, card: buildAnswerCard(a, c.facts, lang) }]
      : [];
  }),
);

describe('the urgent case shows what made it urgent in "Ihre Angaben"', () => {
  it('the table has urgent cases in both languages', () => {
    expect(urgent.filter((u) => u.lang === 'de').length).toBeGreaterThan(2);
    expect(urgent.filter((u) => u.lang === 'en').length).toBeGreaterThan(2);
  });

  it.each(urgent.map((u) => [u.name, u] as const))('%s — text and Slack name the removal measures', (_, u) => {
    const removal = describeFact('removalMeasuresPending', true, u.lang);
    const label = sayIn(u.lang)('text.facts');
    const line = renderVerdictText(u.card)
      .split('\n')
      .find((l) => l.startsWith(`${label}:`));
    expect(line).toContain(removal);
    const { blocks } = assessmentBlocks(u.card, u.lang, 'm');
    const context = blocks
      .flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : []))
      .find((t) => t.includes(label));
    expect(context).toContain(removal);
  });
});
