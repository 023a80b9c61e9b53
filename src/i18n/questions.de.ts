/** Question texts and option labels per fact key (German, source of truth). */
export const questionsDe = {
  status: {
    text: 'Welches Dokument hat die Person?',
    options: {
      duldung: 'Duldung',
      duldung_ungeklaerte_identitaet: 'Duldung „für Personen mit ungeklärter Identität“',
      ausbildungsduldung: 'Ausbildungsduldung',
      beschaeftigungsduldung: 'Beschäftigungsduldung',
      aufenthaltsgestattung: 'Aufenthaltsgestattung (Asylverfahren)',
      aufenthaltserlaubnis: 'Aufenthaltserlaubnis',
      other: 'Etwas anderes',
    },
  },
  permitBasis: {
    text: 'Nach welchem Paragrafen wurde die Aufenthaltserlaubnis erteilt?',
    options: {
      '104c': '§ 104c (Chancen-Aufenthalt)',
      '25a': '§ 25a',
      '25b': '§ 25b',
      '16g': '§ 16g',
      '19d': '§ 19d',
      other: 'Anderer',
    },
  },
  workClause: {
    text: 'Was steht auf dem Dokument zur Arbeit (Nebenbestimmung)?',
    options: {
      erwerbstaetigkeit_nicht_gestattet: '„Erwerbstätigkeit nicht gestattet“',
      beschaeftigung_nur_mit_erlaubnis: '„Beschäftigung nur mit Erlaubnis der Ausländerbehörde“',
      beschaeftigung_gestattet: '„Beschäftigung gestattet/erlaubt“',
      nur_bestimmte_taetigkeit: 'Nur eine bestimmte Tätigkeit bei einem bestimmten Arbeitgeber',
      keine_angabe: 'Dazu steht nichts darauf',
    },
  },
  nationality: { text: 'Welche Staatsangehörigkeit hat die Person?', options: {} },
  asylumApplied: {
    // Inviting the year and the outcome in the same reply saves two questions ("ja, 2019, abgelehnt").
    text: 'Hat die Person in Deutschland jemals Asyl beantragt? Wenn ja, schreiben Sie gern dazu, wann (das Jahr genügt) und wie es ausgegangen ist.',
    options: {},
  },
  asylumAppliedOn: { text: 'Wann wurde der Asylantrag gestellt (Monat und Jahr genügen)?', options: {} },
  asylumOutcome: {
    text: 'Wie ist das Asylverfahren ausgegangen?',
    options: {
      pending: 'Läuft noch',
      rejected: 'Abgelehnt',
      rejected_manifestly_unfounded: 'Als „offensichtlich unbegründet“ abgelehnt',
      withdrawn: 'Zurückgenommen',
    },
  },
  toleratedSince: { text: 'Seit wann hat die Person ununterbrochen eine Duldung (Monat und Jahr)?', options: {} },
  hadWorkPermitOn11June2026: { text: 'Hatte die Person am 11.06.2026 eine Erlaubnis zu arbeiten?', options: {} },
  'job.kind': {
    text: 'Was möchten Sie der Person anbieten?',
    options: {
      employment: 'Arbeitsstelle (Voll- oder Teilzeit)',
      minijob: 'Minijob',
      vocational_training: 'Betriebliche Ausbildung',
      helper_training: 'Helfer- oder Assistenzausbildung',
      school_training: 'Schulische Ausbildung',
      internship_mandatory: 'Pflichtpraktikum',
      internship_orientation: 'Orientierungspraktikum (bis 3 Monate)',
      entry_qualification: 'Einstiegsqualifizierung (EQ)',
      agency_work: 'Zeitarbeit / Leiharbeit',
      self_employment: 'Selbstständige oder freie Mitarbeit',
      family_business: 'Mitarbeit im Familienbetrieb',
      trial_work: 'Probearbeit, Probetag oder Hospitation',
    },
  },
  'job.hoursPerWeek': { text: 'Wie viele Stunden pro Woche soll die Person arbeiten?', options: {} },
  'job.followOnTrainingPromised': {
    text: 'Gibt es eine Zusage für eine anschließende qualifizierte Ausbildung?',
    options: {},
  },
  livesInReceptionCentre: { text: 'Muss die Person noch in einer Erstaufnahmeeinrichtung wohnen?', options: {} },
  entryDate: { text: 'Seit wann lebt die Person in Deutschland (Monat und Jahr genügen)?', options: {} },
  removalMeasuresPending: {
    text: 'Sind konkrete Schritte zur Abschiebung bekannt (z. B. Flug gebucht, Reisefähigkeitsuntersuchung, Dublin-Verfahren)?',
    options: {},
  },
  documentValidUntil: { text: 'Bis wann ist das Dokument gültig?', options: {} },
  unaccompaniedMinor: { text: 'Ist die Person als unbegleitete(r) Minderjährige(r) eingereist?', options: {} },
  dublinProcedure: {
    text: 'Gibt es für die Person ein Dublin-Verfahren (ein anderer EU-Staat soll für das Asylverfahren zuständig sein)?',
    options: {},
  },
  protectionInOtherEuState: {
    text: 'Hat die Person schon in einem anderen EU-Staat Schutz bekommen (zum Beispiel als Flüchtling anerkannt)?',
    options: {},
  },
  identityByPassport: {
    text: 'Ist die Identität durch einen gültigen Pass oder Passersatz nachgewiesen?',
    options: {},
  },
  workClauseNamesThisJob: {
    text: 'Nennt der Eintrag auf dem Dokument genau diese Tätigkeit in Ihrem Betrieb?',
    options: {},
  },
  'job.relation': {
    text: 'Ist die Person mit Ihnen verwandt?',
    options: {
      spouse_or_partner: 'Ehe- oder Lebenspartner/in',
      first_degree: 'Eltern, Kind, Schwiegereltern oder Schwiegerkind',
      other_relative: 'Anders verwandt (z. B. Geschwister, Schwager, Cousin)',
      none: 'Nicht verwandt',
    },
  },
  'job.sharedHousehold': { text: 'Leben Sie mit der Person in einem gemeinsamen Haushalt?', options: {} },
} as const;

export type QuestionKey = keyof typeof questionsDe;

/** Before a date question asked again because only a year was given and the month decides. */
export const yearOnlyPromptDe =
  'Sie haben nur das Jahr {year} genannt; für die Einschätzung kommt es hier auf den Monat an.';
/** Before a date question asked again because only a month was given and the day decides. */
export const monthOnlyPromptDe = 'Sie haben nur den Monat {month} genannt; hier kommt es auf den genauen Tag an.';
/** Asked again for the day of a month already given: the question names the day, not "Monat und Jahr". */
export const dayQuestionDe = 'An welchem Tag genau (z. B. 15.{monthYear})?';
