import type { Assessment, RouteId } from '../domain/assessment.js';
import { assessmentDe } from '../i18n/assessment.de.js';
import { assessmentEn } from '../i18n/assessment.en.js';

type Route = Assessment['routes'][number];

/**
 * Routes whose way runs through work or training in Germany: § 19d Abs. 1 Nr. 1 (a qualification
 * gained here, or two or three years of employment), §§ 60c, 60d and 16g (a training place or a job).
 * Under a ban on employment nobody can build these up; § 25a (school) and the Härtefallkommission do
 * not need work. Nor does § 25b (review S6, finding 4): its livelihood may be a prognosis ("oder … zu
 * erwarten ist, dass er seinen Lebensunterhalt … sichern wird", Abs. 1 S. 2 Nr. 3; Abs. 1 S. 3 and
 * Abs. 3 excuse it), and a ban bars the Duldung's work permission, not the title; its own conditions
 * say what the ban means for it.
 */
const NEEDS_WORK: ReadonlySet<RouteId> = new Set<RouteId>(['19d', '60c', '60d', '16g']);

/** How a route is shown: as the rules say, except that a ban blocks what needs work (review 8). */
export type RouteStanding = Route['status'] | 'blocked';

/**
 * `blocked`: the rules call the route possible (its conditions unknown or not yet met), but the
 * verdict is a ban and the route needs work the ban forbids: it is not presented as open. A route the
 * rules call likely (its conditions known to be met) or excluded is shown as they say.
 */
export function routeStanding(a: Pick<Assessment, 'outcome'>, route: Pick<Route, 'id' | 'status'>): RouteStanding {
  return a.outcome === 'prohibited' && route.status === 'possible' && NEEDS_WORK.has(route.id)
    ? 'blocked'
    : route.status;
}

/** The routes grouped by how they are shown, each group in the rules' order. */
export function routesByStanding<R extends Route>(a: Pick<Assessment, 'outcome'>, routes: readonly R[]) {
  const of = (standing: RouteStanding) => routes.filter((r) => routeStanding(a, r) === standing);
  return { likely: of('likely'), possible: of('possible'), blocked: of('blocked'), excluded: of('excluded') };
}

/**
 * The rules' own conditions for a route under a ban (§ 19d: only a qualification already gained; § 25b: the
 * livelihood only as a prognosis), as the assessment words them in either language.
 */
const BAN_CONDITIONS = (['cond.19d_ban_qualification_done', 'cond.25b_livelihood_under_ban'] as const).flatMap((key) =>
  [assessmentDe[key], assessmentEn[key]].filter((t): t is string => typeof t === 'string'),
);

/** Whether the rules' conditions of a route already say what the ban means for it: then it is said once, by them. */
export const rulesWeighBan = (route: Pick<Route, 'text' | 'detail'>): boolean =>
  BAN_CONDITIONS.some((c) => (route.detail ?? route.text).includes(c));
