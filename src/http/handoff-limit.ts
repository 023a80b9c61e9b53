import { ApiError } from './errors.js';
import type { RateLimitStore } from './rate-limit-store.js';

/**
 * Hand-offs to an adviser per client and time window (issue 15.6): each puts a case in front of a
 * person, urgent ones first, so a script must not fill the queue. A fixed window per client (an
 * IPv4 address or an IPv6 /64) on the rate-limit store, so it holds wherever the store is shared
 * (in memory on Node; one Durable Object per counter on Workers). A turn that can hand over takes
 * its slot before it runs: parallel requests cannot overshoot the limit.
 */
export interface HandoffLimitOptions {
  store: RateLimitStore;
  /** Hand-offs per window from one client; 0 = no limit. */
  perClient: number;
  windowMs: number;
  now?: () => number;
}

export type HandoffSlot = { ok: true } | { ok: false; retryAfterMs: number };

export function createHandoffLimit(options: HandoffLimitOptions) {
  const now = options.now ?? Date.now;
  return {
    async take(client: string): Promise<HandoffSlot> {
      if (options.perClient <= 0) return { ok: true };
      const at = now();
      const { count, resetAt } = await options.store.hit(`handoff:${client}`, options.windowMs, at);
      return count <= options.perClient ? { ok: true } : { ok: false, retryAfterMs: Math.max(0, resetAt - at) };
    },
  };
}

export type HandoffLimit = ReturnType<typeof createHandoffLimit>;

/** The readable 429 for a hand-off over the limit. */
export function handoffRefused(retryAfterMs: number): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new ApiError(
    'rate_limited',
    `too many hand-offs to an adviser from your address; try again in ${minutes} minutes`,
    [],
    { 'Retry-After': String(seconds) },
  );
}
