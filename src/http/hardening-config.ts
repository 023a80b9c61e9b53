import type { Config } from '../config.js';
import { clientAddress } from './client-address.js';
import type { HardeningOptions } from './hardening.js';
import { createMemoryRateLimitStore } from './memory-rate-limit-store.js';

/**
 * The abuse limits as configured, the same on every runtime. The rate-limit store is in memory, so
 * the limits hold per process on Node and per isolate on Workers. `clientIpHeader` is the runtime's
 * fallback when CLIENT_IP_HEADER is unset (Workers: no socket address, Cloudflare's header instead).
 */
export function hardeningFromConfig(config: Config, clientIpHeader?: string): HardeningOptions {
  return {
    widgetOrigins: config.WIDGET_ALLOWED_ORIGINS,
    bodyLimitBytes: config.BODY_LIMIT_BYTES,
    rateLimit: {
      store: createMemoryRateLimitStore(),
      clientKey: clientAddress(config.CLIENT_IP_HEADER ?? clientIpHeader),
      perClient: config.RATE_LIMIT_PER_CLIENT,
      perConversation: config.RATE_LIMIT_PER_CONVERSATION,
      windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000,
    },
  };
}
