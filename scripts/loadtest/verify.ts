import type { ConversationRecord, Message } from './client.js';

export interface Verdict {
  conversations: number;
  lostMessages: number;
  duplicatedMessages: number;
  outOfOrder: number;
  employerMismatches: number;
  unreadable: number;
}

/**
 * Compares every transcript the server has with what its employer was told: every acknowledged
 * message is there exactly once and in order, nothing else is, and there is one employer message
 * per acknowledged turn.
 */
export async function verifyTranscripts(url: string, records: ConversationRecord[]): Promise<Verdict> {
  const verdict: Verdict = {
    conversations: records.length,
    lostMessages: 0,
    duplicatedMessages: 0,
    outOfOrder: 0,
    employerMismatches: 0,
    unreadable: 0,
  };
  for (const record of records) {
    const res = await fetch(`${url}/api/v1/conversations/${record.id}`);
    if (res.status !== 200) {
      verdict.unreadable++;
      continue;
    }
    const { messages } = (await res.json()) as { messages: Message[] };
    const ids = messages.map((m) => m.id);
    verdict.duplicatedMessages += ids.length - new Set(ids).size;
    const stored = messages.filter((m) => m.role !== 'employer').map((m) => m.id);
    const expected = record.acknowledged.flat().map((m) => m.id);
    const storedSet = new Set(stored);
    verdict.lostMessages += expected.filter((id) => !storedSet.has(id)).length;
    const expectedSet = new Set(expected);
    verdict.duplicatedMessages += stored.filter((id) => !expectedSet.has(id)).length;
    if (stored.join() !== expected.join() && stored.length === expected.length) verdict.outOfOrder++;
    if (messages.filter((m) => m.role === 'employer').length !== record.turns) verdict.employerMismatches++;
  }
  return verdict;
}
