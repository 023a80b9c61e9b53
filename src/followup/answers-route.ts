import { countWords } from '../answer/render-text.js';
import { routeStanding } from '../answer/route-standing.js';
import type { Assessment, RouteId } from '../domain/assessment.js';
import { routesNamed } from './route-names.js';
import { fold, variantOf } from './topic.js';
import { answer, type CaseContext, type FollowUpAnswer } from './types.js';

type Route = Assessment['routes'][number];

/** A route's conditions are kept to a sentence: whole conditions, as many as fit in this many words (at least one). */
const CONDITION_WORDS = 20;

function firstConditions(detail: string): string {
  const parts = detail.split('; ');
  const kept: string[] = [];
  for (const part of parts) {
    if (kept.length > 0 && countWords([...kept, part].join('; ')) > CONDITION_WORDS) break;
    kept.push(part);
  }
  return kept.join('; ').replace(/\.?\s*$/, '');
}

/** The standing of one route in a sentence, its deciding reason or the conditions still open first. */
function standingOf(c: CaseContext, a: Assessment, route: Route): string {
  const { say } = c;
  const name = route.label ?? route.id;
  const detail = (route.detail ?? route.text).replace(/\.?\s*$/, '');
  switch (routeStanding(a, route)) {
    case 'excluded':
      return say('route_q.excluded', { route: name, reason: detail });
    case 'blocked':
      return say('route_q.blocked', { route: name, conditions: firstConditions(detail) });
    case 'likely':
      return say('route_q.likely', { route: name, detail: firstConditions(detail) });
    default:
      // The hardship commission has no conditions to list, only what it is (a last resort, no right to it).
      if (route.id === 'haertefall') return say('route_q.note', { route: name, detail });
      return say('route_q.possible', { route: name, conditions: firstConditions(detail) });
  }
}

/**
 * "Und über die Beschäftigungsduldung?", "what about 60d?": the named route as the case's assessment has it
 * (review S4-4) – excluded and why, blocked by the ban, possible with what is still open, or likely –, with
 * the route's entry, legal basis and review date. "Kriegt sie die Ausbildungsduldung, wenn sie bei uns eine
 * Ausbildung anfängt?" names another job too: then the route of the case with that job, said so.
 */
export function namedRouteAnswer(c: CaseContext): FollowUpAnswer | undefined {
  const { input, deps } = c;
  const ids: RouteId[] = routesNamed(fold(input.question));
  if (ids.length === 0) return undefined;
  const v = variantOf(input.question);
  const other = v.kind !== undefined && v.kind !== input.facts.job?.kind;
  const job = other ? { ...input.facts.job, kind: v.kind } : undefined;
  const a = job ? deps.assess({ ...input.facts, job }, input.lawAsOf, [...input.unknown], input.lang) : c.a;
  const routes = ids.map((id) => a.routes.find((r) => r.id === id)).filter((r): r is Route => r !== undefined);
  if (routes.length === 0) return undefined;
  const lead = job && v.kind ? c.say(`kind.${v.kind}`) : '';
  const sentences = routes.slice(0, 2).map((route) => {
    const cite = route.citations[0];
    const source = cite
      ? ` ${c.say('route_q.source', { basis: cite.legalBasis.join(', '), date: cite.reviewedAt })}`
      : '';
    return `${standingOf(c, a, route)}${source}`;
  });
  const text = lead ? `${lead.charAt(0).toUpperCase()}${lead.slice(1)}: ${sentences.join(' ')}` : sentences.join(' ');
  return answer('case.routes', text, ...routes.slice(0, 2).map((r) => r.citations));
}
