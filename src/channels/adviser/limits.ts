import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../../config.js';
import { ApiError } from '../../http/errors.js';
import type { RateLimitOptions } from '../../http/hardening.js';
import { rateLimit } from '../../http/rate-limit.js';

/** How often the adviser side may be asked; 0 switches a limit off. */
export interface AdviserRateLimits {
  /** Login attempts per client address per `loginWindowMs` (an office behind one address shares it). */
  loginPerAddress: number;
  /** Login attempts per e-mail address (known or not) per `loginWindowMs`. */
  loginPerAccount: number;
  loginWindowMs: number;
  /** Adviser API requests per client address per `apiWindowMs`. */
  apiPerClient: number;
  apiWindowMs: number;
}

export const adviserRateLimitsFromConfig = (config: Config): AdviserRateLimits => ({
  loginPerAddress: config.ADVISER_LOGIN_PER_ADDRESS,
  loginPerAccount: config.ADVISER_LOGIN_PER_ACCOUNT,
  loginWindowMs: 15 * 60_000,
  apiPerClient: config.ADVISER_API_PER_CLIENT,
  apiWindowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000,
});

/** The counters and client addresses of the runtime's hardening, with the adviser side's own numbers. */
export type AdviserLimiting = Pick<RateLimitOptions, 'store' | 'clientKey' | 'now'> & { limits: AdviserRateLimits };

const address = (limiting: AdviserLimiting) => (c: Context) => limiting.clientKey(c) ?? 'unknown';

/** Every adviser API request counts per client address; login attempts also have their own, lower budget. */
export function adviserApiLimit(limiting: AdviserLimiting, loginPath: string): MiddlewareHandler[] {
  const now = limiting.now ?? Date.now;
  const { limits, store } = limiting;
  return [
    rateLimit(
      { name: 'adviser-api', limit: limits.apiPerClient, windowMs: limits.apiWindowMs, key: address(limiting) },
      store,
      now,
    ),
    rateLimit(
      {
        name: 'adviser-login-address',
        limit: limits.loginPerAddress,
        windowMs: limits.loginWindowMs,
        key: (c) => (c.req.path === loginPath && c.req.method === 'POST' ? address(limiting)(c) : undefined),
      },
      store,
      now,
    ),
  ];
}

/**
 * Login attempts per account, counted by the address typed in (so an unknown one is counted like a
 * real one and the answer tells nothing). Called after the body is validated.
 */
export async function countLoginForAccount(limiting: AdviserLimiting | undefined, email: string): Promise<void> {
  if (!limiting || limiting.limits.loginPerAccount <= 0) return;
  const now = (limiting.now ?? Date.now)();
  const windowMs = limiting.limits.loginWindowMs;
  const { count, resetAt } = await limiting.store.hit(`adviser-login-account:${email}`, windowMs, now);
  if (count > limiting.limits.loginPerAccount) {
    const seconds = Math.max(1, Math.ceil((resetAt - now) / 1000));
    throw new ApiError('rate_limited', `too many requests; try again in ${seconds} seconds`, [], {
      'Retry-After': String(seconds),
    });
  }
}
