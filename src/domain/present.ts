import { type Assessment, type Citation, EndingEvent } from './assessment.js';
import { caseDates } from './case-dates.js';
import type { Cites, EntryId } from './citations.js';
import type { Ctx } from './context.js';
import { escalationOf } from './escalation.js';
import type { Draft, ParamValue, Text } from './findings.js';
import { missingFacts } from './missing-facts.js';
import type { AssessmentKnowledge, Lang } from './ports.js';

/**
 * Turns the findings into the public Assessment: message keys become text in `lang`, entry ids
 * become citations. An entry not in force on lawAsOf is dropped (the rules are tested never to
 * cite one), and `citations` is the union of everything cited, in order of first use.
 */
export function present(draft: Draft, ctx: Ctx, knowledge: AssessmentKnowledge, lang: Lang): Assessment {
  const used = new Map<EntryId, Citation>();
  const cite = (ids: Cites | undefined): Citation[] =>
    (ids ?? []).flatMap((id) => {
      const citation = used.get(id) ?? knowledge.citation(id, ctx.lawAsOf, lang);
      if (!citation) return [];
      used.set(id, citation);
      return [citation];
    });
  const param = (value: ParamValue): string | number => {
    if (typeof value === 'string' || typeof value === 'number') return value;
    if ('list' in value) return value.list.map(say).join('; ');
    return say(value);
  };
  function say(t: Text): string {
    const params = t.params ? Object.fromEntries(Object.entries(t.params).map(([k, v]) => [k, param(v)])) : undefined;
    return knowledge.message(lang, t.msg, params);
  }
  const item = <T extends Text & { id: string; cite: Cites }>(i: T) => ({
    id: i.id,
    text: say(i),
    citations: cite(i.cite),
  });
  const escalation = escalationOf(draft.reasons);
  /** A route's text without its name: the one parameter that is not the name (reason, conditions or note). */
  const routeDetail = (r: Draft['routes'][number]): string => {
    const own = Object.entries(r.params ?? {}).find(([name]) => name !== 'route');
    return own ? String(param(own[1])) : '';
  };

  const assessment: Assessment = {
    lawAsOf: ctx.lawAsOf,
    outcome: draft.outcome,
    permission: draft.permission,
    baConsent: draft.baConsent,
    missingFacts: missingFacts(ctx, draft.decisive, draft.ask),
    steps: draft.steps.map(item),
    documents: draft.documents.map(item),
    employerDuties: draft.duties.map((d) => ({
      ...item(d),
      ...(d.deadlineDays ? { deadlineDays: d.deadlineDays } : {}),
    })),
    risks: draft.risks.map(item),
    routes: draft.routes.map((r) => ({
      id: r.id,
      status: r.status,
      text: say(r),
      citations: cite(r.cite),
      label: say({ msg: `route_name.${r.id}` }),
      detail: routeDetail(r),
      ...(r.conditions ? { conditions: r.conditions.map((c) => ({ state: c.state, text: say(c) })) } : {}),
    })),
    escalation: {
      recommended: escalation.reasons.length > 0,
      urgency: escalation.urgency,
      reasons: escalation.reasons.map((r) => ({ code: r.code, text: say(r) })),
    },
    openPoints: draft.openPoints.map((p) => {
      cite(p.cite);
      return { text: say(p), id: p.msg.replace(/^open\./, '') };
    }),
    citations: [],
    caseDates: caseDates(ctx, draft).map((d) => ({
      id: d.id,
      kind: d.kind,
      date: d.date,
      label: say({ msg: `case_date_label.${d.kind}`, ...(d.params ? { params: d.params } : {}) }),
      text: say(d),
      citations: cite(d.cite),
    })),
  };
  if (draft.earliestStart !== undefined) assessment.earliestStart = draft.earliestStart;
  const event = EndingEvent.safeParse(ctx.facts.event);
  if (event.success) assessment.event = event.data;
  return { ...assessment, citations: [...used.values()] };
}
