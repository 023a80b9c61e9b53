import { spanOf } from './normalize.js';
import type { Doc, Finding } from './types.js';

/**
 * A segment whose subject is someone on the employer's side ("Der Chef ist 58 und kommt aus Polen", "Unser
 * Ausbilder stammt selbst aus der Türkei", "The owner is 47 and comes from Croatia") describes that person,
 * not the candidate: the candidate's age and nationality are not read from it. A segment that also names the
 * candidate ("Unser Chef hat einen Syrer eingestellt", "… the applicant is from Gambia") is read as before.
 */
const EMPLOYER_SIDE =
  /^\W*(?:(?:der|die|unser|unsere|mein|meine|the|our|my) (?:(?:\w+ )?(?:chef|chefin|inhaber|inhaberin|ausbilder|ausbilderin|meister|meisterin|vorgesetzte|vorgesetzter|geschaeftsfuehrer|geschaeftsfuehrerin|teamleiter|teamleiterin|schichtleiter|schichtleiterin|owner|boss|supervisor|manager|trainer|instructor|foreman|director|team leader)))\b/;
const CANDIDATE =
  /\b(?:bewerber\w*|kandidat\w*|azubi\w*|auszubildende\w*|applicant|candidate|trainee|apprentice|ihn|him|einen|eine|einem|a|an)\b/;
const ABOUT_PERSON: ReadonlySet<string> = new Set(['age', 'nationality']);

/** Whether the words at `at` stand in a segment about someone on the employer's side. */
export function aboutOtherPerson(doc: Doc, at: number): boolean {
  const seg = spanOf(doc.segments, at);
  const text = doc.text.slice(seg.start, seg.end);
  const subject = EMPLOYER_SIDE.exec(text);
  return subject !== null && !CANDIDATE.test(text.slice(subject[0].length));
}

/** Drops the age and nationality read from such a segment (nationality.ts already passes over it to the next country). */
export function withoutOtherPersons(doc: Doc, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !ABOUT_PERSON.has(f.key) || !aboutOtherPerson(doc, f.start));
}
