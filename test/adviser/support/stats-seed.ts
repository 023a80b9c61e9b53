import type Database from 'better-sqlite3';
import type { ConversationService } from '../../../src/conversation/service.js';

export interface SeededStats {
  conversations: number;
  cases: number;
}

/**
 * Anonymous statistics rows in the first half of 2026 (no conversation behind them, as after an
 * erasure): enough per category to show numbers, and some categories under five to be suppressed.
 * The days are spread with a fixed rule, so the figures are the same in every run.
 */
export function seedStats(db: Database.Database): SeededStats {
  const conversation = db.prepare(
    `INSERT INTO conversation_stats (id, conversation_id, started_at, channel, lang, verdict, nationality)
     VALUES (?, NULL, ?, ?, ?, ?, ?)`,
  );
  const caseRow = db.prepare(
    `INSERT INTO case_stats (case_number, escalation_id, created_at, channel, lang, handoff_trigger, urgency, verdict,
       nationality, reasons, first_reply_at, finished_at, status, outcome)
     VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const day = (i: number) => {
    const date = new Date(Date.UTC(2026, 0, 2 + ((i * 37) % 178), 8 + (i % 9), (i * 13) % 60));
    return date.toISOString();
  };
  const nationalities = ['SY', 'SY', 'AF', 'SY', 'TN', 'AF', 'SY', 'TN', 'AF'];
  /** Three countries of fewer than five: they must not be named, only counted together. */
  const rare = ['ER', 'ER', 'IR', 'NG'];
  const verdicts = ['permission_required', 'permission_required', 'allowed', 'needs_facts', 'prohibited', null];
  let conversations = 0;
  for (let i = 0; i < 44; i++) {
    conversation.run(
      `seed-${i}`,
      day(i),
      i % 5 === 4 ? 'slack' : 'web',
      i % 4 === 3 ? 'en' : 'de',
      verdicts[i % verdicts.length] ?? null,
      i < 36 ? (nationalities[i % nationalities.length] ?? null) : (rare[i - 36] ?? null),
    );
    conversations++;
  }
  const triggers = ['assessment', 'request', 'employer_choice', 'assessment'];
  const reasonSets = [['removal_pending'], ['unknown_fact'], [], ['removal_pending', 'route_check'], ['unknown_fact']];
  const outcomes: [string, string | null][] = [
    ['closed', 'hired'],
    ['closed', 'hired'],
    ['returned', null],
    ['closed', 'no_reply'],
    ['closed', 'hired'],
    ['open', null],
    ['closed', 'permission_applied'],
    ['closed', 'hired'],
  ];
  let cases = 0;
  for (let i = 0; i < 16; i++) {
    const created = day(i * 3 + 1);
    // Minutes to the first reply, for most cases: spread from minutes to days.
    const waited = i % 4 === 2 ? null : [5, 12, 30, 45, 90, 240, 600, 1440, 3000][i % 9];
    const [status, outcome] = outcomes[i % outcomes.length] ?? ['open', null];
    caseRow.run(
      100_000 + i,
      created,
      i % 3 === 2 ? 'slack' : 'web',
      i % 4 === 3 ? 'en' : 'de',
      triggers[i % triggers.length],
      i % 5 === 0 ? 'urgent' : 'normal',
      verdicts[i % 5] ?? 'needs_facts',
      nationalities[(i * 2) % nationalities.length] ?? null,
      JSON.stringify(reasonSets[i % reasonSets.length]),
      waited === null || waited === undefined ? null : new Date(Date.parse(created) + waited * 60_000).toISOString(),
      status === 'open' ? null : created,
      status,
      outcome,
    );
    cases++;
  }
  return { conversations, cases };
}

const FIRST_MESSAGE =
  'Wir möchten eine Frau aus Syrien als Küchenhilfe einstellen, 30 Std/Woche. Sie hat eine Duldung, seit 2019 in Deutschland.';
const ANSWERS: Record<string, string> = {
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  removalMeasuresPending: 'false',
};

/** An employer who describes the README's case and answers Lotse's questions until the verdict. */
export async function answerUntilVerdict(conversations: Pick<ConversationService, 'post'>, id: string) {
  let turn = await conversations.post(id, { text: FIRST_MESSAGE });
  for (let i = 0; i < 12 && turn.state.status === 'collecting' && turn.state.pendingQuestion; i++) {
    const { factKey, options } = turn.state.pendingQuestion;
    const value = ANSWERS[factKey] ?? options.find((o) => o.value === 'unknown')?.value ?? options[0]?.value ?? '';
    turn = await conversations.post(id, { choice: { factKey, value } });
  }
  if (turn.state.status !== 'answered') throw new Error(`no verdict: ${turn.state.status}`);
  return turn;
}
