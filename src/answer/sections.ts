import type { Assessment, Citation } from '../domain/assessment.js';
import type { AnswerItem, AnswerSection, AnswerSource } from './card.js';
import { routesByStanding, rulesWeighBan } from './route-standing.js';
import type { Say } from './texts.js';

/** Numbers every cited entry once, in order of first use; `refsOf` maps entry ids to those numbers. */
export function numberSources(a: Assessment) {
  const sources: AnswerSource[] = [];
  const byEntry = new Map<string, number>();
  const register = (c: Citation) => {
    if (byEntry.has(c.entryId)) return;
    const n = sources.length + 1;
    byEntry.set(c.entryId, n);
    sources.push({
      n,
      entryId: c.entryId,
      title: c.title,
      legalBasis: [...c.legalBasis],
      reviewedAt: c.reviewedAt,
      links: c.sources.map((s) => ({ title: s.title, url: s.url })),
    });
  };
  for (const list of [a.steps, a.documents, a.employerDuties, a.risks, a.routes, a.caseDates ?? []])
    for (const i of list) i.citations.forEach(register);
  a.citations.forEach(register);
  const refsOf = (ids: readonly string[]) =>
    [...new Set(ids.map((id) => byEntry.get(id)).filter((n): n is number => n !== undefined))].sort((x, y) => x - y);
  return { sources, refsOf };
}

const refs = (refsOf: (ids: string[]) => number[], citations: readonly Citation[]) =>
  refsOf(citations.map((c) => c.entryId));

/** A route's name and what is left of its text; older assessments without `label` keep their text whole. */
const routeParts = (r: Assessment['routes'][number]) => ({ label: r.label ?? r.id, detail: r.detail ?? r.text });

/**
 * "What you can do instead" of a ban or an activity that is not possible: an adviser's check of the
 * ban first, the routes likely open, one line naming those whose conditions are still open (their
 * details are under the routes), one line for the routes the ban blocks because they need work, and
 * that a changed fact is checked again.
 */
function insteadSection(a: Assessment, say: Say, refsOf: (ids: string[]) => number[]): AnswerSection | undefined {
  if (a.outcome === 'not_possible')
    return { id: 'instead', title: say('section.instead'), items: [{ text: say('instead.employment'), refs: [] }] };
  if (a.outcome !== 'prohibited') return undefined;
  const { likely, possible, blocked } = routesByStanding(a, a.routes);
  const names = (routes: typeof a.routes) => routes.map((r) => routeParts(r).label).join(', ');
  const citing = (routes: typeof a.routes) => refsOf(routes.flatMap((r) => r.citations.map((c) => c.entryId)));
  const items: AnswerItem[] = [{ text: say('instead.adviser_check'), refs: [] }];
  for (const r of likely)
    items.push({ lead: routeParts(r).label, text: say('route.likely'), refs: refs(refsOf, r.citations) });
  if (possible.length > 0)
    items.push({ text: say('instead.possible_routes', { routes: names(possible) }), refs: citing(possible) });
  if (blocked.length > 0)
    items.push({ text: say('instead.blocked_routes', { routes: names(blocked) }), refs: citing(blocked) });
  items.push({ text: say('instead.recheck'), refs: [] });
  return { id: 'instead', title: say('section.instead'), items };
}

function routesSection(a: Assessment, say: Say, refsOf: (ids: string[]) => number[]): AnswerSection | undefined {
  if (a.routes.length === 0) return undefined;
  const { likely, possible, blocked, excluded } = routesByStanding(a, a.routes);
  const item = (r: (typeof a.routes)[number], standing: 'route.likely' | 'route.possible' | 'route.blocked') => {
    const { label, detail } = routeParts(r);
    return {
      lead: `${label} – ${say(standing)}`,
      // The overlay's "only if already met" is said only where the rules' own conditions do not say it (review S4).
      text:
        standing !== 'route.blocked'
          ? detail
          : say(rulesWeighBan(r) ? 'route.blocked_rules' : 'route.blocked_detail', { detail }),
      refs: refs(refsOf, r.citations),
    };
  };
  // Open ones first; those the ban blocks after them, never among the open ones.
  const items: AnswerItem[] = [
    ...likely.map((r) => item(r, 'route.likely')),
    ...possible.map((r) => item(r, 'route.possible')),
    ...blocked.map((r) => item(r, 'route.blocked')),
  ];
  if (likely.length + possible.length === 0) items.unshift({ text: say('routes.none'), refs: [] });
  const section: AnswerSection = { id: 'routes', title: say('section.routes'), items };
  if (excluded.length > 0) {
    section.folded = {
      text: say('routes.excluded', { routes: excluded.map((r) => routeParts(r).label).join(', ') }),
      items: excluded.map((r) => ({
        lead: routeParts(r).label,
        text: routeParts(r).detail,
        refs: refs(refsOf, r.citations),
      })),
    };
  }
  return section;
}

/** Everything beyond the verdict, in the order an employer reads it; empty sections are left out. */
export function detailSections(
  a: Assessment,
  say: Say,
  refsOf: (ids: string[]) => number[],
  sources: AnswerSource[],
): AnswerSection[] {
  const plain = (list: readonly { text: string; citations: Citation[] }[]): AnswerItem[] =>
    list.map((i) => ({ text: i.text, refs: refs(refsOf, i.citations) }));
  const sections: (AnswerSection | undefined)[] = [
    insteadSection(a, say, refsOf),
    { id: 'steps', title: say('section.steps'), items: plain(a.steps) },
    { id: 'documents', title: say('section.documents'), items: plain(a.documents) },
    {
      id: 'duties',
      title: say('section.duties'),
      items: a.employerDuties.map((d) => ({
        ...(d.deadlineDays ? { lead: say('duty.deadline', { days: d.deadlineDays }) } : {}),
        text: d.text,
        refs: refs(refsOf, d.citations),
      })),
    },
    // The case's dates (issue 20): the rules' own, each with what to do on the day.
    {
      id: 'dates',
      title: say('section.dates'),
      items: (a.caseDates ?? []).map((d) => ({
        lead: say('dates.lead', { date: d.date, label: d.label }),
        text: d.text,
        refs: refs(refsOf, d.citations),
      })),
    },
    { id: 'risks', title: say('section.risks'), items: plain(a.risks) },
    routesSection(a, say, refsOf),
    { id: 'open', title: say('section.open'), items: a.openPoints.map((p) => ({ text: p.text, refs: [] })) },
    {
      id: 'sources',
      title: say('section.sources'),
      items: sources.map((s) => ({
        lead: `[${s.n}]`,
        text: say('source.line', { title: s.title, basis: s.legalBasis.join('; '), date: s.reviewedAt }),
        refs: [],
      })),
    },
  ];
  return sections.filter((s): s is AnswerSection => s !== undefined && s.items.length > 0);
}
