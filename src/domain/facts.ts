import { z } from 'zod';
import { PartialDate } from './partial-date.js';

/** ISO date `YYYY-MM-DD`; all legal dates are date-only, never instants. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

export const Status = z.enum([
  'duldung',
  'duldung_ungeklaerte_identitaet',
  'ausbildungsduldung',
  'beschaeftigungsduldung',
  'aufenthaltsgestattung',
  'aufenthaltserlaubnis',
  'other',
]);
export type Status = z.infer<typeof Status>;

export const PermitBasis = z.enum(['104c', '25a', '25b', '16g', '19d', 'other']);

export const WorkClause = z.enum([
  'erwerbstaetigkeit_nicht_gestattet',
  'beschaeftigung_nur_mit_erlaubnis',
  'beschaeftigung_gestattet',
  'nur_bestimmte_taetigkeit',
  'keine_angabe',
]);
export type WorkClause = z.infer<typeof WorkClause>;

export const JobKind = z.enum([
  'employment',
  'minijob',
  'vocational_training',
  'school_training',
  'helper_training',
  'internship_mandatory',
  'internship_orientation',
  'entry_qualification',
  'agency_work',
  'self_employment',
  'family_business',
  /** Probetag, Probearbeit, Hospitation, a § 45 SGB III measure at the employer (contract v1.1 addition). */
  'trial_work',
]);
export type JobKind = z.infer<typeof JobKind>;

export const AsylumOutcome = z.enum(['pending', 'rejected', 'rejected_manifestly_unfounded', 'withdrawn']);
export const GermanLevel = z.enum(['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
export type GermanLevel = z.infer<typeof GermanLevel>;
export const Qualification = z.enum(['none', 'german_vocational', 'german_degree', 'recognised_foreign_degree']);
export const CriminalConvictions = z.enum(['none', 'below_threshold', 'above_threshold']);
export const CaseEvent = z.enum([
  'hire',
  'employment_ends_early',
  'training_ends_early',
  'document_expired',
  'asylum_rejected_while_employed',
]);
export type CaseEvent = z.infer<typeof CaseEvent>;

/** ISO 3166-1 alpha-2 (upper case) or `stateless`. */
export const Nationality = z.union([
  z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. TN'),
  z.literal('stateless'),
]);

/**
 * `first_degree`: parents, children and first-degree in-laws (father-/mother-in-law, son-/daughter-in-law).
 * Siblings, brothers- and sisters-in-law and cousins are `other_relative`.
 */
export const JobRelation = z.enum(['spouse_or_partner', 'first_degree', 'other_relative', 'none']);
export type JobRelation = z.infer<typeof JobRelation>;

export const Job = z
  .object({
    kind: JobKind.optional(),
    hoursPerWeek: z.number().min(0).max(168).optional(),
    hourlyWage: z.number().min(0).max(10_000).optional(),
    matchesQualification: z.boolean().optional(),
    followOnTrainingPromised: z.boolean().optional(),
    /**
     * A training's contract goes to a chamber's register (`chamber`: BBiG/HwO trainings, IHK, HWK …) or, where
     * no register entry is required, is approved by the school or training provider (`school`: nursing under
     * the PflBG, § 16 Abs. 6 PflBG; § 60c Abs. 3 S. 3 AufenthG). Contract v1.1 addition; absent = not said.
     */
    trainingBody: z.enum(['chamber', 'school']).optional(),
    /** § 32 Abs. 2 Nr. 4 BeschV: how the candidate is related to the employer (contract v1.1). */
    relation: JobRelation.optional(),
    /** § 32 Abs. 2 Nr. 4 BeschV: the employer lives in one household with the candidate. */
    sharedHousehold: z.boolean().optional(),
  })
  .strict();
export type Job = z.infer<typeof Job>;

/** Public contract v1 §1 with the v1.1 additions (§5): all fields optional; unknown = absent. */
export const CaseFacts = z
  .object({
    status: Status.optional(),
    permitBasis: PermitBasis.optional(),
    documentValidUntil: PartialDate.optional(),
    workClause: WorkClause.optional(),
    nationality: Nationality.optional(),
    asylumApplied: z.boolean().optional(),
    asylumAppliedOn: PartialDate.optional(),
    asylumOutcome: AsylumOutcome.optional(),
    entryDate: PartialDate.optional(),
    toleratedSince: PartialDate.optional(),
    stayMonths: z.number().int().min(0).max(1200).optional(),
    livesInReceptionCentre: z.boolean().optional(),
    identityClarifiedOn: PartialDate.optional(),
    identityStepsInTime: z.boolean().optional(),
    hadWorkPermitOn11June2026: z.boolean().optional(),
    removalMeasuresPending: z.boolean().optional(),
    /** § 61 Abs. 1 S. 3 Nr. 1 AsylG: a Dublin take-charge request or take-back notification was made. */
    dublinProcedure: z.boolean().optional(),
    /** § 61 Abs. 1 S. 3 Nr. 2 AsylG: international protection already granted in another EU state. */
    protectionInOtherEuState: z.boolean().optional(),
    /** § 61 Abs. 1 S. 7 AsylG: identity proven by a recognised, valid passport or passport substitute. */
    identityByPassport: z.boolean().optional(),
    /** With `workClause: nur_bestimmte_taetigkeit`: the clause names this activity at this employer. */
    workClauseNamesThisJob: z.boolean().optional(),
    job: Job.optional(),
    priorEmploymentMonths: z.number().int().min(0).max(1200).optional(),
    priorHoursPerWeek: z.number().min(0).max(168).optional(),
    livelihoodSecured: z.boolean().optional(),
    germanLevel: GermanLevel.optional(),
    qualification: Qualification.optional(),
    qualifiedEmploymentMonths: z.number().int().min(0).max(1200).optional(),
    age: z.number().int().min(0).max(120).optional(),
    unaccompaniedMinor: z.boolean().optional(),
    criminalConvictions: CriminalConvictions.optional(),
    minorChildren: z.boolean().optional(),
    schoolYearsInGermany: z.number().int().min(0).max(30).optional(),
    adequateHousing: z.boolean().optional(),
    event: CaseEvent.optional(),
    /**
     * Issue 20 (review finding 3): the day the employer learned of the event (the trainee quit "letzten
     * Freitag"). Notice duties run "ab Kenntnis" from it; without it Lotse counts from the day it was told.
     */
    eventKnownOn: IsoDate.optional(),
  })
  .strict();
export type CaseFacts = z.infer<typeof CaseFacts>;

export { DATE_FACT_KEYS, type DateFactKey, FACT_KEYS, FactKey } from './fact-keys.js';
