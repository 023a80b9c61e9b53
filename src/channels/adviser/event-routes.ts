import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import type { AdviserEvent } from '../../adviser/events.js';
import { ApiError } from '../../http/errors.js';
import { createLiveStreamSlots, DEFAULT_LIVE_STREAM_LIMITS } from '../../http/live-stream-slots.js';
import { ADVISER_API, errors, tags } from './route-kit.js';
import type { AdviserRoutesDeps } from './routes.js';
import type { AdviserEnv } from './session.js';

const route = createRoute({
  method: 'get',
  path: `${ADVISER_API}/events`,
  tags,
  summary:
    'Live updates (server-sent): `queue` when the queue changed, `case` with the case id when a case changed; ids only',
  responses: {
    200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: z.string() } } },
    401: errors[401],
    429: errors[429],
  },
});

/** Open streams: a few tabs per adviser, and per client address as many as the public streams allow. */
const STREAMS_PER_ADVISER = 5;

type Wake = (value: AdviserEvent | 'heartbeat' | 'end') => void;

/**
 * The inbox listens here and fetches what changed through the API, where the usual checks apply:
 * an event names a case, never its content.
 */
export function registerEventRoutes(app: OpenAPIHono<AdviserEnv>, deps: AdviserRoutesDeps) {
  const heartbeatMs = deps.live?.heartbeatMs ?? 15_000;
  const maxDurationMs = deps.live?.maxDurationMs ?? 15 * 60_000;
  const slots = createLiveStreamSlots({
    perClient: DEFAULT_LIVE_STREAM_LIMITS.perClient,
    perConversation: STREAMS_PER_ADVISER,
  });
  app.openapi(route, (c) => {
    const slot = slots.acquire(deps.limiting?.clientKey(c), `adviser:${c.var.auth.adviser.id}`);
    if (!slot.ok)
      throw new ApiError('rate_limited', `at most ${slot.limit} live streams at once; close another tab first`);
    return streamSSE(c, async (stream) => {
      const queue: AdviserEvent[] = [];
      let wake: Wake | undefined;
      const unsubscribe = deps.events.subscribe((event) => {
        if (wake) wake(event);
        else if (queue.length < 100) queue.push(event);
      });
      let open = true;
      stream.onAbort(() => {
        open = false;
        wake?.('end');
      });
      const deadline = Date.now() + maxDurationMs;
      const next = () =>
        queue.length
          ? Promise.resolve(queue.shift() as AdviserEvent)
          : new Promise<AdviserEvent | 'heartbeat' | 'end'>((resolve) => {
              const timer = setTimeout(() => resolve(Date.now() >= deadline ? 'end' : 'heartbeat'), heartbeatMs);
              wake = (value) => {
                clearTimeout(timer);
                wake = undefined;
                resolve(value);
              };
            });
      try {
        await stream.writeSSE({ event: 'ready', data: '{}', retry: 3000 });
        while (open) {
          const event = await next();
          if (event === 'end') break;
          if (event === 'heartbeat') await stream.write(': heartbeat\n\n');
          else await stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
        }
      } finally {
        unsubscribe();
        slot.release();
      }
    });
  });
}
