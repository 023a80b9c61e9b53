import { z } from 'zod';

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
]);
export type JobKind = z.infer<typeof JobKind>;

export const AsylumOutcome = z.enum(['pending', 'rejected', 'rejected_manifestly_unfounded', 'withdrawn']);
export const GermanLevel = z.enum(['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
export type GermanLevel = z.infer<typeof GermanLevel>;
export const Qualification = z.enum(['none', 'german_vocational', 'german_degree', 'recognised_foreign_degree']);
export const CriminalConvictions = z.enum(['none', 'below_threshold', 'above_threshold']);
export const CaseEvent = z.enum(['hire', 'employment_ends_early', 'training_ends_early', 'document_expired']);
export type CaseEvent = z.infer<typeof CaseEvent>;

/** ISO 3166-1 alpha-2 (upper case) or `stateless`. */
export const Nationality = z.union([
  z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. TN'),
  z.literal('stateless'),
]);

export const Job = z
  .object({
    kind: JobKind.optional(),
    hoursPerWeek: z.number().min(0).max(168).optional(),
    hourlyWage: z.number().min(0).max(10_000).optional(),
    matchesQualification: z.boolean().optional(),
    followOnTrainingPromised: z.boolean().optional(),
  })
  .strict();
export type Job = z.infer<typeof Job>;

/** Public contract v1 §1: all fields optional; unknown = absent. */
export const CaseFacts = z
  .object({
    status: Status.optional(),
    permitBasis: PermitBasis.optional(),
    documentValidUntil: IsoDate.optional(),
    workClause: WorkClause.optional(),
    nationality: Nationality.optional(),
    asylumApplied: z.boolean().optional(),
    asylumAppliedOn: IsoDate.optional(),
    asylumOutcome: AsylumOutcome.optional(),
    entryDate: IsoDate.optional(),
    toleratedSince: IsoDate.optional(),
    stayMonths: z.number().int().min(0).max(1200).optional(),
    livesInReceptionCentre: z.boolean().optional(),
    identityClarifiedOn: IsoDate.optional(),
    identityStepsInTime: z.boolean().optional(),
    hadWorkPermitOn11June2026: z.boolean().optional(),
    removalMeasuresPending: z.boolean().optional(),
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
  })
  .strict();
export type CaseFacts = z.infer<typeof CaseFacts>;

/**
 * Flat fact keys as used by `missingFacts`, `unknown` and `pendingQuestion.factKey`.
 * Nested job facts are addressed with a dot (`job.kind`).
 */
export const FACT_KEYS = [
  'status',
  'permitBasis',
  'documentValidUntil',
  'workClause',
  'nationality',
  'asylumApplied',
  'asylumAppliedOn',
  'asylumOutcome',
  'entryDate',
  'toleratedSince',
  'stayMonths',
  'livesInReceptionCentre',
  'identityClarifiedOn',
  'identityStepsInTime',
  'hadWorkPermitOn11June2026',
  'removalMeasuresPending',
  'job.kind',
  'job.hoursPerWeek',
  'job.hourlyWage',
  'job.matchesQualification',
  'job.followOnTrainingPromised',
  'priorEmploymentMonths',
  'priorHoursPerWeek',
  'livelihoodSecured',
  'germanLevel',
  'qualification',
  'qualifiedEmploymentMonths',
  'age',
  'unaccompaniedMinor',
  'criminalConvictions',
  'minorChildren',
  'schoolYearsInGermany',
  'adequateHousing',
  'event',
] as const;
export const FactKey = z.enum(FACT_KEYS);
export type FactKey = z.infer<typeof FactKey>;
