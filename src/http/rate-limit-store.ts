/** What a rate limiter needs from its storage: count a hit in the current window. */
export interface RateLimitHit {
  /** Hits in the current window, this one included. */
  count: number;
  /** When the current window ends (epoch ms). */
  resetAt: number;
}

/**
 * Fixed-window counters. In memory on Node (one process); a Worker can back it with a Durable
 * Object or accept per-isolate counters. Async so that a shared store fits the same port.
 */
export interface RateLimitStore {
  hit(key: string, windowMs: number, now: number): Promise<RateLimitHit>;
}
