import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/channels/slack/message-blocks.js';
import { conversationDe } from '../../src/i18n/conversation.de.js';
import { conversationEn } from '../../src/i18n/conversation.en.js';
import { PLANS } from '../widget/seed.js';
import { realLotse } from './real-lotse.js';

// Review S4-9 (answers' part), lead item 4: a change that leaves the verdict as it was (a chip or a button, not
// typed) sent the whole card again in text and Slack; only the widget folded it. Text and Slack now say so in one
// line, like the widget; the card stays with the message (the widget folds it and keeps its chips).

const { conversations } = realLotse('2026-12-07');
const UI = { de: conversationDe, en: conversationEn } as const;

/** The ban case of the widget tests, answered by buttons up to its verdict. */
async function banVerdict(lang: 'de' | 'en') {
  const { plan } = PLANS.ban;
  const conv = await conversations.create(lang);
  let turn: { state: typeof conv.state } = conv;
  for (let i = 0; i < 20 && turn.state.status === 'collecting'; i++) {
    const pending = turn.state.pendingQuestion;
    if (!pending) break;
    const value = (plan as Record<string, string>)[pending.factKey] ?? 'unknown';
    turn = await conversations.post(conv.id, { choice: { factKey: pending.factKey, value } });
  }
  expect(turn.state.assessment?.outcome).toBe('prohibited');
  return conv.id;
}

const verdictOf = (turn: Awaited<ReturnType<typeof conversations.post>>) => turn.messages.find((m) => m.answer);

describe('a change that leaves the verdict as it was', () => {
  it.each(['de', 'en'] as const)(
    '%s: text and Slack say so in one line; the card stays for the widget',
    async (lang) => {
      const id = await banVerdict(lang);
      const turn = await conversations.post(id, { choice: { factKey: 'asylumAppliedOn', value: '2024-04' } });
      expect(turn.state.assessment?.outcome).toBe('prohibited');
      const verdict = verdictOf(turn);
      expect(verdict?.answer?.unchanged).toBe(true);
      expect(verdict?.text).toBe(UI[lang].verdictUnchangedCard);
      // Slack: one line (and the buttons), not the headline, steps and facts again.
      const { blocks } = renderMessage(verdict as never, lang);
      const texts = blocks.flatMap((b) =>
        b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e) => e.text) : [],
      );
      expect(texts).toEqual([UI[lang].verdictUnchangedCard]);
      expect(blocks.filter((b) => b.type === 'actions').length).toBeLessThanOrEqual(1);
    },
  );

  it.each(['de', 'en'] as const)('%s: a change that moves the verdict sends the new card in full', async (lang) => {
    const id = await banVerdict(lang);
    const turn = await conversations.post(id, { choice: { factKey: 'hadWorkPermitOn11June2026', value: 'true' } });
    const verdict = verdictOf(turn);
    expect(turn.state.assessment?.outcome).not.toBe('prohibited');
    expect(verdict?.answer?.unchanged).toBeUndefined();
    expect(verdict?.text).not.toBe(UI[lang].verdictUnchangedCard);
    expect(verdict?.text).toContain(verdict?.answer?.headline ?? '∅');
  });
});
