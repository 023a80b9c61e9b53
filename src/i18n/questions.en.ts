import type { QuestionKey, questionsDe } from './questions.de.js';

type Catalogue = {
  [K in QuestionKey]: { text: string; options: { [O in keyof (typeof questionsDe)[K]['options']]: string } };
};

/** Before a date question asked again because only a year was given and the month decides. */
export const yearOnlyPromptEn = 'You gave only the year {year}; the month matters for the assessment here.';
/** Before a date question asked again because only a month was given and the day decides. */
export const monthOnlyPromptEn = 'You gave only the month {month}; the exact day matters here.';
/** Asked again for the day of a month already given: the question names the day, not "month and year". */
export const dayQuestionEn = 'On which day exactly (e.g. 15 {month})?';

export const questionsEn: Catalogue = {
  status: {
    text: 'Which document does the person hold?',
    options: {
      duldung: 'Toleration (Duldung)',
      duldung_ungeklaerte_identitaet: 'Toleration "for persons with unclear identity"',
      ausbildungsduldung: 'Training toleration (Ausbildungsduldung)',
      beschaeftigungsduldung: 'Employment toleration (Beschäftigungsduldung)',
      aufenthaltsgestattung: "Asylum-seeker's residence document (Gestattung)",
      aufenthaltserlaubnis: 'Residence permit',
      other: 'Something else',
    },
  },
  permitBasis: {
    text: 'Under which section was the residence permit issued?',
    options: {
      '104c': '§ 104c (opportunity residence)',
      '25a': '§ 25a',
      '25b': '§ 25b',
      '16g': '§ 16g',
      '19d': '§ 19d',
      other: 'Other',
    },
  },
  workClause: {
    text: 'What does the document say about work (work condition)?',
    options: {
      erwerbstaetigkeit_nicht_gestattet: '"Erwerbstätigkeit nicht gestattet" (gainful activity not permitted)',
      beschaeftigung_nur_mit_erlaubnis: '"Beschäftigung nur mit Erlaubnis der Ausländerbehörde" (only with permission)',
      beschaeftigung_gestattet: '"Beschäftigung gestattet/erlaubt" (employment permitted)',
      nur_bestimmte_taetigkeit: 'Only a specific job with a specific employer',
      keine_angabe: 'Nothing about work',
    },
  },
  nationality: { text: 'What is the person’s nationality?', options: {} },
  asylumApplied: {
    text: 'Has the person ever applied for asylum in Germany? If so, feel free to add when (the year is enough) and how it ended.',
    options: {},
  },
  asylumAppliedOn: { text: 'When was the asylum application made (month and year are enough)?', options: {} },
  asylumOutcome: {
    text: 'What was the outcome of the asylum procedure?',
    options: {
      pending: 'Still pending',
      rejected: 'Rejected',
      rejected_manifestly_unfounded: 'Rejected as "manifestly unfounded"',
      withdrawn: 'Withdrawn',
    },
  },
  toleratedSince: {
    text: 'Since when has the person held a toleration without interruption (month and year)?',
    options: {},
  },
  hadWorkPermitOn11June2026: { text: 'Did the person hold a permission to work on 11 June 2026?', options: {} },
  'job.kind': {
    text: 'What would you like to offer the person?',
    options: {
      employment: 'A job (full or part time)',
      minijob: 'Minijob',
      vocational_training: 'In-company vocational training',
      helper_training: 'Helper or assistant training',
      school_training: 'School-based training',
      internship_mandatory: 'Mandatory internship',
      internship_orientation: 'Orientation internship (up to 3 months)',
      entry_qualification: 'Entry qualification (EQ)',
      agency_work: 'Temporary agency work',
      self_employment: 'Self-employment or freelance work',
      family_business: 'Work in the family business',
      trial_work: 'Trial work (trial day, work trial)',
    },
  },
  'job.hoursPerWeek': { text: 'How many hours a week would the person work?', options: {} },
  'job.followOnTrainingPromised': { text: 'Is there a promise of a follow-on qualified training place?', options: {} },
  livesInReceptionCentre: { text: 'Does the person still have to live in a reception centre?', options: {} },
  entryDate: { text: 'Since when has the person lived in Germany (month and year are enough)?', options: {} },
  removalMeasuresPending: {
    text: 'Are concrete removal steps known (e.g. flight booked, fitness-to-travel examination, Dublin procedure)?',
    options: {},
  },
  documentValidUntil: { text: 'Until when is the document valid?', options: {} },
  unaccompaniedMinor: { text: 'Did the person enter Germany as an unaccompanied minor?', options: {} },
  dublinProcedure: {
    text: 'Is there a Dublin procedure for the person (another EU state is to be responsible for the asylum claim)?',
    options: {},
  },
  protectionInOtherEuState: {
    text: 'Has the person already been granted protection in another EU state (for example recognised as a refugee)?',
    options: {},
  },
  identityByPassport: { text: 'Is the identity proven by a valid passport or passport substitute?', options: {} },
  workClauseNamesThisJob: {
    text: 'Does the entry on the document name exactly this job at your business?',
    options: {},
  },
  'job.relation': {
    text: 'Is the person related to you?',
    options: {
      spouse_or_partner: 'Spouse or partner',
      first_degree: 'Parent, child, parent-in-law or child-in-law',
      other_relative: 'Another relative (e.g. sibling, brother-in-law, cousin)',
      none: 'Not related',
    },
  },
  'job.sharedHousehold': { text: 'Do you live in one household with the person?', options: {} },
};
