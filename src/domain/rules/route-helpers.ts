import type { RouteId } from '../assessment.js';
import type { Cites } from '../citations.js';
import type { Ctx } from '../context.js';
import { type Draft, list, type RouteCondition, type RouteItem, type Text, text } from '../findings.js';

/** Conditions that hold only in a case: under a ban, or as an exception at the authority's discretion. */
const ONLY_IF: ReadonlySet<string> = new Set([
  'cond.19d_ban_qualification_done',
  'cond.25b_livelihood_under_ban',
  'cond.25b_via_60d',
  'cond.identity_discretion_60c',
  'cond.identity_discretion_60d',
]);

/** The met conditions first, then the open ones in the rules' order (the same texts as the route's text). */
function conditionsOf(e: RouteEval): RouteCondition[] {
  return [
    ...(e.met ?? []).map((t) => ({ ...t, state: 'met' as const })),
    ...e.pending.map((t) => ({ ...t, state: ONLY_IF.has(t.msg) ? ('only_if' as const) : ('open' as const) })),
  ];
}

/**
 * A route is `excluded` by a hard failure, `likely` when every condition is known and met, and
 * otherwise `possible`, naming the conditions that are unchecked or not yet met.
 */
export interface RouteEval {
  /** Every reason that excludes the route, in the order the statute checks them (empty or absent: not excluded). */
  readonly exclusions?: readonly Text[];
  readonly pending: readonly Text[];
  /** Conditions known to be met (review S6 finding 3: an employer sees why a route fits). */
  readonly met?: readonly Text[];
  /** Shown with `likely` (e.g. "already granted"). */
  readonly note?: Text;
  readonly perspective?: boolean;
}

export function routeItem(id: RouteId, cite: Cites, e: RouteEval): RouteItem {
  const route = text(`route_name.${id}`);
  const [first, ...more] = e.exclusions ?? [];
  if (first) {
    const reason = more.length === 0 ? first : list([first, ...more]);
    return { id, status: 'excluded', cite, ...text('route.excluded', { route, reason }) };
  }
  const conditions = conditionsOf(e);
  if (e.pending.length === 0) {
    return {
      id,
      status: 'likely',
      cite,
      conditions,
      perspective: e.perspective ?? false,
      ...text('route.likely', { route, note: e.note ?? text('route_note.conditions_met') }),
    };
  }
  return {
    id,
    status: 'possible',
    cite,
    conditions,
    perspective: e.perspective ?? false,
    ...text('route.possible', { route, conditions: list(e.pending) }),
  };
}

/**
 * The route excluded for every reason given (absent ones skipped), or undefined when none applies. All of them are
 * named, not the first only: an employer or adviser who can remove one reason (a ban that turns out wrong) must see
 * whether another still closes the route (§ 60d for a Tunisian: the ban and the entry after 2022).
 */
export function exclusionsOf(...reasons: readonly (Text | undefined)[]): RouteEval | undefined {
  const exclusions = reasons.filter((r): r is Text => r !== undefined);
  return exclusions.length > 0 ? { exclusions, pending: [] } : undefined;
}

export const excluded = (exclusion: Text): RouteEval => ({ exclusions: [exclusion], pending: [] });

/** Exclusions every route for Geduldete shares; bans only where the route's statute names them. */
export function sharedExclusions(ctx: Ctx, draft: Draft, withBans: boolean, forAsylumSeekers = false): Text[] {
  return unchecked([
    [draft.notes.track === 'gestattung' && !forAsylumSeekers, text('excl.only_tolerated')],
    [draft.notes.banKind === 'unclear_identity', text('excl.unclear_identity')],
    [withBans && draft.notes.banKind === 'clause', text('excl.clause_ban')],
    // A cautious ban ("Möglicherweise verboten") closes the route as possibly, never as certainly banned.
    [
      withBans && draft.notes.safeCountry === 'ban',
      text(draft.notes.cautiousBan ? 'excl.safe_country_ban_possible' : 'excl.safe_country_ban'),
    ],
    [ctx.facts.criminalConvictions === 'above_threshold', text('excl.criminal')],
  ]);
}

/** Pending condition texts for facts that are absent (unchecked). */
export function unchecked(entries: readonly [boolean, Text][]): Text[] {
  return entries.filter(([isPending]) => isPending).map(([, t]) => t);
}

/** Condition texts whose facts are known and fulfilled (same shape as `unchecked`: [is met, text]). */
export const metOf = unchecked;

/** § 60a Abs. 6 AufenthG applies (safe country, or a document that excludes all gainful activity): no work, no company training. */
export const banApplies = (draft: Draft) => draft.notes.banKind === 'clause' || draft.notes.safeCountry === 'ban';

/** A ban could not yet be ruled out (work clause or safe-country facts still open). */
export const banUnchecked = (ctx: Ctx, draft: Draft) =>
  draft.notes.safeCountry === 'open' || ctx.facts.workClause === undefined;
