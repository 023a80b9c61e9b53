import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { ErrorResponse } from '../web/conversation-schemas.js';
import { countLoginForAccount } from './limits.js';
import { ADVISER_API, body, errors, json, noContent, tags } from './route-kit.js';
import type { AdviserRoutesDeps } from './routes.js';
import { LinkBody, LinkInfo, LoginBody, SessionResponse, TokenBody } from './schemas.js';
import { type AdviserEnv, clearSessionCookie, sessionToken, setSessionCookie } from './session.js';

export { ADVISER_API };

/** Paths that work without a session: signing in, and the one-time links of invitations and resets. */
export const isPublicPath = (path: string) =>
  path === `${ADVISER_API}/login` || path.startsWith(`${ADVISER_API}/links/`);

const routes = {
  login: createRoute({
    method: 'post',
    path: `${ADVISER_API}/login`,
    tags,
    summary: 'Sign in; sets the session cookie and returns the CSRF token for later requests',
    request: body(LoginBody),
    responses: {
      200: json(SessionResponse, 'Signed in'),
      400: errors[400],
      401: json(
        ErrorResponse,
        'Wrong e-mail address or password, or the account is locked or disabled (one answer for all)',
      ),
      429: json(ErrorResponse, 'Too many login attempts from this address or for this e-mail address'),
    },
  }),
  logout: createRoute({
    method: 'post',
    path: `${ADVISER_API}/logout`,
    tags,
    summary: 'Sign out (ends the session)',
    responses: { 204: noContent, 401: errors[401], 403: errors[403] },
  }),
  me: createRoute({
    method: 'get',
    path: `${ADVISER_API}/me`,
    tags,
    summary: 'The signed-in adviser and the session’s CSRF token',
    responses: { 200: json(SessionResponse, 'The session'), 401: errors[401] },
  }),
  peek: createRoute({
    method: 'post',
    path: `${ADVISER_API}/links/info`,
    tags,
    summary: 'What a one-time link is for (invitation or password reset), without using it',
    request: body(TokenBody),
    responses: { 200: json(LinkInfo, 'The link'), 400: errors[400], 404: errors[404], 429: errors[429] },
  }),
  join: createRoute({
    method: 'post',
    path: `${ADVISER_API}/links/join`,
    tags,
    summary: 'Accept an invitation: creates the account with the chosen password (the link then stops working)',
    request: body(LinkBody),
    responses: { 204: noContent, 400: errors[400], 404: errors[404], 409: errors[409], 429: errors[429] },
  }),
  setPassword: createRoute({
    method: 'post',
    path: `${ADVISER_API}/links/password`,
    tags,
    summary: 'Set a new password through a reset link (the link then stops working)',
    request: body(LinkBody),
    responses: { 204: noContent, 400: errors[400], 404: errors[404], 429: errors[429] },
  }),
};

export function registerSessionRoutes(app: OpenAPIHono<AdviserEnv>, deps: AdviserRoutesDeps) {
  const { auth, team, limiting } = deps;
  app.openapi(routes.login, async (c) => {
    const { email, password } = c.req.valid('json');
    await countLoginForAccount(limiting, email.toLowerCase());
    const { token, session: s, adviser } = await auth.login(email, password);
    setSessionCookie(c, token, auth.policy.sessionHours * 3600);
    return c.json({ adviser, csrfToken: s.csrfToken, expiresAt: s.expiresAt }, 200);
  });
  app.openapi(routes.logout, async (c) => {
    const token = sessionToken(c);
    if (token) await auth.logout(token);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
  app.openapi(routes.me, (c) => {
    const { adviser, session: s } = c.var.auth;
    return c.json({ adviser, csrfToken: s.csrfToken, expiresAt: s.expiresAt }, 200);
  });
  app.openapi(routes.peek, async (c) => c.json(await team.peek(c.req.valid('json').token), 200));
  app.openapi(routes.join, async (c) => {
    const { token, password } = c.req.valid('json');
    await team.join(token, password);
    return c.body(null, 204);
  });
  app.openapi(routes.setPassword, async (c) => {
    const { token, password } = c.req.valid('json');
    await team.setPassword(token, password);
    return c.body(null, 204);
  });
}
