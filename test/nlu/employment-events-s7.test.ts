import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/index.js';

const read = (text: string, lang: 'de' | 'en') => understand(text, { lang, today: '2026-12-07' }).patch;

// Session 7 (issue 13, point 3): kinds of endings the reader missed on the retired held-apart set 4 and personas-3/-4,
// each said here in other words than in those sets and in job-facts-3.yaml.
describe('an ending of this employment, whoever ends it', () => {
  it.each([
    // HR compounds of "Kündigung"
    ['Vermerk Personalakte: Arbeitnehmerkündigung, letzter Tag 28.02.2027.', 'de'],
    // a planned dismissal with a date between the modal and the verb
    ['Wir werden ihr zum 15. Februar kündigen müssen.', 'de'],
    // a change of employer
    ['Sie wechselt im Frühjahr den Arbeitgeber.', 'de'],
    ['Er geht ab März zu einer anderen Spedition, sagt er.', 'de'],
    ['She has found a new job and leaves at the end of January.', 'en'],
    ['He starts at another company on 1 February.', 'en'],
    // the business closes, the verb before the employment
    ['Der Standort wird geschlossen, zum 31.3. endet damit sein Arbeitsverhältnis.', 'de'],
    ['We are shutting down the branch in March.', 'en'],
    ['His contract ends early because the project was cancelled.', 'en'],
  ] as const)('%s → employment_ends_early', (text, lang) => {
    expect(read(text, lang).event).toBe('employment_ends_early');
  });

  it.each([
    // a move to us is a hire; an ending only thought about is none; a question about the law names no ending
    ['Er hat bei seiner alten Firma gekündigt und fängt im Januar bei uns an.', 'de'],
    ['He is leaving his current employer to join us in January.', 'en'],
    ['Sie überlegt, ob sie kündigt.', 'de'],
    ['Darf man wegen einer abgelaufenen Duldung fristlos kündigen?', 'de'],
    ['Is a dismissal lawful just because the toleration ran out?', 'en'],
  ] as const)('%s → no ending', (text, lang) => {
    expect(read(text, lang).event).toBeUndefined();
  });
});

describe('a training broken off, the words apart', () => {
  it.each([
    ['Der Lehrling hat seine Ausbildung im Oktober 2025 angefangen und jetzt im November abgebrochen.', 'de'],
    ['Unsere Auszubildende hat gestern alles hingeschmissen.', 'de'],
    ['The trainee is giving up the apprenticeship after six weeks.', 'en'],
    ['His apprenticeship contract was terminated by mutual consent.', 'en'],
  ] as const)('%s → training_ends_early', (text, lang) => {
    expect(read(text, lang).event).toBe('training_ends_early');
  });

  it.each([
    ['Er hat 2019 ein Studium abgebrochen und will jetzt bei uns eine Ausbildung machen.', 'de'],
    ['Seine Ausbildungsduldung lief aus, er hat aber nichts abgebrochen.', 'de'],
  ] as const)('%s → no training ended', (text, lang) => {
    expect(read(text, lang).event).not.toBe('training_ends_early');
  });
});

describe('a document whose validity is told in the past', () => {
  it.each([
    ['Ihre Gestattung war bis zum 30.11. gültig, eine neue gibt es noch nicht.', 'de'],
    ['His permit ran until last Wednesday.', 'en'],
  ] as const)('%s → document_expired', (text, lang) => {
    expect(read(text, lang).event).toBe('document_expired');
  });

  it('a validity renewed since is no expiry', () => {
    expect(read('Die Duldung lief bis Oktober, dann wurde sie bis Ende März verlängert.', 'de').event).toBeUndefined();
  });
});

describe('the asylum claim of a member of staff rejected', () => {
  it.each([
    ['Der Asylantrag unserer Lagerhilfe wurde diese Woche abgelehnt.', 'de'],
    ["Our room attendant's asylum application was refused last week.", 'en'],
  ] as const)('%s → asylum_rejected_while_employed', (text, lang) => {
    expect(read(text, lang).event).toBe('asylum_rejected_while_employed');
  });
});
