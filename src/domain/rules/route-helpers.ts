import type { RouteId } from '../assessment.js';
import type { Cites } from '../citations.js';
import type { Ctx } from '../context.js';
import { type Draft, list, type RouteItem, type Text, text } from '../findings.js';

/**
 * A route is `excluded` by a hard failure, `likely` when every condition is known and met, and
 * otherwise `possible`, naming the conditions that are unchecked or not yet met.
 */
export interface RouteEval {
  readonly exclusion?: Text;
  readonly pending: readonly Text[];
  /** Shown with `likely` (e.g. "already granted"). */
  readonly note?: Text;
  readonly perspective?: boolean;
}

export function routeItem(id: RouteId, cite: Cites, e: RouteEval): RouteItem {
  const route = text(`route_name.${id}`);
  if (e.exclusion) return { id, status: 'excluded', cite, ...text('route.excluded', { route, reason: e.exclusion }) };
  if (e.pending.length === 0) {
    return {
      id,
      status: 'likely',
      cite,
      perspective: e.perspective ?? false,
      ...text('route.likely', { route, note: e.note ?? text('route_note.conditions_met') }),
    };
  }
  return {
    id,
    status: 'possible',
    cite,
    perspective: e.perspective ?? false,
    ...text('route.possible', { route, conditions: list(e.pending) }),
  };
}

export const excluded = (exclusion: Text): RouteEval => ({ exclusion, pending: [] });

/** Exclusions every route for Geduldete shares; bans only where the route's statute names them. */
export function sharedExclusion(ctx: Ctx, draft: Draft, withBans: boolean, forAsylumSeekers = false): Text | undefined {
  if (draft.notes.track === 'gestattung' && !forAsylumSeekers) return text('excl.only_tolerated');
  if (draft.notes.banKind === 'unclear_identity') return text('excl.unclear_identity');
  if (withBans && draft.notes.banKind === 'clause') return text('excl.clause_ban');
  if (withBans && draft.notes.safeCountry === 'ban') return text('excl.safe_country_ban');
  if (ctx.facts.criminalConvictions === 'above_threshold') return text('excl.criminal');
  return undefined;
}

/** Pending condition texts for facts that are absent (unchecked). */
export function unchecked(entries: readonly [boolean, Text][]): Text[] {
  return entries.filter(([isPending]) => isPending).map(([, t]) => t);
}

/** § 60a Abs. 6 AufenthG applies (safe country, or a document that excludes all gainful activity): no work, no company training. */
export const banApplies = (draft: Draft) => draft.notes.banKind === 'clause' || draft.notes.safeCountry === 'ban';

/** A ban could not yet be ruled out (work clause or safe-country facts still open). */
export const banUnchecked = (ctx: Ctx, draft: Draft) =>
  draft.notes.safeCountry === 'open' || ctx.facts.workClause === undefined;
