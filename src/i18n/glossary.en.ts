import type { Glossary } from './glossary.de.js';

/** Legal terms explained, English (terms as in the glossary of the product, German term kept where employers see it). */
export const glossaryEn: Glossary = {
  nebenbestimmung: {
    forms: ['work condition on the document', 'Nebenbestimmung', 'work condition'],
    text: 'The entry on the document saying whether and how the person may work, e.g. “Beschäftigung nur mit Erlaubnis der Ausländerbehörde gestattet” (employment only with the immigration office’s permission). It is usually on the back or on a supplementary sheet.',
  },
  ba: {
    forms: ['Federal Employment Agency', 'BA'],
    text: 'The Federal Employment Agency (Bundesagentur für Arbeit). For many jobs the immigration office asks it internally for consent; it checks pay and working conditions. If it does not answer within two weeks, consent is deemed given.',
  },
  auslaenderbehoerde: {
    forms: ['immigration office', 'Ausländerbehörde'],
    text: 'The authority deciding on residence and work permission – the one where the person lives, not the one at your company’s seat.',
  },
  erstaufnahme: {
    forms: ['initial reception centre', 'reception centre'],
    text: 'The accommodation asylum seekers must live in after arrival. While that duty applies, the waiting periods for work are longer.',
  },
  dublin: {
    forms: ['Dublin procedure', 'Dublin cases', 'Dublin'],
    text: 'A procedure checking whether another EU state is responsible for the asylum application. While it runs, the waiting period for work is longer and a transfer is possible.',
  },
  duldung: {
    forms: ['toleration (Duldung)', 'Duldung', 'toleration'],
    text: 'A suspension of deportation. It is not a residence permit; the person remains obliged to leave. Work usually needs the immigration office’s permission.',
  },
  beschaeftigungsduldung: {
    forms: ['employment toleration', 'Beschäftigungsduldung'],
    text: 'A 30-month toleration for people who have worked for some time and mostly earn their own living (§ 60d AufenthG).',
  },
  ausbildungsduldung: {
    forms: ['training toleration', 'Ausbildungsduldung'],
    text: 'A toleration for the duration of a qualified vocational training (§ 60c AufenthG).',
  },
  gestattung: {
    forms: ["asylum-seeker's residence document", 'Aufenthaltsgestattung', 'Gestattung'],
    text: 'The document of asylum seekers while their asylum procedure runs.',
  },
  herkunftsstaat: {
    forms: ['safe country of origin', 'safe countries of origin'],
    text: 'A country the law or the EU list classes as safe. After a rejected asylum application its nationals are usually barred from work.',
  },
  haertefall: {
    forms: ['hardship commission', 'Härtefallkommission'],
    text: 'A body of the federal state that can ask the immigration office to grant a residence permit in exceptional cases – a last resort without a right to it.',
  },
};
