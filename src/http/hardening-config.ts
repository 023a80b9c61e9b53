import type { Config } from '../config.js';
import { clientAddress } from './client-address.js';
import type { HardeningOptions } from './hardening.js';
import { createMemoryRateLimitStore } from './memory-rate-limit-store.js';
import type { RateLimitStore } from './rate-limit-store.js';

/**
 * The abuse limits as configured, the same on every runtime. The rate-limit store is in memory by
 * default (one Node process); the Worker passes one shared by all its isolates (Durable Objects).
 * `clientIpHeader` is the runtime's fallback when CLIENT_IP_HEADER is unset (Workers: no socket
 * address, Cloudflare's header instead).
 */
export function hardeningFromConfig(
  config: Config,
  clientIpHeader?: string,
  store: RateLimitStore = createMemoryRateLimitStore(),
): HardeningOptions {
  const clientKey = clientAddress(config.CLIENT_IP_HEADER ?? clientIpHeader);
  return {
    clientKey,
    handoffs: { perClient: config.HANDOFF_LIMIT_PER_CLIENT, windowMs: config.HANDOFF_LIMIT_WINDOW_SECONDS * 1000 },
    liveStreams: { perClient: config.LIVE_STREAMS_PER_CLIENT, perConversation: config.LIVE_STREAMS_PER_CONVERSATION },
    widgetOrigins: config.WIDGET_ALLOWED_ORIGINS,
    bodyLimitBytes: config.BODY_LIMIT_BYTES,
    rateLimit: {
      store,
      clientKey,
      perClient: config.RATE_LIMIT_PER_CLIENT,
      perConversation: config.RATE_LIMIT_PER_CONVERSATION,
      windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000,
    },
  };
}
