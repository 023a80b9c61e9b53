/**
 * A name or a birth date typed into the chat (review S5-22: "Es geht um Herrn Mohammed Rahimi, geb. 03.04.1998"):
 * the case needs neither (the age is read from the birth date as the message is understood), so the stored
 * transcript, which advisers read after a hand-off and which is kept until deletion, holds placeholders instead,
 * and the employer is told once that names are not needed.
 */
const TITLE_NAME =
  /\b(Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?|Miss)\s+(?!(?:Anfang|Mitte|Ende|Aus|Mit|Von|Vom|In|Im|Ist|Hat|Und|Oder|Die|Der|Den|Dem|Das|From|With|Who|Is|Has|And|Or|The)\b)(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})/gu;
const NAMED =
  /\b(namens|heißt|heisst|Name(?:\s+ist)?:?|named|called|(?:his|her) name is|name:)\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})/gu;
const BIRTH =
  /\b(geb\.|geboren(?:\s+am)?|Geburtsdatum:?|born(?:\s+on)?|DOB:?|date of birth:?)\s*(\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})/giu;

const PLACEHOLDER = {
  de: { name: '[Name]', birth: '[Geburtsdatum]' },
  en: { name: '[name]', birth: '[date of birth]' },
} as const;

export interface Masked {
  text: string;
  /** Whether a name or a birth date was found (and replaced). */
  found: boolean;
}

/** The message with names after a title or "namens/named" and birth dates after "geb./born" replaced. */
export function maskPersonalData(text: string, lang: 'de' | 'en'): Masked {
  const p = PLACEHOLDER[lang];
  let found = false;
  const masked = text
    .replace(BIRTH, (_, cue: string) => {
      found = true;
      return `${cue} ${p.birth}`;
    })
    .replace(TITLE_NAME, (_, title: string) => {
      found = true;
      return `${title} ${p.name}`;
    })
    .replace(NAMED, (_, cue: string) => {
      found = true;
      return `${cue} ${p.name}`;
    });
  return { text: masked, found };
}
