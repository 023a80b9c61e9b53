import { fold } from '../nlu/normalize.js';

/**
 * A message that turns to another applicant ("Noch was anderes: unser anderer Bewerber ist aus Georgien …",
 * "noch ein Fall", "another applicant", "a second candidate", review S7-17). Its facts are that person's, never a
 * correction of the case open: the dialogue asks whether a new case begins. An employee named as the applicant's
 * colleague ("unser anderer Mitarbeiter", S7-1) is the reader's matter; here only a further applicant or case counts.
 */
const OTHER_APPLICANT =
  /\b(?:(?:ein|eine|einen|einem|unser\w*|der|die|den|dem)\s+(?:ander|weiter|zweit|naechst)\w*\s+(?:bewerber\w*|kandidat\w*|fall|interessent\w*)|noch\s+(?:ein|eine|einen)\s+(?:(?:ander|weiter)\w*\s+)?(?:bewerber\w*|kandidat\w*|fall|interessent\w*)|neue[rnm]?\s+fall|(?:another|a second|the second|a further|the other|our other|one more|a new|the next)\s+(?:applicant|candidate|case)|new case)\b/;

export function turnsToAnotherApplicant(text: string): boolean {
  return OTHER_APPLICANT.test(fold(text));
}
