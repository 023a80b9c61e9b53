import type { BaConsent, Outcome, RouteId, RouteStatus } from './assessment.js';
import type { Cites, EntryId } from './citations.js';
import type { FactKey, IsoDate } from './facts.js';
import type { MessageKey } from './messages.js';

/**
 * Internal findings: rules speak in message keys and entry ids, never in prose. assess() renders
 * them through the knowledge port, so every statement the user sees carries its sources.
 */
export type ParamValue = string | number | Text | { readonly list: readonly Text[] };
export interface Text {
  readonly msg: MessageKey;
  readonly params?: Readonly<Record<string, ParamValue>>;
}

export interface Item extends Text {
  readonly id: string;
  readonly cite: Cites;
}
export interface DutyItem extends Item {
  readonly deadlineDays?: number;
}
/**
 * One condition of a route as the facts show it (contract v1.1 addition, review S6 finding 3): `met` (known and
 * fulfilled), `open` (unknown or not yet met), `only_if` (a condition that holds only in a case, e.g. under a ban
 * only a qualification already gained, or an exception at the authority's discretion).
 */
export type ConditionState = 'met' | 'open' | 'only_if';
export interface RouteCondition extends Text {
  readonly state: ConditionState;
}
export interface RouteItem extends Text {
  readonly id: RouteId;
  readonly status: RouteStatus;
  readonly cite: Cites;
  /** The route's conditions with their state; absent on an excluded route (its text says why). */
  readonly conditions?: readonly RouteCondition[];
  /** All decisive ("hard") facts are known and met: a real residence perspective worth an adviser. */
  readonly perspective?: boolean;
}
/** Open points state what the sources or the facts leave open; they may cite the entry that says so. */
export interface OpenPoint extends Text {
  readonly cite?: Cites;
}

export const ESCALATION_CODES = [
  'ban',
  'unclear_identity',
  'removal_pending',
  'open_legal_point',
  'unknown_fact',
  'route_check',
  'outside_scope',
] as const;
export type EscalationCode = (typeof ESCALATION_CODES)[number];
export interface Reason extends Text {
  readonly code: EscalationCode;
}

/** Which decision path the case took; later rules read it instead of re-deciding. */
export type Track = 'none' | 'unknown_status' | 'tolerated' | 'gestattung' | 'permit' | 'other';
export type SafeCountryState = 'ban' | 'no_ban' | 'open' | 'not_checked';

export interface Notes {
  readonly track: Track;
  /** The outcome before a missing decisive fact turned it into `needs_facts`. */
  readonly provisional: Outcome;
  readonly banKind?: 'unclear_identity' | 'clause' | 'safe_country' | 'reception_centre';
  readonly safeCountry: SafeCountryState;
  /** The safe-country ban is the cautious reading of an open point (carve-out fact unknown, EU candidate): possible. */
  readonly cautiousBan?: boolean;
  readonly banCites: readonly EntryId[];
  /** `allowed` turned into `permission_required` only because of a "weiß nicht" answer. */
  readonly downgraded?: boolean;
  /** Why BA consent is not needed although the job kind would need it. */
  readonly baWaived?: 'four_years' | 'family';
}

export interface Draft {
  readonly outcome: Outcome;
  readonly permission: { readonly required: boolean; readonly authority: 'auslaenderbehoerde' | null };
  readonly baConsent: BaConsent;
  readonly earliestStart?: IsoDate;
  /** Absent facts that decide the outcome (→ needs_facts). */
  readonly decisive: readonly FactKey[];
  /** Absent facts worth asking that refine but do not decide the outcome. */
  readonly ask: readonly FactKey[];
  readonly steps: readonly Item[];
  readonly documents: readonly Item[];
  readonly duties: readonly DutyItem[];
  readonly risks: readonly Item[];
  readonly routes: readonly RouteItem[];
  readonly reasons: readonly Reason[];
  readonly openPoints: readonly OpenPoint[];
  readonly notes: Notes;
}

export function emptyDraft(): Draft {
  return {
    outcome: 'needs_facts',
    permission: { required: true, authority: 'auslaenderbehoerde' },
    baConsent: 'unclear',
    decisive: [],
    ask: [],
    steps: [],
    documents: [],
    duties: [],
    risks: [],
    routes: [],
    reasons: [],
    openPoints: [],
    notes: { track: 'none', provisional: 'needs_facts', safeCountry: 'not_checked', banCites: [] },
  };
}

type ListKey = 'decisive' | 'ask' | 'steps' | 'documents' | 'duties' | 'risks' | 'routes' | 'reasons' | 'openPoints';
export type Additions = { readonly [K in ListKey]?: Draft[K] };

/** Appends findings to a draft without mutating it, so every rule stays a pure function of its input. */
export function add(draft: Draft, additions: Additions): Draft {
  const next: Record<string, unknown> = { ...draft };
  for (const [key, values] of Object.entries(additions)) {
    next[key] = [...(draft[key as ListKey] as readonly unknown[]), ...(values as readonly unknown[])];
  }
  return next as unknown as Draft;
}

export const text = (msg: MessageKey, params?: Text['params']): Text => (params ? { msg, params } : { msg });
export const list = (items: readonly Text[]) => ({ list: items });
