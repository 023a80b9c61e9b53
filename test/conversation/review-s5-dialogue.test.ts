import { describe, expect, it } from 'vitest';
import { holdConversation, loadConversations } from './conversation-set.js';
import { realLotse } from './real-lotse.js';

// Session 6 (dialogue): the dialogue kinds of the retired conversation set and of review session 5.
// Conversations held on 07.12.2026, a Monday.
const TODAY = '2026-12-07';
const lotse = realLotse(TODAY);
const { conversations } = lotse;

type Turn = Awaited<ReturnType<typeof conversations.post>>;
const texts = (turn: Turn) => turn.messages.filter((m) => m.role === 'bot').map((m) => m.text);

async function talk(lang: 'de' | 'en', messages: readonly string[]) {
  const conv = await conversations.create(lang);
  let turn: Turn | undefined;
  for (const text of messages) turn = await conversations.post(conv.id, { text });
  return { id: conv.id, turn: turn as Turn };
}

/** A rejected asylum seeker from a safe country of origin: banned (§ 60a Abs. 6 S. 1 Nr. 3 AufenthG). */
const BANNED = {
  de: 'Bewerber aus Albanien, Duldung seit 2021, 2019 eingereist, Asylantrag 2019 abgelehnt. Vollzeit als Lagerhelfer.',
  en: 'Applicant from Albania, tolerated since 2021, came in 2019, asylum applied 2019 and rejected. Full-time warehouse helper.',
} as const;
const CORRECTED = { de: /^Korrigiert: Algerien statt Albanien/, en: /^Corrected: Algeria instead of Albania/ };

describe('an explicit correction after the verdict is taken, not asked back (retired set: "Korrektur: nicht …")', () => {
  it.each([
    ['de', 'Moment, Korrektur: er kommt aus Algerien.'],
    ['de', 'sorry, hab mich vertippt: Algerien'],
    ['de', 'ich meinte Algerien, nicht Albanien'],
    ['de', 'nicht Albanien – er ist aus Algerien'],
    ['de', 'oh, da hab ich mich vertan, er ist Algerier'],
    ['en', 'Correction: he is from Algeria.'],
    ['en', 'sorry, I meant Algeria'],
    ['en', 'I mixed that up, he is from Algeria'],
    ['en', 'not Albania, he is from Algeria'],
    ['en', 'my mistake, he is Algerian'],
  ] as const)('%s "%s": the change is taken with its old value, and the case goes on', async (lang, text) => {
    const { id, turn } = await talk(lang, [BANNED[lang]]);
    expect(turn.state.assessment?.outcome).toBe('prohibited');
    const reply = await conversations.post(id, { text });
    expect(reply.state.pendingQuestion?.factKey).not.toBe('confirmChange');
    expect(reply.state.facts.nationality).toBe('DZ');
    expect(texts(reply)[0]).toMatch(CORRECTED[lang]);
  });

  it.each([
    ['de', 'er ist aus Algerien'],
    ['en', 'he is from Algeria'],
  ] as const)(
    '%s "%s" (no word of a correction): a change that flips the verdict is still confirmed',
    async (lang, text) => {
      const { id, turn } = await talk(lang, [BANNED[lang]]);
      const reply = await conversations.post(id, { text });
      expect(reply.state.pendingQuestion?.factKey).toBe('confirmChange');
      expect(reply.state.facts).toEqual(turn.state.facts);
    },
  );

  it.each([
    ['de', 'und wenn er aus Algerien wäre?'],
    ['en', 'what if he were from Algeria? not Albania'],
  ] as const)('%s "%s": a supposition is no correction, the facts stay', async (lang, text) => {
    const { id, turn } = await talk(lang, [BANNED[lang]]);
    const reply = await conversations.post(id, { text });
    expect(reply.state.facts).toEqual(turn.state.facts);
  });
});

describe('conversations-tuning-6.yaml (tuning, written for the kinds of the retired set)', () => {
  const post = async (path: string, body?: unknown) => {
    const res = await lotse.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
    return (await res.json()) as Record<string, unknown>;
  };

  it('reaches the right verdict in at least 8 of 13 (the rest wait for reader and rules kinds)', async () => {
    const set = loadConversations('conversations-tuning-6.yaml');
    expect(set.today).toBe(TODAY);
    const wrong: string[] = [];
    for (const c of set.conversations) {
      const r = await holdConversation(post, c);
      const right = JSON.stringify(r.verdict) === JSON.stringify(c.expect);
      const kept = JSON.stringify(r.before) === JSON.stringify(r.verdict);
      if (!right || !kept) wrong.push(`${c.name}: got ${JSON.stringify(r.verdict)}`);
    }
    expect(set.conversations.length - wrong.length, wrong.join('\n')).toBeGreaterThanOrEqual(8);
  }, 60_000);
});
