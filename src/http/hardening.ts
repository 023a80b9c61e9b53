import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { limitBody } from './body-limits.js';
import type { LiveStreamLimits } from './live-stream-slots.js';
import { rateLimit } from './rate-limit.js';
import type { RateLimitStore } from './rate-limit-store.js';
import { baseSecurityHeaders } from './security-headers.js';
import { widgetCors } from './widget-cors.js';

export interface RateLimitOptions {
  store: RateLimitStore;
  /** The client's address (see client-address.ts); requests without one share one counter. */
  clientKey: (c: Context) => string | undefined;
  /** Requests per window from one client to /api/v1/*; 0 = off. */
  perClient: number;
  /** Messages and feedback per window to one conversation; 0 = off. */
  perConversation: number;
  windowMs: number;
  now?: () => number;
}

export interface HardeningOptions {
  /** Who a request comes from (see client-address.ts), for every per-client limit; defaults to the rate limit's. */
  clientKey?: (c: Context) => string | undefined;
  /** Hand-offs to an adviser per client and window (see handoff-limit.ts); off when absent. */
  handoffs?: { perClient: number; windowMs: number };
  /** Open live event streams per client and per conversation (defaults: DEFAULT_LIVE_STREAM_LIMITS). */
  liveStreams?: LiveStreamLimits;
  /** Origins whose pages may call the API (the widget on employer sites); `*` = any. */
  widgetOrigins?: readonly string[];
  /** Largest JSON body on /api/v1/*: room for a 4,000-character adviser reply even if every character is escaped. */
  bodyLimitBytes?: number;
  /** Off when absent (tests, embedding); the Node entry always configures it. */
  rateLimit?: RateLimitOptions;
}

export const DEFAULT_BODY_LIMIT_BYTES = 32 * 1024;
/** Slack's interaction payloads repeat the message's blocks; a long assessment is well under this. */
const SLACK_BODY_LIMIT_BYTES = 1024 * 1024;
const CONVERSATION_WRITES = ['/api/v1/conversations/:id/messages', '/api/v1/conversations/:id/feedback'];
/** The adviser API sits behind a login (with its own lockout) and is never called from employer sites. */
const ADVISER_API = '/api/v1/adviser/';

/**
 * API responses carry conversations (transcripts, facts, assessments) or an adviser's session:
 * neither a browser's cache nor a proxy may keep them. A route that sets its own Cache-Control
 * (the event stream) keeps it.
 */
const noStoreByDefault = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  await next();
  if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'no-store');
};

/** Applies `middleware` to the public API only, not to the adviser API beside it. */
const publicApi =
  (middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> =>
  (c, next) =>
    c.req.path.startsWith(ADVISER_API) ? next() : middleware(c, next);

/**
 * Registers the abuse limits in the order they must run, before any route: headers, CORS (so even
 * a 429 or 413 is readable by the widget), rate limits, then body size.
 */
export function applyHardening(app: Hono<AppEnv>, options: HardeningOptions = {}): void {
  app.use('*', baseSecurityHeaders());
  app.use('/api/v1/*', noStoreByDefault());
  const clientKey = options.clientKey ?? options.rateLimit?.clientKey;
  if (clientKey)
    app.use('*', async (c, next) => {
      c.set('client', clientKey(c));
      await next();
    });
  app.use('/api/v1/*', publicApi(widgetCors(options.widgetOrigins ?? [])));
  const limits = options.rateLimit;
  if (limits) {
    const now = limits.now ?? Date.now;
    const { store, windowMs } = limits;
    app.use(
      '/api/v1/*',
      publicApi(
        rateLimit(
          {
            name: 'client',
            limit: limits.perClient,
            windowMs,
            key: (c) => (c.req.method === 'OPTIONS' ? undefined : (limits.clientKey(c) ?? 'unknown')),
          },
          store,
          now,
        ),
      ),
    );
    const perConversation = rateLimit(
      {
        name: 'conversation',
        limit: limits.perConversation,
        windowMs,
        key: (c) => (c.req.method === 'POST' ? c.req.param('id') : undefined),
      },
      store,
      now,
    );
    for (const path of CONVERSATION_WRITES) app.use(path, perConversation);
  }
  app.use('/api/v1/*', limitBody(options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES));
  app.use('/slack/*', limitBody(SLACK_BODY_LIMIT_BYTES));
}
