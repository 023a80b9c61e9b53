import { OpenAPIHono } from '@hono/zod-openapi';
import { validationHook } from '../../http/validation-hook.js';
import { registerCaseRoutes } from './case-routes.js';
import { registerEventRoutes } from './event-routes.js';
import { adviserApiLimit } from './limits.js';
import { ADVISER_API } from './route-kit.js';
import type { AdviserRoutesDeps } from './routes.js';
import { type AdviserEnv, formCsrf, requireAdviser } from './session.js';
import { isPublicPath, registerSessionRoutes } from './session-routes.js';
import { registerTeamRoutes } from './team-routes.js';
import { registerWorkspaceRoutes } from './workspace-routes.js';

/**
 * The inbox's JSON API under /api/v1/adviser. Everything but login and the one-time links needs a
 * session; changes also need the CSRF header. All of it counts against the adviser rate limits.
 */
export function adviserApiRoutes(deps: AdviserRoutesDeps) {
  const app = new OpenAPIHono<AdviserEnv>({ defaultHook: validationHook });
  const session = requireAdviser(deps.auth);
  if (deps.limiting)
    for (const limit of adviserApiLimit(deps.limiting, `${ADVISER_API}/login`)) app.use(`${ADVISER_API}/*`, limit);
  app.use(`${ADVISER_API}/*`, formCsrf());
  app.use(`${ADVISER_API}/*`, async (c, next) => (isPublicPath(c.req.path) ? next() : session(c, next)));
  registerSessionRoutes(app, deps);
  registerCaseRoutes(app, deps);
  registerTeamRoutes(app, deps);
  registerWorkspaceRoutes(app, deps);
  registerEventRoutes(app, deps);
  return app;
}
