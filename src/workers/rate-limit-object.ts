import { DurableObject } from 'cloudflare:workers';
import type { DurableObjectNamespace } from '@cloudflare/workers-types/index.js';
import type { RateLimitHit, RateLimitStore } from '../http/rate-limit-store.js';

/**
 * One rate-limit counter (one client address, or one conversation) as a Durable Object: every
 * isolate that serves that client counts in the same place, so the limit holds across Cloudflare's
 * network. The fixed window of the Node store, with the window kept in memory: an object idle for
 * a while (about ten seconds or more) is evicted and starts a fresh window, a leniency accepted
 * for abuse limits rather than a storage write per API request.
 */
export class RateLimitObject extends DurableObject {
  #window: RateLimitHit | undefined;

  async hit(windowMs: number, now: number): Promise<RateLimitHit> {
    const current = this.#window;
    if (current && current.resetAt > now) {
      current.count++;
      return { ...current };
    }
    this.#window = { count: 1, resetAt: now + windowMs };
    return { ...this.#window };
  }
}

interface RateLimitRpc {
  hit(windowMs: number, now: number): Promise<RateLimitHit>;
}

/** The RateLimitStore port over RateLimitObject: one object per counter key. */
export function createDurableRateLimitStore(objects: DurableObjectNamespace): RateLimitStore {
  return {
    hit: (key, windowMs, now) => (objects.get(objects.idFromName(key)) as unknown as RateLimitRpc).hit(windowMs, now),
  };
}
