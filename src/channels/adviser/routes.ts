import { OpenAPIHono } from '@hono/zod-openapi';
import type { AdviserAuth } from '../../adviser/auth.js';
import type { AdviserDesk } from '../../adviser/desk.js';
import type { AdviserEvents } from '../../adviser/events.js';
import type { SavedReplies } from '../../adviser/saved-replies.js';
import type { Stats } from '../../adviser/stats.js';
import type { Team } from '../../adviser/team.js';
import { validationHook } from '../../http/validation-hook.js';
import { adviserApiRoutes } from './api-routes.js';
import { inboxRoutes, type LoadInboxScript } from './inbox-routes.js';
import type { AdviserLimiting } from './limits.js';
import type { AdviserEnv } from './session.js';

export interface AdviserRoutesDeps {
  auth: AdviserAuth;
  desk: AdviserDesk;
  team: Team;
  savedReplies: SavedReplies;
  stats: Stats;
  events: AdviserEvents;
  /** Today (UTC day), the end of the statistics' default range. */
  today: () => string;
  live?: { heartbeatMs?: number; maxDurationMs?: number };
  /** Rate limits of the login and the API; none when the runtime runs without rate limits. */
  limiting?: AdviserLimiting;
  /** The inbox script bundle; without it the page is served but the script answers 404. */
  loadInboxScript: LoadInboxScript;
}

/** The adviser channel: the /inbox page with its assets and the JSON API under /api/v1/adviser/. */
export function adviserRoutes(deps: AdviserRoutesDeps) {
  const app = new OpenAPIHono<AdviserEnv>({ defaultHook: validationHook });
  app.route('/', inboxRoutes(deps.loadInboxScript));
  app.route('/', adviserApiRoutes(deps));
  return app;
}
