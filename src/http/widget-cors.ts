import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * CORS for the public API the widget calls from employer sites. Only listed origins get
 * `Access-Control-Allow-Origin`; `*` in the list opens the API to every site (it carries no
 * cookies or credentials, so this is a deliberate choice, not a leak). An empty list serves
 * same-origin pages only, e.g. the demo page.
 */
export function widgetCors(allowedOrigins: readonly string[]): MiddlewareHandler {
  const any = allowedOrigins.includes('*');
  const allowed = new Set(allowedOrigins);
  return cors({
    origin: (origin) => (any ? '*' : allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'DELETE'],
    allowHeaders: ['content-type', 'x-request-id'],
    // The widget reads Retry-After to tell the employer when to try again.
    exposeHeaders: ['retry-after', 'x-request-id'],
    maxAge: 600,
  });
}
