/**
 * Plain words for a fact and its value (German, source of truth): the "Verstanden: …" line, the
 * widget's fact chips, the Slack context block and the adviser's case card. Short enough for a chip.
 * `{date}` is a partial date as said (see fact-labels.ts), `{n}` a number in the reader's format.
 */
export type FactLabel =
  | { kind: 'boolean'; label: string; yes: string; no: string }
  | { kind: 'enum'; label: string; values: Readonly<Record<string, string>> }
  | { kind: 'date'; label: string; text: string }
  /** `amount`: the number with its unit, for a labelled list ("Bisher beschäftigt: 32 Monate"). */
  | { kind: 'number'; label: string; text: string; amount: string }
  | { kind: 'country'; label: string; stateless: string };

export const factLabelsDe = {
  status: {
    kind: 'enum',
    label: 'Dokument',
    values: {
      duldung: 'Duldung',
      duldung_ungeklaerte_identitaet: 'Duldung für Personen mit ungeklärter Identität',
      ausbildungsduldung: 'Ausbildungsduldung',
      beschaeftigungsduldung: 'Beschäftigungsduldung',
      aufenthaltsgestattung: 'Aufenthaltsgestattung',
      aufenthaltserlaubnis: 'Aufenthaltserlaubnis',
      other: 'anderes Dokument',
    },
  },
  permitBasis: {
    kind: 'enum',
    label: 'Paragraf der Aufenthaltserlaubnis',
    values: {
      '104c': 'nach § 104c (Chancen-Aufenthalt)',
      '25a': 'nach § 25a',
      '25b': 'nach § 25b',
      '16g': 'nach § 16g',
      '19d': 'nach § 19d',
      other: 'nach einem anderen Paragrafen',
    },
  },
  documentValidUntil: { kind: 'date', label: 'Gültigkeit', text: 'gültig bis {date}' },
  workClause: {
    kind: 'enum',
    label: 'Eintrag zur Arbeit',
    values: {
      erwerbstaetigkeit_nicht_gestattet: '„Erwerbstätigkeit nicht gestattet“',
      beschaeftigung_nur_mit_erlaubnis: '„Beschäftigung nur mit Erlaubnis“',
      beschaeftigung_gestattet: '„Beschäftigung gestattet“',
      nur_bestimmte_taetigkeit: 'Arbeit nur für eine bestimmte Stelle',
      keine_angabe: 'nichts zur Arbeit eingetragen',
    },
  },
  workClauseNamesThisJob: {
    kind: 'boolean',
    label: 'Eintrag nennt diese Stelle',
    yes: 'Eintrag nennt genau diese Stelle',
    no: 'Eintrag nennt eine andere Stelle',
  },
  nationality: { kind: 'country', label: 'Staatsangehörigkeit', stateless: 'staatenlos' },
  asylumApplied: { kind: 'boolean', label: 'Asylantrag', yes: 'Asylantrag gestellt', no: 'nie Asyl beantragt' },
  asylumAppliedOn: { kind: 'date', label: 'Datum des Asylantrags', text: 'Asylantrag {date}' },
  asylumOutcome: {
    kind: 'enum',
    label: 'Asylverfahren',
    values: {
      pending: 'Asylverfahren läuft',
      rejected: 'Asylantrag abgelehnt',
      rejected_manifestly_unfounded: 'Asylantrag als offensichtlich unbegründet abgelehnt',
      withdrawn: 'Asylantrag zurückgenommen',
    },
  },
  dublinProcedure: { kind: 'boolean', label: 'Dublin-Verfahren', yes: 'Dublin-Verfahren', no: 'kein Dublin-Verfahren' },
  protectionInOtherEuState: {
    kind: 'boolean',
    label: 'Schutz in anderem EU-Staat',
    yes: 'Schutz in einem anderen EU-Staat',
    no: 'kein Schutz in einem anderen EU-Staat',
  },
  entryDate: { kind: 'date', label: 'Einreise', text: 'Einreise {date}' },
  toleratedSince: { kind: 'date', label: 'Duldung seit', text: 'Duldung seit {date}' },
  stayMonths: { kind: 'number', label: 'Aufenthalt', text: '{n} Monate in Deutschland', amount: '{n} Monate' },
  livesInReceptionCentre: {
    kind: 'boolean',
    label: 'Erstaufnahme',
    yes: 'wohnt in der Erstaufnahme',
    no: 'wohnt nicht in der Erstaufnahme',
  },
  identityClarifiedOn: { kind: 'date', label: 'Identität geklärt', text: 'Identität geklärt {date}' },
  identityByPassport: {
    kind: 'boolean',
    label: 'Identität durch Pass',
    yes: 'Identität durch Pass nachgewiesen',
    no: 'Identität nicht durch Pass nachgewiesen',
  },
  identityStepsInTime: {
    kind: 'boolean',
    label: 'Mitwirkung bei der Identitätsklärung',
    yes: 'bei der Identitätsklärung rechtzeitig mitgewirkt',
    no: 'bei der Identitätsklärung nicht rechtzeitig mitgewirkt',
  },
  hadWorkPermitOn11June2026: {
    kind: 'boolean',
    label: 'Arbeitserlaubnis am 11.06.2026',
    yes: 'Arbeitserlaubnis am 11.06.2026',
    no: 'keine Arbeitserlaubnis am 11.06.2026',
  },
  removalMeasuresPending: {
    kind: 'boolean',
    label: 'Abschiebung',
    yes: 'Abschiebung konkret eingeleitet',
    no: 'keine Abschiebungsmaßnahmen',
  },
  'job.kind': {
    kind: 'enum',
    label: 'Tätigkeit',
    values: {
      employment: 'Arbeitsstelle',
      minijob: 'Minijob',
      vocational_training: 'betriebliche Ausbildung',
      school_training: 'schulische Ausbildung',
      helper_training: 'Helferausbildung',
      internship_mandatory: 'Pflichtpraktikum',
      internship_orientation: 'Orientierungspraktikum',
      entry_qualification: 'Einstiegsqualifizierung',
      agency_work: 'Zeitarbeit',
      self_employment: 'Selbstständigkeit',
      family_business: 'Mitarbeit im Familienbetrieb',
      trial_work: 'Probearbeit oder Hospitation',
    },
  },
  'job.hoursPerWeek': { kind: 'number', label: 'Wochenstunden', text: '{n} Std./Woche', amount: '{n} Std./Woche' },
  'job.hourlyWage': { kind: 'number', label: 'Stundenlohn', text: '{n} €/Std.', amount: '{n} €/Std.' },
  'job.matchesQualification': {
    kind: 'boolean',
    label: 'Passt zur Qualifikation',
    yes: 'Stelle passt zur Qualifikation',
    no: 'Stelle passt nicht zur Qualifikation',
  },
  'job.followOnTrainingPromised': {
    kind: 'boolean',
    label: 'Anschließende Ausbildung',
    yes: 'Ausbildungsplatz danach zugesagt',
    no: 'kein Ausbildungsplatz danach zugesagt',
  },
  'job.relation': {
    kind: 'enum',
    label: 'Verwandtschaft mit dem Arbeitgeber',
    values: {
      spouse_or_partner: 'Ehe- oder Lebenspartner des Arbeitgebers',
      first_degree: 'Verwandt ersten Grades mit dem Arbeitgeber',
      other_relative: 'anders verwandt mit dem Arbeitgeber',
      none: 'nicht verwandt mit dem Arbeitgeber',
    },
  },
  'job.trainingBody': {
    kind: 'enum',
    label: 'Zuständige Stelle der Ausbildung',
    values: {
      chamber: 'Ausbildungsvertrag bei der Kammer',
      school: 'Ausbildungsvertrag über die Schule (z. B. Pflege)',
    },
  },
  'job.sharedHousehold': {
    kind: 'boolean',
    label: 'Gemeinsamer Haushalt',
    yes: 'lebt im Haushalt des Arbeitgebers',
    no: 'lebt nicht im Haushalt des Arbeitgebers',
  },
  priorEmploymentMonths: {
    kind: 'number',
    label: 'Bisher beschäftigt',
    text: 'seit {n} Monaten beschäftigt',
    amount: '{n} Monate',
  },
  priorHoursPerWeek: {
    kind: 'number',
    label: 'Bisherige Wochenstunden',
    text: 'bisher {n} Std./Woche',
    amount: '{n} Std./Woche',
  },
  livelihoodSecured: {
    kind: 'boolean',
    label: 'Lebensunterhalt',
    yes: 'Lebensunterhalt gesichert',
    no: 'Lebensunterhalt nicht gesichert',
  },
  germanLevel: {
    kind: 'enum',
    label: 'Deutschkenntnisse',
    values: {
      none: 'keine Deutschkenntnisse',
      A1: 'Deutsch A1',
      A2: 'Deutsch A2',
      B1: 'Deutsch B1',
      B2: 'Deutsch B2',
      C1: 'Deutsch C1',
      C2: 'Deutsch C2',
    },
  },
  qualification: {
    kind: 'enum',
    label: 'Qualifikation',
    values: {
      none: 'keine Berufsausbildung',
      german_vocational: 'Berufsausbildung in Deutschland',
      german_degree: 'Studium in Deutschland',
      recognised_foreign_degree: 'anerkannter ausländischer Abschluss',
    },
  },
  qualifiedEmploymentMonths: {
    kind: 'number',
    label: 'Als Fachkraft',
    text: '{n} Monate als Fachkraft',
    amount: '{n} Monate',
  },
  age: { kind: 'number', label: 'Alter', text: '{n} Jahre alt', amount: '{n} Jahre' },
  unaccompaniedMinor: {
    kind: 'boolean',
    label: 'Unbegleitet minderjährig',
    yes: 'unbegleitet minderjährig eingereist',
    no: 'nicht unbegleitet minderjährig eingereist',
  },
  criminalConvictions: {
    kind: 'enum',
    label: 'Vorstrafen',
    values: {
      none: 'keine Vorstrafen',
      below_threshold: 'geringe Vorstrafe',
      above_threshold: 'Vorstrafe über der Grenze',
    },
  },
  minorChildren: {
    kind: 'boolean',
    label: 'Minderjährige Kinder',
    yes: 'minderjährige Kinder',
    no: 'keine minderjährigen Kinder',
  },
  schoolYearsInGermany: {
    kind: 'number',
    label: 'Schuljahre',
    text: '{n} Schuljahre in Deutschland',
    amount: '{n} Jahre',
  },
  adequateHousing: {
    kind: 'boolean',
    label: 'Wohnraum',
    yes: 'ausreichender Wohnraum',
    no: 'Wohnraum nicht ausreichend',
  },
  event: {
    kind: 'enum',
    label: 'Anlass',
    values: {
      hire: 'Einstellung',
      employment_ends_early: 'Beschäftigung endet',
      training_ends_early: 'Ausbildung endet vorzeitig',
      document_expired: 'Dokument abgelaufen',
      asylum_rejected_while_employed: 'Asylantrag während der Beschäftigung abgelehnt',
    },
  },
  eventKnownOn: { kind: 'date', label: 'Bekannt seit', text: 'davon erfahren am {date}' },
} as const satisfies Record<string, FactLabel>;

export type FactLabelKey = keyof typeof factLabelsDe;

/** The words around partial dates, unknown values and the "understood" line. */
export const factWordsDe = {
  monthUnknown: '{year} (Monat?)',
  unknown: '{label}: weiß nicht',
  understood: 'Verstanden: {facts}',
  corrected: 'Korrigiert: {facts}',
  instead: '{now} statt {before}',
  separator: ' · ',
} as const;
