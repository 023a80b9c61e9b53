import type { CaseFacts } from '../../src/domain/facts.js';

/**
 * The verdicts the follow-up questions are asked after: real cases (facts and the date of the law),
 * assessed by the real rules against the real knowledge base in the test.
 */
export interface Verdict {
  facts: CaseFacts;
  lawAsOf: string;
  /** The outcome the case must have, so a rule change cannot silently change what a question is asked after. */
  outcome: 'allowed' | 'permission_required' | 'prohibited' | 'not_possible';
}

const plainDuldung = {
  status: 'duldung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  removalMeasuresPending: false,
} as const;

export const VERDICTS: Record<string, Verdict> = {
  /** A rejected Tunisian, geduldet since 09/2025, no work permission on 11.06.2026: banned (EU/national list). */
  'ban-tn': {
    lawAsOf: '2026-12-07',
    outcome: 'prohibited',
    facts: {
      ...plainDuldung,
      nationality: 'TN',
      asylumApplied: true,
      asylumAppliedOn: '2024-03-01',
      asylumOutcome: 'rejected',
      entryDate: '2024-02-01',
      toleratedSince: '2025-09-01',
      hadWorkPermitOn11June2026: false,
      job: { kind: 'employment', hoursPerWeek: 30 },
    },
  },
  /** "Erwerbstätigkeit nicht gestattet" on the document. */
  'ban-clause': {
    lawAsOf: '2026-12-07',
    outcome: 'prohibited',
    facts: {
      status: 'duldung',
      workClause: 'erwerbstaetigkeit_nicht_gestattet',
      nationality: 'IQ',
      job: { kind: 'employment' },
    },
  },
  /** A Syrian who entered in 10/2026: the permission procedure, and the three months end with 15.01.2027; work from 16.01.2027 (§§ 187 Abs. 1, 188 Abs. 2 BGB). */
  'wait-sy': {
    lawAsOf: '2026-11-22',
    outcome: 'permission_required',
    facts: {
      ...plainDuldung,
      nationality: 'SY',
      entryDate: '2026-10-15',
      livesInReceptionCentre: false,
      job: { kind: 'employment', hoursPerWeek: 40, hourlyWage: 14 },
    },
  },
  /** An Afghan here since 2019: four years of stay, so no BA consent; the ABH alone decides. */
  'permission-af': {
    lawAsOf: '2026-11-22',
    outcome: 'permission_required',
    facts: {
      ...plainDuldung,
      nationality: 'AF',
      entryDate: '2019-05-01',
      toleratedSince: '2021-01-01',
      job: { kind: 'employment', hoursPerWeek: 35 },
    },
  },
  /** "Beschäftigung gestattet" on a Duldung valid until 31.03.2027: allowed now. */
  'allowed-duldung': {
    lawAsOf: '2026-11-22',
    outcome: 'allowed',
    facts: {
      status: 'duldung',
      workClause: 'beschaeftigung_gestattet',
      nationality: 'SY',
      documentValidUntil: '2027-03-31',
      removalMeasuresPending: false,
      job: { kind: 'employment', hoursPerWeek: 20 },
    },
  },
  /** A Beschäftigungsduldung holder hired: allowed, with the two-week notice of § 60d Abs. 3 S. 3. */
  'employment-toleration': {
    lawAsOf: '2026-11-22',
    outcome: 'allowed',
    facts: {
      status: 'beschaeftigungsduldung',
      workClause: 'beschaeftigung_gestattet',
      nationality: 'IQ',
      documentValidUntil: '2027-06-30',
      removalMeasuresPending: false,
      job: { kind: 'employment', hoursPerWeek: 38 },
    },
  },
  /** An Ausbildungsduldung for the training at this company. */
  'training-60c': {
    lawAsOf: '2026-11-22',
    outcome: 'allowed',
    facts: {
      status: 'ausbildungsduldung',
      workClause: 'beschaeftigung_gestattet',
      nationality: 'GN',
      documentValidUntil: '2028-08-31',
      removalMeasuresPending: false,
      job: { kind: 'vocational_training' },
    },
  },
  /** A six-week orientation internship: permission of the ABH, no BA consent, no minimum wage (§ 22 MiLoG). */
  'internship-orientation': {
    lawAsOf: '2026-11-22',
    outcome: 'permission_required',
    facts: { ...plainDuldung, nationality: 'AF', entryDate: '2022-03-01', job: { kind: 'internship_orientation' } },
  },
  /** A minijob of 10 hours at 13.90 €. */
  minijob: {
    lawAsOf: '2026-11-22',
    outcome: 'permission_required',
    facts: {
      ...plainDuldung,
      nationality: 'PK',
      entryDate: '2023-06-01',
      job: { kind: 'minijob', hoursPerWeek: 10, hourlyWage: 13.9 },
    },
  },
  /** Freelance work on a Duldung: not possible. */
  'self-employment': {
    lawAsOf: '2026-11-22',
    outcome: 'not_possible',
    facts: { ...plainDuldung, nationality: 'RU', entryDate: '2022-01-01', job: { kind: 'self_employment' } },
  },
  /** The employment of a Beschäftigungsduldung holder ends early. */
  'ends-60d': {
    lawAsOf: '2026-12-07',
    outcome: 'allowed',
    facts: {
      status: 'beschaeftigungsduldung',
      workClause: 'beschaeftigung_gestattet',
      nationality: 'IQ',
      event: 'employment_ends_early',
      job: { kind: 'employment' },
    },
  },
};
