import type { MiddlewareHandler } from 'hono';
import type { AdviserAuth } from '../adviser/auth.js';
import { requireAdviser } from '../channels/adviser/session.js';
import { ApiError } from '../http/errors.js';

/** An adviser session with the admin role (the same session and CSRF rules as the inbox's API). */
export function requireAdmin(auth: AdviserAuth): MiddlewareHandler {
  const session = requireAdviser(auth);
  return (c, next) =>
    session(c, async () => {
      if (c.var.auth.adviser.role !== 'admin') throw new ApiError('forbidden', 'the outbox is for admins');
      await next();
    });
}
