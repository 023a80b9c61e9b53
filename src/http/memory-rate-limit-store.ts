import type { RateLimitHit, RateLimitStore } from './rate-limit-store.js';

/**
 * Counters in a Map owned by the store instance (never module state). Expired windows are swept
 * every `sweepEvery` hits, and the map is capped so a flood of distinct keys cannot grow memory
 * without bound: when full, the oldest windows go first (Map keeps insertion order).
 */
export function createMemoryRateLimitStore(options: { maxKeys?: number; sweepEvery?: number } = {}): RateLimitStore {
  const maxKeys = options.maxKeys ?? 100_000;
  const sweepEvery = options.sweepEvery ?? 1_000;
  const windows = new Map<string, RateLimitHit>();
  let hits = 0;

  const sweep = (now: number) => {
    for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key);
  };

  return {
    async hit(key, windowMs, now) {
      if (++hits % sweepEvery === 0) sweep(now);
      const current = windows.get(key);
      if (current && current.resetAt > now) {
        current.count++;
        return { ...current };
      }
      windows.delete(key);
      if (windows.size >= maxKeys) {
        const oldest = windows.keys().next().value;
        if (oldest !== undefined) windows.delete(oldest);
      }
      const fresh = { count: 1, resetAt: now + windowMs };
      windows.set(key, fresh);
      return { ...fresh };
    },
  };
}
