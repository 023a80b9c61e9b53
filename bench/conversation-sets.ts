/**
 * Whole employer conversations through the HTTP API (`app.request`, in-memory SQLite), scored as
 * test/conversation/conversations.test.ts scores them: verdict, BA consent and earliest start right, and
 * unchanged by the follow-ups. The test asserts the floors (≥ 29 of 30, ≥ 28 of 30); this prints the counts,
 * so the figures in the notes come from a clean clone (`npm run bench conversation-sets`). Like the held-apart
 * NLU figures, the misses are not printed: nobody should tune on these sets.
 */
import { holdConversation, loadConversations } from '../test/conversation/conversation-set.js';
import { realLotse } from '../test/conversation/real-lotse.js';

const SETS: ReadonlyArray<[file: string, kind: string]> = [
  ['conversations.yaml', 'held out, written before they were run'],
  ['conversations-fresh.yaml', 'held out, fresh, never tuned on'],
  ['conversations-heldout3-retired.yaml', 'tuning since session 6, held apart before (26/30 then)'],
  ['conversations-heldout4-retired.yaml', 'tuning since session 7, held apart before (28/30 then)'],
  ['conversations-tuning-6.yaml', 'tuning, session 6 (dialogue): the kinds of the retired set'],
  ['conversations-fresh-5.yaml', 'held out, fresh 5, never tuned on'],
  ['conversations-tuning-7.yaml', 'tuning, session 7 (dialogue): the kinds of the open review findings (9/13 before)'],
  ['conversations-tuning-7-check.yaml', 'session 7 (dialogue), never tuned on: same kinds, other words (6/8 before)'],
];

export async function benchConversationSets(): Promise<string[]> {
  const lines: string[] = [];
  for (const [file, kind] of SETS) {
    const set = loadConversations(file);
    const { app } = realLotse(set.today);
    const post = async (path: string, body?: unknown) => {
      const res = await app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      });
      return (await res.json()) as Record<string, unknown>;
    };
    let right = 0;
    for (const c of set.conversations) {
      const r = await holdConversation(post, c);
      const same = JSON.stringify(r.verdict) === JSON.stringify(c.expect);
      const kept = JSON.stringify(r.before) === JSON.stringify(r.verdict);
      if (same && kept) right++;
    }
    lines.push(`conversations ${file} (${kind}): ${right}/${set.conversations.length} right`);
  }
  return lines;
}
