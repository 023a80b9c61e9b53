import type { FactLabel, FactLabelKey, factLabelsDe, factWordsDe } from './fact-labels.de.js';

/** The English catalogue has every key and every value of the German one, and nothing else. */
type Same<L> = L extends { kind: 'enum'; values: infer V }
  ? { kind: 'enum'; label: string; values: { readonly [K in keyof V]: string } }
  : L extends { kind: infer K }
    ? Extract<FactLabel, { kind: K }>
    : never;
type Catalogue = { readonly [K in FactLabelKey]: Same<(typeof factLabelsDe)[K]> };

export const factLabelsEn: Catalogue = {
  status: {
    kind: 'enum',
    label: 'Document',
    values: {
      duldung: 'Toleration (Duldung)',
      duldung_ungeklaerte_identitaet: 'Toleration for persons with unclear identity',
      ausbildungsduldung: 'Training toleration',
      beschaeftigungsduldung: 'Employment toleration',
      aufenthaltsgestattung: "Asylum-seeker's residence document (Gestattung)",
      aufenthaltserlaubnis: 'Residence permit',
      other: 'other document',
    },
  },
  permitBasis: {
    kind: 'enum',
    label: 'Section of the residence permit',
    values: {
      '104c': 'under § 104c (opportunity residence)',
      '25a': 'under § 25a',
      '25b': 'under § 25b',
      '16g': 'under § 16g',
      '19d': 'under § 19d',
      other: 'under another section',
    },
  },
  documentValidUntil: { kind: 'date', label: 'Valid until', text: 'valid until {date}' },
  workClause: {
    kind: 'enum',
    label: 'Work condition',
    values: {
      erwerbstaetigkeit_nicht_gestattet: '"gainful activity not permitted"',
      beschaeftigung_nur_mit_erlaubnis: '"employment only with permission"',
      beschaeftigung_gestattet: '"employment permitted"',
      nur_bestimmte_taetigkeit: 'work only for a specific job',
      keine_angabe: 'nothing about work',
    },
  },
  workClauseNamesThisJob: {
    kind: 'boolean',
    label: 'Condition names this job',
    yes: 'condition names exactly this job',
    no: 'condition names another job',
  },
  nationality: { kind: 'country', label: 'Nationality', stateless: 'stateless' },
  asylumApplied: {
    kind: 'boolean',
    label: 'Asylum application',
    yes: 'applied for asylum',
    no: 'never applied for asylum',
  },
  asylumAppliedOn: { kind: 'date', label: 'Date of asylum application', text: 'asylum application {date}' },
  asylumOutcome: {
    kind: 'enum',
    label: 'Asylum procedure',
    values: {
      pending: 'asylum procedure pending',
      rejected: 'asylum rejected',
      rejected_manifestly_unfounded: 'asylum rejected as manifestly unfounded',
      withdrawn: 'asylum application withdrawn',
    },
  },
  dublinProcedure: { kind: 'boolean', label: 'Dublin procedure', yes: 'Dublin procedure', no: 'no Dublin procedure' },
  protectionInOtherEuState: {
    kind: 'boolean',
    label: 'Protection in another EU state',
    yes: 'protection in another EU state',
    no: 'no protection in another EU state',
  },
  entryDate: { kind: 'date', label: 'Entry', text: 'entered {date}' },
  toleratedSince: { kind: 'date', label: 'Tolerated since', text: 'tolerated since {date}' },
  stayMonths: { kind: 'number', label: 'Stay', text: '{n} months in Germany', amount: '{n} months' },
  livesInReceptionCentre: {
    kind: 'boolean',
    label: 'Reception centre',
    yes: 'lives in a reception centre',
    no: 'does not live in a reception centre',
  },
  identityClarifiedOn: { kind: 'date', label: 'Identity clarified', text: 'identity clarified {date}' },
  identityByPassport: {
    kind: 'boolean',
    label: 'Identity by passport',
    yes: 'identity proven by passport',
    no: 'identity not proven by passport',
  },
  identityStepsInTime: {
    kind: 'boolean',
    label: 'Steps to clarify identity',
    yes: 'took the steps to clarify identity in time',
    no: 'did not take the steps to clarify identity in time',
  },
  hadWorkPermitOn11June2026: {
    kind: 'boolean',
    label: 'Work permission on 11 June 2026',
    yes: 'work permission on 11 June 2026',
    no: 'no work permission on 11 June 2026',
  },
  removalMeasuresPending: {
    kind: 'boolean',
    label: 'Removal',
    yes: 'concrete removal measures',
    no: 'no removal measures',
  },
  'job.kind': {
    kind: 'enum',
    label: 'Activity',
    values: {
      employment: 'job',
      minijob: 'minijob',
      vocational_training: 'in-company vocational training',
      school_training: 'school-based training',
      helper_training: 'helper training',
      internship_mandatory: 'mandatory internship',
      internship_orientation: 'orientation internship',
      entry_qualification: 'entry qualification (EQ)',
      agency_work: 'agency work',
      self_employment: 'self-employment',
      family_business: 'work in the family business',
      trial_work: 'trial work or work shadowing',
    },
  },
  'job.hoursPerWeek': { kind: 'number', label: 'Hours a week', text: '{n} hours a week', amount: '{n} hours a week' },
  'job.hourlyWage': { kind: 'number', label: 'Hourly wage', text: '€{n} an hour', amount: '€{n} an hour' },
  'job.matchesQualification': {
    kind: 'boolean',
    label: 'Matches qualification',
    yes: 'job matches the qualification',
    no: 'job does not match the qualification',
  },
  'job.followOnTrainingPromised': {
    kind: 'boolean',
    label: 'Follow-on training',
    yes: 'training place promised afterwards',
    no: 'no training place promised afterwards',
  },
  'job.relation': {
    kind: 'enum',
    label: 'Relation to the employer',
    values: {
      spouse_or_partner: "employer's spouse or partner",
      first_degree: 'first-degree relative of the employer',
      other_relative: 'other relative of the employer',
      none: 'not related to the employer',
    },
  },
  'job.trainingBody': {
    kind: 'enum',
    label: 'Body in charge of the training',
    values: {
      chamber: 'contract registered with the chamber',
      school: 'contract approved by the school (e.g. nursing)',
    },
  },
  'job.sharedHousehold': {
    kind: 'boolean',
    label: 'Shared household',
    yes: "lives in the employer's household",
    no: "does not live in the employer's household",
  },
  priorEmploymentMonths: {
    kind: 'number',
    label: 'Employed so far',
    text: 'employed for {n} months',
    amount: '{n} months',
  },
  priorHoursPerWeek: {
    kind: 'number',
    label: 'Hours so far',
    text: '{n} hours a week so far',
    amount: '{n} hours a week',
  },
  livelihoodSecured: {
    kind: 'boolean',
    label: 'Livelihood',
    yes: 'livelihood secured',
    no: 'livelihood not secured',
  },
  germanLevel: {
    kind: 'enum',
    label: 'German',
    values: {
      none: 'no German',
      A1: 'German A1',
      A2: 'German A2',
      B1: 'German B1',
      B2: 'German B2',
      C1: 'German C1',
      C2: 'German C2',
    },
  },
  qualification: {
    kind: 'enum',
    label: 'Qualification',
    values: {
      none: 'no vocational qualification',
      german_vocational: 'vocational training in Germany',
      german_degree: 'degree from Germany',
      recognised_foreign_degree: 'recognised foreign qualification',
    },
  },
  qualifiedEmploymentMonths: {
    kind: 'number',
    label: 'As a skilled worker',
    text: '{n} months as a skilled worker',
    amount: '{n} months',
  },
  age: { kind: 'number', label: 'Age', text: '{n} years old', amount: '{n} years' },
  unaccompaniedMinor: {
    kind: 'boolean',
    label: 'Unaccompanied minor',
    yes: 'came as an unaccompanied minor',
    no: 'did not come as an unaccompanied minor',
  },
  criminalConvictions: {
    kind: 'enum',
    label: 'Convictions',
    values: {
      none: 'no convictions',
      below_threshold: 'minor conviction',
      above_threshold: 'conviction above the threshold',
    },
  },
  minorChildren: { kind: 'boolean', label: 'Minor children', yes: 'minor children', no: 'no minor children' },
  schoolYearsInGermany: {
    kind: 'number',
    label: 'School years',
    text: '{n} school years in Germany',
    amount: '{n} years',
  },
  adequateHousing: {
    kind: 'boolean',
    label: 'Housing',
    yes: 'adequate housing',
    no: 'housing not adequate',
  },
  event: {
    kind: 'enum',
    label: 'Occasion',
    values: {
      hire: 'hiring',
      employment_ends_early: 'employment ends',
      training_ends_early: 'training ends early',
      document_expired: 'document expired',
      asylum_rejected_while_employed: 'asylum rejected while employed',
    },
  },
  eventKnownOn: { kind: 'date', label: 'Known since', text: 'learned of it on {date}' },
};

export const factWordsEn: Record<keyof typeof factWordsDe, string> = {
  monthUnknown: '{year} (month?)',
  unknown: '{label}: not known',
  understood: 'Understood: {facts}',
  corrected: 'Corrected: {facts}',
  instead: '{now} instead of {before}',
  separator: ' · ',
};
