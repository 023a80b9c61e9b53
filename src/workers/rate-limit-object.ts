import { DurableObject } from 'cloudflare:workers';
import type { DurableObjectNamespace } from '@cloudflare/workers-types/index.js';
import type { RateLimitHit, RateLimitStore } from '../http/rate-limit-store.js';

const WINDOW = 'window';

/**
 * One rate-limit counter (a client address, a conversation, an adviser login) as a Durable Object:
 * every isolate that serves that client counts in the same place, so the limit holds across
 * Cloudflare's network. The fixed window of the Node store. The window is kept in the object's own
 * storage, not only in memory: an idle object is evicted within seconds, and a 15-minute login
 * limit must not start afresh after a short pause. An alarm at the window's end deletes it, so
 * counters of clients that never come back leave nothing behind.
 */
export class RateLimitObject extends DurableObject {
  async hit(windowMs: number, now: number): Promise<RateLimitHit> {
    const { storage } = this.ctx;
    const current = storage.kv.get<RateLimitHit>(WINDOW);
    const next =
      current && current.resetAt > now
        ? { count: current.count + 1, resetAt: current.resetAt }
        : { count: 1, resetAt: now + windowMs };
    storage.kv.put(WINDOW, next);
    if (next.count === 1) await storage.setAlarm(next.resetAt);
    return next;
  }

  override async alarm(): Promise<void> {
    await this.ctx.storage.deleteAll();
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
