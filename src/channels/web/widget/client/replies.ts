import { ACTION_KEY, HANDOFF_CHOICE, type Message, type QuickReply, type Session } from './types.js';

/**
 * The quick replies on offer: the pending question's options, else the actions the last bot message
 * offers (restart, …). None while an adviser has the conversation or after it was closed.
 */
export function replyOptions(session: Session | null): { factKey: string; options: QuickReply[] } | null {
  if (!session || session.state.status === 'with_adviser' || session.state.status === 'closed') return null;
  const pending = session.state.pendingQuestion;
  if (pending) return { factKey: pending.factKey, options: pending.options };
  const last: Message | undefined = session.messages[session.messages.length - 1];
  if (!last || last.role === 'employer' || !last.options) return null;
  // "Talk to a person" is a permanent button; it is not repeated among the replies.
  return { factKey: ACTION_KEY, options: last.options.filter((o) => o.value !== HANDOFF_CHOICE.value) };
}

/**
 * Where the case stands with the advisers. The server says it (`state.handoff`: queued until an adviser
 * claims the case); an adviser's message after the hand-off also means taken, unless the case was put
 * back in the queue after it. From a server that does not say, queued until an adviser has written.
 */
export function handoffState(session: Session): 'queued' | 'taken' {
  const standing = session.state.handoff;
  const messages = session.messages;
  let handedOver = -1;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]?.role === 'system') {
      handedOver = i;
      break;
    }
  }
  const lastAdviser = messages
    .slice(handedOver + 1)
    .filter((m) => m.role === 'adviser')
    .at(-1);
  if (!lastAdviser) return standing?.status ?? 'queued';
  return standing?.status === 'queued' && standing.since > lastAdviser.createdAt ? 'queued' : 'taken';
}
