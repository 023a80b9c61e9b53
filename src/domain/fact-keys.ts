import { z } from 'zod';

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
  'dublinProcedure',
  'protectionInOtherEuState',
  'identityByPassport',
  'workClauseNamesThisJob',
  'job.kind',
  'job.hoursPerWeek',
  'job.hourlyWage',
  'job.matchesQualification',
  'job.followOnTrainingPromised',
  'job.relation',
  'job.sharedHousehold',
  'job.trainingBody',
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
  'eventKnownOn',
] as const;
export const FactKey = z.enum(FACT_KEYS);

/** Date facts (contract v1.1: each may be partial). All but the expiry lie in the past on lawAsOf. */
export const DATE_FACT_KEYS = [
  'entryDate',
  'toleratedSince',
  'asylumAppliedOn',
  'identityClarifiedOn',
  'documentValidUntil',
] as const satisfies readonly FactKey[];
export type DateFactKey = (typeof DATE_FACT_KEYS)[number];
export type FactKey = z.infer<typeof FactKey>;
