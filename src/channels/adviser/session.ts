import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import type { AdviserAuth, Authenticated } from '../../adviser/auth.js';
import { sameToken } from '../../adviser/tokens.js';
import { ApiError } from '../../http/errors.js';

export const SESSION_COOKIE = 'lotse_adviser';
export const CSRF_HEADER = 'x-csrf-token';

export type AdviserEnv = { Variables: { requestId: string; auth: Authenticated } };

/** Secure cookies behind https, also when a proxy terminates TLS (it says so in X-Forwarded-Proto). */
const overHttps = (c: Context) =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';

export function setSessionCookie(c: Context, token: string, maxAgeSeconds: number) {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: overHttps(c),
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: overHttps(c), httpOnly: true, sameSite: 'Strict' });
}

export const sessionToken = (c: Context) => getCookie(c, SESSION_COOKIE);

/**
 * Cross-site form posts (the classic CSRF vector, which needs no CORS preflight) are refused by
 * hono/csrf's Origin / Sec-Fetch-Site check, as a 403 in the API's error format.
 */
export function formCsrf(): MiddlewareHandler {
  const check = csrf();
  return async (c, next) => {
    try {
      await check(c, async () => {});
    } catch (error) {
      if (error instanceof HTTPException && error.status === 403)
        throw new ApiError('forbidden', 'cross-site form submissions are not accepted');
      throw error;
    }
    await next();
  };
}

/**
 * Requires a valid session (401 otherwise). Requests that change something must also carry the
 * session's CSRF token in a header (403 otherwise): a token another site cannot read or send.
 */
export function requireAdviser(auth: AdviserAuth): MiddlewareHandler<AdviserEnv> {
  return async (c, next) => {
    const authenticated = await auth.authenticate(sessionToken(c));
    if (!authenticated) throw new ApiError('unauthorized', 'sign in first: no valid adviser session');
    if (!['GET', 'HEAD'].includes(c.req.method)) {
      const sent = c.req.header(CSRF_HEADER) ?? '';
      if (!sameToken(sent, authenticated.session.csrfToken))
        throw new ApiError('forbidden', `missing or wrong ${CSRF_HEADER} header`);
    }
    c.set('auth', authenticated);
    await next();
  };
}
