import type { Assessment } from './assessment.js';
import type { Ctx } from './context.js';
import { add, type Draft, type Reason } from './findings.js';

/** Routes that open a real residence perspective worth an adviser's check. */
const PERSPECTIVE_ROUTES = ['60d', '19d', '25a', '25b'];

/**
 * A route is a real perspective when it is likely or possible with all its decisive facts known and
 * met; then the employer should involve an adviser (e.g. Perspektive Bleiberecht).
 */
export function routeCheck(_ctx: Ctx, draft: Draft): Draft {
  const real = draft.routes.some((r) => PERSPECTIVE_ROUTES.includes(r.id) && r.status !== 'excluded' && r.perspective);
  return real ? add(draft, { reasons: [{ code: 'route_check', msg: 'reason.route_check' }] }) : draft;
}

/** One reason per code and text; urgent only when removal measures are pending. */
export function escalationOf(reasons: readonly Reason[]): {
  reasons: Reason[];
  urgency: Assessment['escalation']['urgency'];
} {
  const seen = new Set<string>();
  const unique = reasons.filter((r) => {
    const key = `${r.code}:${r.msg}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { reasons: unique, urgency: unique.some((r) => r.code === 'removal_pending') ? 'urgent' : 'normal' };
}
