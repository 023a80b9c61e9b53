import { extractNationality } from './nationality.js';
import { spanOf } from './normalize.js';
import type { Doc } from './types.js';

/**
 * Words that point at someone of this case: the candidate (a pronoun, "der Bewerber", "the guy", a demonym such as
 * "ein Afghane"), the employer who writes ("wir", "ich", "our")
 * or a member of staff ("unser Azubi"). Plural or generic words ("Geduldete", "Leute", "asylum seekers", "man",
 * "someone", "an employer") point at no one.
 */
const CASE_PERSON =
  /\b(?:er|sie|ihn|ihm|ihr|ihre\w*|sein\w*|he|she|him|her|his|hers|they|them|their|wir|uns\w*|ich|mich|mir|mein\w*|we|us|our|ours|i|me|my|bewerber\w*|kandidat\w*|interessent\w*|candidate|applicant|guy|lady|this (?:man|woman|person)|the (?:man|woman|person|boy|girl)|der (?:mann|junge|kerl|typ|neue)|die (?:frau|neue|dame))\b/;

/**
 * A question about the law in general ("Dürfen Geduldete überhaupt in Zeitarbeit arbeiten?", "Is agency work even
 * possible on a Duldung?", "Ist eine Kündigung wegen des Status zulässig?"): the job kind or the ending it names is
 * asked about, not stated for this case (issue 13: a question is not a statement). Precision first: the dialogue
 * asks for the job when it needs it.
 */
export function inGeneralQuestion(doc: Doc, at: number): boolean {
  const sentence = spanOf(doc.sentences, at);
  if (!/^\s*\?/.test(doc.text.slice(sentence.end, sentence.end + 2))) return false;
  const said = doc.text.slice(sentence.start, sentence.end);
  if (CASE_PERSON.test(said)) return false;
  // "Darf ein Afghane mit Duldung Zeitarbeit machen?": the candidate, named by his country.
  return !extractNationality(doc).some((f) => f.start >= sentence.start && f.start < sentence.end);
}
