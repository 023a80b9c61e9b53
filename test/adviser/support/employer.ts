import type { ConversationService } from '../../../src/conversation/service.js';

type Conversations = Pick<ConversationService, 'create' | 'post'>;

/** An employer who asks for a person with the always-offered button and agrees to share the case. */
export async function escalateByButton(conversations: Conversations, channel: 'web' | 'slack' = 'web') {
  const conversation = await conversations.create('de', channel);
  await conversations.post(conversation.id, { choice: { factKey: 'action', value: 'handoff' } });
  const handed = await conversations.post(conversation.id, { choice: { factKey: 'handoffConsent', value: 'yes' } });
  if (handed.state.status !== 'with_adviser') throw new Error(`not handed over: ${handed.state.status}`);
  return conversation.id;
}

/**
 * An employer whose candidate faces removal: answers the guided questions (removal measures "yes",
 * anything else the first offered option or "unknown") until the rules recommend an adviser, then
 * agrees. Follows whatever the rules ask, so it does not depend on their order.
 */
export async function escalateUrgentCase(
  conversations: Conversations,
  text = 'Wir möchten einen Mann aus Tunesien als Küchenhilfe einstellen. Er hat eine Duldung, Beschäftigung nur mit Erlaubnis der Ausländerbehörde. Ein Abschiebeflug ist schon gebucht.',
) {
  const conversation = await conversations.create('de');
  let turn = await conversations.post(conversation.id, { text });
  for (let i = 0; i < 20 && turn.state.status !== 'with_adviser'; i++) {
    const pending = turn.state.pendingQuestion;
    if (!pending) throw new Error(`no question pending in status ${turn.state.status}`);
    const fixed: Record<string, string> = { handoffConsent: 'yes', removalMeasuresPending: 'true' };
    const value =
      fixed[pending.factKey] ?? (pending.options.find((o) => o.value === 'unknown') ?? pending.options[0])?.value;
    if (!value) throw new Error(`no option for ${pending.factKey}`);
    turn = await conversations.post(conversation.id, { choice: { factKey: pending.factKey, value } });
  }
  if (turn.state.status !== 'with_adviser') throw new Error('the urgent case was not handed over');
  return conversation.id;
}
