import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.js';
import type { AppEnv } from './app-env.js';

/**
 * Request id + one structured access-log line per request (request id, method, route, status,
 * latency), never a body. The body goes to a separate debug line, and only as the route already
 * parsed it (Hono's body cache): this middleware never reads a body itself, so it cannot bypass
 * the body limit, and the logger drops `body` at every level but debug.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 64) || crypto.randomUUID();
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    const route = c.req.routePath;
    logger.info('request', {
      requestId,
      method: c.req.method,
      route,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
    const cached = c.req.bodyCache.json ?? c.req.bodyCache.text;
    // A body that failed to parse was already answered with a 400; it is not logged either.
    const body = cached && (await Promise.resolve(cached).catch(() => undefined));
    if (body !== undefined) logger.debug('request body', { requestId, route, body });
  };
}
