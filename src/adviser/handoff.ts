import type { HandedOverCase, HandoffPort } from '../conversation/types.js';
import type { Logger } from '../logger.js';
import type { EscalationRepo, NewEscalation, Urgency } from '../storage/adviser-port.js';
import type { AdviserEvents } from './events.js';

export interface AdviserHandoffDeps {
  escalations: EscalationRepo;
  events: AdviserEvents;
  newId: () => string;
  logger: Logger;
  /** Tells the advisers about a new case (Slack webhook); optional. */
  notify?: (record: NewEscalation) => Promise<void>;
  /** Keeps the notification alive after the turn has answered (Workers: waitUntil). */
  defer?: (task: Promise<unknown>) => void;
}

/** Urgent when the rules say so, or when removal measures are known even before an assessment. */
const urgencyOf = (handed: HandedOverCase): Urgency =>
  handed.assessment.escalation.urgency === 'urgent' || handed.facts.removalMeasuresPending === true
    ? 'urgent'
    : 'normal';

/** The conversation's hand-off seam, implemented by queueing an escalation for the advisers. */
export function createAdviserHandoff(deps: AdviserHandoffDeps): HandoffPort {
  const defer = deps.defer ?? ((task: Promise<unknown>) => void task);
  return {
    async caseHandedOver(handed) {
      const record: NewEscalation = {
        id: deps.newId(),
        conversationId: handed.conversationId,
        channel: handed.channel,
        lang: handed.lang,
        trigger: handed.trigger,
        urgency: urgencyOf(handed),
        status: 'open',
        facts: handed.facts,
        assessment: handed.assessment,
        unknown: [...(handed.unknown ?? [])],
        urgencyBasis: handed.urgencyBasis ?? null,
        claimedBy: null,
        claimedAt: null,
        outcome: null,
        createdAt: handed.at,
        updatedAt: handed.at,
      };
      if (!(await deps.escalations.create(record))) return;
      deps.events.publish({ type: 'queue' });
      deps.logger.info('case escalated', { escalationId: record.id, urgency: record.urgency, trigger: record.trigger });
      const notify = deps.notify;
      if (!notify) return;
      // The employer's turn must not wait for, or fail because of, Slack.
      defer(
        notify(record).catch((error: unknown) =>
          deps.logger.warn('adviser notification failed', { escalationId: record.id, error: String(error) }),
        ),
      );
    },
    async standing(conversationId) {
      const id = await deps.escalations.openFor(conversationId);
      const record = id ? await deps.escalations.get(id) : undefined;
      if (!record) return undefined;
      return record.status === 'claimed' && record.claimedAt
        ? { status: 'taken', since: record.claimedAt }
        : { status: 'queued', since: record.createdAt };
    },
    async employerMessage(conversationId) {
      // The message is in the transcript; the inbox is told which case to fetch again (never the text).
      const id = await deps.escalations.openFor(conversationId);
      if (!id) return;
      deps.events.publish({ type: 'case', id });
      deps.events.publish({ type: 'queue' });
    },
  };
}
