import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import type { LiveEvent } from '../../conversation/events.js';
import type { ConversationService } from '../../conversation/service.js';
import type { AppEnv } from '../../http/app-env.js';
import { ApiError } from '../../http/errors.js';
import {
  createLiveStreamSlots,
  DEFAULT_LIVE_STREAM_LIMITS,
  type LiveStreamLimits,
} from '../../http/live-stream-slots.js';
import { validationHook } from '../../http/validation-hook.js';
import { ConversationId, ErrorResponse } from './conversation-schemas.js';

export interface LiveOptions {
  /** Open streams per client and per conversation (default DEFAULT_LIVE_STREAM_LIMITS). */
  limits?: LiveStreamLimits;
  /** A comment line this often keeps proxies and load balancers from closing an idle stream. */
  heartbeatMs?: number;
  /** Streams end after this long; EventSource reconnects on its own, so no connection lives forever. */
  maxDurationMs?: number;
}

const events = createRoute({
  method: 'get',
  path: '/api/v1/conversations/{id}/events',
  tags: ['conversations'],
  summary: 'Live events (server-sent): adviser messages and status changes; `ready` first, heartbeats between',
  request: { params: ConversationId },
  responses: {
    200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: z.string() } } },
    404: { description: 'Unknown conversation', content: { 'application/json': { schema: ErrorResponse } } },
    429: {
      description: 'Too many live streams open from this address or to this conversation',
      content: { 'application/json': { schema: ErrorResponse } },
    },
  },
});

type Wake = (value: LiveEvent | 'heartbeat' | 'end') => void;

export function liveRoutes(service: Pick<ConversationService, 'get' | 'subscribe'>, options: LiveOptions = {}) {
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const maxDurationMs = options.maxDurationMs ?? 15 * 60_000;
  const slots = createLiveStreamSlots(options.limits ?? DEFAULT_LIVE_STREAM_LIMITS);
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(events, async (c) => {
    const { id } = c.req.valid('param');
    // Checked before the stream starts, so an unknown id is a readable 404, not an empty stream.
    const { state } = await service.get(id);
    // Each open stream holds memory for up to maxDurationMs: one address cannot hold thousands.
    const slot = slots.acquire(c.get('client'), id);
    if (!slot.ok)
      throw new ApiError(
        'rate_limited',
        slot.refused === 'conversation'
          ? `this conversation already has ${slot.limit} live streams open; close one (another tab?) or try again later`
          : `your address already has ${slot.limit} live streams open; close one or try again later`,
      );
    return streamSSE(c, async (stream) => {
      const queue: LiveEvent[] = [];
      let wake: Wake | undefined;
      const unsubscribe = service.subscribe(id, (event) => {
        if (wake) wake(event);
        else queue.push(event);
      });
      let open = true;
      stream.onAbort(() => {
        open = false;
        wake?.('end');
      });
      const deadline = Date.now() + maxDurationMs;
      const next = () =>
        queue.length
          ? Promise.resolve(queue.shift() as LiveEvent)
          : new Promise<LiveEvent | 'heartbeat' | 'end'>((resolve) => {
              const timer = setTimeout(() => resolve(Date.now() >= deadline ? 'end' : 'heartbeat'), heartbeatMs);
              wake = (value) => {
                clearTimeout(timer);
                wake = undefined;
                resolve(value);
              };
            });
      try {
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ status: state.status }), retry: 3000 });
        while (open) {
          const event = await next();
          if (event === 'end') break;
          if (event === 'heartbeat') await stream.write(': heartbeat\n\n');
          else
            await stream.writeSSE({
              event: event.type,
              data: JSON.stringify(event),
              ...(event.type === 'message' ? { id: event.message.id } : {}),
            });
        }
      } finally {
        unsubscribe();
        slot.release();
      }
    });
  });
  return app;
}
