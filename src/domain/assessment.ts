import { z } from 'zod';
import { IsoDate } from './facts.js';

export const Source = z.object({ title: z.string(), url: z.string() });
export const Citation = z.object({
  entryId: z.string(),
  title: z.string(),
  legalBasis: z.array(z.string()),
  reviewedAt: IsoDate,
  sources: z.array(Source),
});
export type Citation = z.infer<typeof Citation>;

export const Outcome = z.enum(['allowed', 'permission_required', 'prohibited', 'not_possible', 'needs_facts']);
export type Outcome = z.infer<typeof Outcome>;
export const BaConsent = z.enum(['required', 'not_required', 'not_applicable', 'unclear']);
export type BaConsent = z.infer<typeof BaConsent>;
export const RouteId = z.enum(['60c', '16g', '60d', '19d', '25a', '25b', '104c', 'haertefall']);
export type RouteId = z.infer<typeof RouteId>;
export const RouteStatus = z.enum(['likely', 'possible', 'excluded']);
export type RouteStatus = z.infer<typeof RouteStatus>;

const Item = z.object({ id: z.string(), text: z.string(), citations: z.array(Citation) });
export const Duty = Item.extend({ deadlineDays: z.number().int().positive().optional() });
export const Route = z.object({
  id: RouteId,
  status: RouteStatus,
  text: z.string(),
  citations: z.array(Citation),
  /** v1.1 addition: the route's human name ("Härtefallkommission (§ 23a AufenthG)"). */
  label: z.string().optional(),
  /** v1.1 addition: `text` without the name and status: the reason, the open conditions or the note. */
  detail: z.string().optional(),
  /**
   * v1.1 addition (session 7): the route's conditions as the facts show them, so an employer sees why a route fits —
   * `met` (known and fulfilled), `open` (unknown or not yet met; the same texts as in `detail`), `only_if` (holds only
   * in a case: under a ban, or an exception at the authority's discretion). Absent on an excluded route.
   */
  conditions: z.array(z.object({ state: z.enum(['met', 'open', 'only_if']), text: z.string() })).optional(),
});

/** Issue 20: the dates of a case, each with what to do on the day (see src/domain/case-dates.ts). */
// `notice_overdue` (additive): the notice's deadline had passed when the employer told Lotse; report now.
export const CaseDateKind = z.enum([
  'waiting_period_ends',
  'document_expires',
  'notice_deadline',
  'notice_overdue',
  'route_opens',
]);
export type CaseDateKind = z.infer<typeof CaseDateKind>;
export const CaseDate = z.object({
  /** Stable per subject (`route_opens:25b`), so the same subject on another day is a moved date. */
  id: z.string(),
  kind: CaseDateKind,
  date: IsoDate,
  /** Short, for a timeline or a calendar entry ("Wartezeit endet"). */
  label: z.string(),
  /** What to do on the day. */
  text: z.string(),
  citations: z.array(Citation),
});
export type CaseDate = z.infer<typeof CaseDate>;

export const EndingEvent = z.enum(['employment_ends_early', 'training_ends_early']);
export type EndingEvent = z.infer<typeof EndingEvent>;

export const Assessment = z.object({
  lawAsOf: IsoDate,
  /** Set when the employer reports that the job or training ends: renderers lead with it, not the hiring verdict. */
  event: EndingEvent.optional(),
  outcome: Outcome,
  permission: z.object({ required: z.boolean(), authority: z.literal('auslaenderbehoerde').nullable() }),
  baConsent: BaConsent,
  earliestStart: IsoDate.optional(),
  missingFacts: z.array(z.string()),
  steps: z.array(Item),
  documents: z.array(Item),
  employerDuties: z.array(Duty),
  risks: z.array(Item),
  routes: z.array(Route),
  escalation: z.object({
    recommended: z.boolean(),
    urgency: z.enum(['normal', 'urgent']),
    reasons: z.array(z.object({ code: z.string(), text: z.string() })),
  }),
  /** `id` (v1.1 addition) names the kind of open point, e.g. `only_specific_job`, so renderers can relate steps to it. */
  openPoints: z.array(z.object({ text: z.string(), id: z.string().optional() })),
  citations: z.array(Citation),
  /** v1.1 addition (issue 20): the case's dates from lawAsOf on, in date order. */
  caseDates: z.array(CaseDate).optional(),
});
export type Assessment = z.infer<typeof Assessment>;
