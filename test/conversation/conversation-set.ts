import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { Outcome } from '../../src/domain/assessment.js';

/** One whole employer conversation with the verdict the statute gives (see conversations.yaml). */
export const ConversationCase = z
  .object({
    name: z.string(),
    lang: z.enum(['de', 'en']).default('de'),
    says: z.array(z.string().min(1)).min(1),
    answers: z.record(z.string(), z.string()).default({}),
    after: z.array(z.string()).default([]),
    expect: z
      .object({
        outcome: Outcome,
        baConsent: z.enum(['required', 'not_required', 'not_applicable', 'unclear']),
        earliestStart: z.iso.date().nullable(),
      })
      .strict(),
    basis: z.string(),
  })
  .strict();
export type ConversationCase = z.infer<typeof ConversationCase>;

const ConversationSet = z.object({ today: z.iso.date(), conversations: z.array(ConversationCase).min(1) }).strict();

export function loadConversations(name: string) {
  return ConversationSet.parse(parse(readFileSync(fileURLToPath(new URL(`./${name}`, import.meta.url)), 'utf8')));
}

type Json = Record<string, unknown>;
type Post = (path: string, body?: unknown) => Promise<Json>;

/** What the simulated employer says when asked something it was not given an answer for. */
const DONT_KNOW = { de: 'weiß ich nicht', en: "I don't know" } as const;
const MAX_TURNS = 14;

/**
 * Holds one conversation through the HTTP API the way the employer would: its messages, then the
 * answers to whatever the bot asks, then the follow-ups. Returns the verdict shown at the end.
 */
export async function holdConversation(post: Post, c: ConversationCase) {
  const created = await post('/api/v1/conversations', { lang: c.lang });
  const id = String(created.id);
  let turn: Json = created;
  const asked: string[] = [];
  for (const text of c.says) turn = await post(`/api/v1/conversations/${id}/messages`, { text });
  for (let i = 0; i < MAX_TURNS; i++) {
    const state = turn.state as { status: string; pendingQuestion?: { factKey: string } };
    const key = state.pendingQuestion?.factKey;
    if (state.status !== 'collecting' || !key) break;
    asked.push(key);
    const reply = c.answers[key] ?? DONT_KNOW[c.lang];
    turn = await post(`/api/v1/conversations/${id}/messages`, { text: reply });
  }
  const answered = (turn.state as { assessment?: Json }).assessment;
  for (const text of c.after) turn = await post(`/api/v1/conversations/${id}/messages`, { text });
  const shown = (turn.state as { assessment?: Json; facts: Json }).assessment;
  const verdict = (a: Json | undefined) =>
    a ? { outcome: a.outcome, baConsent: a.baConsent, earliestStart: a.earliestStart ?? null } : undefined;
  return { asked, facts: (turn.state as { facts: Json }).facts, verdict: verdict(shown), before: verdict(answered) };
}
