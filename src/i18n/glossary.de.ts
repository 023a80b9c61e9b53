/**
 * Legal terms explained in one or two plain sentences (German, source of truth), shared by the
 * employer widget and the adviser inbox so a term reads the same everywhere. `forms` are the ways the
 * term appears in running text (longest first is done by the matcher). English in glossary.en.ts.
 */
export const glossaryDe = {
  nebenbestimmung: {
    forms: ['Nebenbestimmungen', 'Nebenbestimmung'],
    text: 'Der Eintrag auf dem Dokument, ob und wie die Person arbeiten darf, z. B. „Beschäftigung nur mit Erlaubnis der Ausländerbehörde gestattet“. Er steht meist auf der Rückseite oder einem Zusatzblatt.',
  },
  ba: {
    forms: ['Bundesagentur für Arbeit', 'Arbeitsagentur', 'BA'],
    text: 'Die Bundesagentur für Arbeit. Bei vielen Stellen fragt die Ausländerbehörde sie intern um Zustimmung; sie prüft Lohn und Arbeitsbedingungen. Antwortet sie nicht binnen zwei Wochen, gilt die Zustimmung als erteilt.',
  },
  auslaenderbehoerde: {
    forms: ['Ausländerbehörde'],
    text: 'Die Behörde, die über Aufenthalt und Arbeitserlaubnis entscheidet – zuständig ist die am Wohnort der Person, nicht die am Sitz Ihrer Firma.',
  },
  erstaufnahme: {
    forms: ['Erstaufnahmeeinrichtung', 'Aufnahmeeinrichtung', 'Erstaufnahme'],
    text: 'Die Unterkunft, in der Asylsuchende nach der Ankunft wohnen müssen. Solange diese Wohnpflicht gilt, sind die Wartezeiten für Arbeit länger.',
  },
  dublin: {
    forms: ['Dublin-Verfahren', 'Dublin-Fällen', 'Dublin'],
    text: 'Ein Verfahren, in dem geprüft wird, ob ein anderer EU-Staat für den Asylantrag zuständig ist. Läuft es, ist die Wartezeit für Arbeit länger und eine Überstellung möglich.',
  },
  duldung: {
    forms: ['Duldung'],
    text: 'Die Aussetzung der Abschiebung. Sie ist kein Aufenthaltstitel; die Person bleibt ausreisepflichtig. Arbeiten darf sie meist nur mit Erlaubnis der Ausländerbehörde.',
  },
  beschaeftigungsduldung: {
    forms: ['Beschäftigungsduldung'],
    text: 'Eine Duldung für 30 Monate für Menschen, die schon länger arbeiten und ihren Lebensunterhalt überwiegend selbst verdienen (§ 60d AufenthG).',
  },
  ausbildungsduldung: {
    forms: ['Ausbildungsduldung'],
    text: 'Eine Duldung für die Dauer einer qualifizierten Berufsausbildung (§ 60c AufenthG).',
  },
  gestattung: {
    forms: ['Aufenthaltsgestattung'],
    text: 'Das Papier von Asylsuchenden, solange ihr Asylverfahren läuft.',
  },
  herkunftsstaat: {
    forms: [
      'sicherer Herkunftsstaat',
      'sicheren Herkunftsstaat',
      'sicheren Herkunftsstaaten',
      'sicherer Herkunftsstaaten',
    ],
    text: 'Ein Staat, den das Gesetz oder die EU-Liste als sicher einstuft. Für seine Staatsangehörigen gilt nach einem abgelehnten Asylantrag meist ein Arbeitsverbot.',
  },
  haertefall: {
    forms: ['Härtefallkommission'],
    text: 'Ein Gremium des Landes, das die Ausländerbehörde in Ausnahmefällen um einen Aufenthaltstitel ersuchen kann – ein letzter Ausweg ohne Anspruch.',
  },
} as const;

export type GlossaryId = keyof typeof glossaryDe;
export interface GlossaryEntry {
  readonly forms: readonly string[];
  readonly text: string;
}
export type Glossary = Readonly<Record<GlossaryId, GlossaryEntry>>;
