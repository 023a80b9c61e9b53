import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { ApiError } from './errors.js';
import type { RateLimitStore } from './rate-limit-store.js';

export interface RateLimitRule {
  /** Prefix of the counter key, so two rules never share a counter. */
  name: string;
  /** Requests allowed per window; 0 switches the rule off. */
  limit: number;
  windowMs: number;
  /** What is being limited (a client address, a conversation id); undefined skips the request. */
  key: (c: Context<AppEnv>) => string | undefined;
}

/** Counts each request against one rule; over the limit answers 429 with `Retry-After` (seconds). */
export function rateLimit(rule: RateLimitRule, store: RateLimitStore, now: () => number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const subject = rule.limit > 0 ? rule.key(c) : undefined;
    if (subject === undefined) return next();
    const at = now();
    const { count, resetAt } = await store.hit(`${rule.name}:${subject}`, rule.windowMs, at);
    if (count > rule.limit) {
      const seconds = Math.max(1, Math.ceil((resetAt - at) / 1000));
      throw new ApiError('rate_limited', `too many requests; try again in ${seconds} seconds`, [], {
        'Retry-After': String(seconds),
      });
    }
    return next();
  };
}
