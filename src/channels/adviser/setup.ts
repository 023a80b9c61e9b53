import { type AuthPolicy, createAdviserAuth } from '../../adviser/auth.js';
import type { AdviserDeskDeps } from '../../adviser/desk.js';
import { createAdviserDesk } from '../../adviser/desk.js';
import { type AdviserEvents, createInMemoryAdviserEvents } from '../../adviser/events.js';
import { createAdviserHandoff } from '../../adviser/handoff.js';
import { createWebhookNotifier } from '../../adviser/notify-slack.js';
import type { ScryptCost } from '../../adviser/password.js';
import { createPasswordGate } from '../../adviser/password-gate.js';
import { createSavedReplies } from '../../adviser/saved-replies.js';
import { createStats } from '../../adviser/stats.js';
import { createTeam } from '../../adviser/team.js';
import type { ConversationService } from '../../conversation/service.js';
import type { HandoffPort, TurnObservation } from '../../conversation/types.js';
import type { RateLimitOptions } from '../../http/hardening.js';
import type { Logger } from '../../logger.js';
import type { AdviserStorage } from '../../storage/adviser-port.js';
import type { LoadInboxScript } from './inbox-routes.js';
import type { AdviserRateLimits } from './limits.js';
import type { AdviserRoutesDeps } from './routes.js';

/** What a runtime hands over to enable the adviser side. */
export interface AdviserSetup {
  storage: AdviserStorage;
  loadInboxScript?: LoadInboxScript;
  /** ADVISER_SLACK_WEBHOOK_URL: new cases are posted there when set. */
  slackWebhookUrl?: string;
  /** Public address of Lotse, for the inbox link in notifications. */
  publicUrl: string;
  fetch?: typeof fetch;
  /** Keeps notifications alive after the response (Workers: ctx.waitUntil). */
  defer?: (task: Promise<unknown>) => void;
  authPolicy?: Partial<AuthPolicy>;
  /** scrypt cost of new password hashes (ADVISER_PASSWORD_COST); OWASP's by default. */
  passwordCost?: ScryptCost;
  /** The adviser side's own rate limits (see limits.ts); counted in the runtime's rate-limit store. */
  rateLimits?: AdviserRateLimits;
  /** Live updates for open inboxes; in memory by default (one process). */
  events?: AdviserEvents;
  /** How often an open event stream sends a heartbeat, and how long it lives (EventSource reconnects). */
  live?: { heartbeatMs?: number; maxDurationMs?: number };
}

interface Core {
  now: () => string;
  newId: () => string;
  logger: Logger;
}

/**
 * The adviser side, built once per runtime: the hand-off seam and the statistics observer for the
 * conversation service, and (once that exists) the inbox's routes. One event bus joins them.
 */
export function createAdviserSide(setup: AdviserSetup, core: Core) {
  const { storage } = setup;
  const events = setup.events ?? createInMemoryAdviserEvents();
  const notify = setup.slackWebhookUrl
    ? createWebhookNotifier({
        webhookUrl: setup.slackWebhookUrl,
        publicUrl: setup.publicUrl,
        ...(setup.fetch ? { fetch: setup.fetch } : {}),
      })
    : undefined;
  const handoff: HandoffPort = createAdviserHandoff({
    escalations: storage.escalations,
    events,
    newId: core.newId,
    logger: core.logger,
    ...(notify ? { notify } : {}),
    ...(setup.defer ? { defer: setup.defer } : {}),
  });

  /** What a turn tells the statistics: the verdict and nationality, never text. */
  const observe = (turn: TurnObservation) =>
    storage.stats.recordConversation({
      conversationId: turn.conversationId,
      startedAt: turn.startedAt,
      channel: turn.channel,
      lang: turn.lang,
      verdict: turn.outcome,
      nationality: typeof turn.facts.nationality === 'string' ? turn.facts.nationality : null,
    });

  /** Login, the desk, the team, saved replies, statistics and the inbox assets, for the HTTP routes. */
  function routes(input: {
    conversations: ConversationService;
    assess: AdviserDeskDeps['assess'];
    rateLimit?: RateLimitOptions | undefined;
    /** Issue 20: the verdict changes Lotse's watch recorded, for the queue and the case page. */
    changes?: AdviserDeskDeps['changes'];
  }): AdviserRoutesDeps {
    const gate = createPasswordGate(setup.passwordCost ? { cost: setup.passwordCost } : {});
    const limiting =
      input.rateLimit && setup.rateLimits
        ? {
            store: input.rateLimit.store,
            clientKey: input.rateLimit.clientKey,
            ...(input.rateLimit.now ? { now: input.rateLimit.now } : {}),
            limits: setup.rateLimits,
          }
        : undefined;
    const basics = { storage, now: core.now, newId: core.newId };
    return {
      ...(limiting ? { limiting } : {}),
      auth: createAdviserAuth({
        advisers: storage.advisers,
        sessions: storage.sessions,
        now: core.now,
        gate,
        ...(setup.authPolicy ? { policy: setup.authPolicy } : {}),
      }),
      desk: createAdviserDesk({
        ...basics,
        conversations: input.conversations,
        assess: input.assess,
        events,
        ...(input.changes ? { changes: input.changes } : {}),
      }),
      team: createTeam({ ...basics, gate }),
      savedReplies: createSavedReplies(basics),
      stats: createStats({ stats: storage.stats }),
      events,
      ...(setup.live ? { live: setup.live } : {}),
      today: () => core.now().slice(0, 10),
      loadInboxScript: setup.loadInboxScript ?? (async () => undefined),
    };
  }

  return { handoff, observe, routes };
}
