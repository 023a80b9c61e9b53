import { type AuthPolicy, createAdviserAuth } from '../../adviser/auth.js';
import { createAdviserDesk } from '../../adviser/desk.js';
import { createAdviserHandoff } from '../../adviser/handoff.js';
import { createWebhookNotifier } from '../../adviser/notify-slack.js';
import { createPasswordGate } from '../../adviser/password-gate.js';
import type { ConversationService } from '../../conversation/service.js';
import type { HandoffPort } from '../../conversation/types.js';
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
  /** The adviser side's own rate limits (see limits.ts); counted in the runtime's rate-limit store. */
  rateLimits?: AdviserRateLimits;
}

interface Core {
  now: () => string;
  newId: () => string;
  logger: Logger;
}

/** The hand-off seam for the conversation service: queues the case and notifies the advisers. */
export function adviserHandoff(setup: AdviserSetup, core: Core): HandoffPort {
  const notify = setup.slackWebhookUrl
    ? createWebhookNotifier({
        webhookUrl: setup.slackWebhookUrl,
        publicUrl: setup.publicUrl,
        ...(setup.fetch ? { fetch: setup.fetch } : {}),
      })
    : undefined;
  return createAdviserHandoff({
    escalations: setup.storage.escalations,
    newId: core.newId,
    logger: core.logger,
    ...(notify ? { notify } : {}),
    ...(setup.defer ? { defer: setup.defer } : {}),
  });
}

/** Login, the desk (queue and case actions) and the inbox assets, for the HTTP routes. */
export function adviserRoutesDeps(
  setup: AdviserSetup,
  core: Core & { conversations: ConversationService; rateLimit?: RateLimitOptions | undefined },
): AdviserRoutesDeps {
  const { storage } = setup;
  const gate = createPasswordGate();
  const limiting =
    core.rateLimit && setup.rateLimits
      ? {
          store: core.rateLimit.store,
          clientKey: core.rateLimit.clientKey,
          ...(core.rateLimit.now ? { now: core.rateLimit.now } : {}),
          limits: setup.rateLimits,
        }
      : undefined;
  return {
    ...(limiting ? { limiting } : {}),
    auth: createAdviserAuth({
      advisers: storage.advisers,
      sessions: storage.sessions,
      now: core.now,
      gate,
      ...(setup.authPolicy ? { policy: setup.authPolicy } : {}),
    }),
    desk: createAdviserDesk({ storage, conversations: core.conversations, now: core.now, newId: core.newId }),
    loadInboxScript: setup.loadInboxScript ?? (async () => undefined),
  };
}
