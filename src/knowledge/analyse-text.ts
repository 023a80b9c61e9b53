import snowball from 'snowball-stemmers';

export type Lang = 'de' | 'en';

const stemmers = { de: snowball.newStemmer('german'), en: snowball.newStemmer('english') };

// German2-style transliteration: users often type ae/oe/ue for ä/ö/ü; the Snowball German stemmer
// then folds umlauts itself. "ue" after q (e.g. "Quelle") is a real "ue".
const TRANSLITERATION: Array<[RegExp, string]> = [
  [/ß/g, 'ss'],
  [/ae/g, 'ä'],
  [/oe/g, 'ö'],
  [/(?<!q)ue/g, 'ü'],
];

// Function words carry no meaning for retrieval; without this, "darf … mit … uns" outweighs "Albaner".
const STOP_WORDS: Record<Lang, ReadonlySet<string>> = {
  de: new Set(
    'aber alle als also am an auch auf aus bei beim bin bis bitte da dann das dass dem den der des die dies diese dieser dir doch du durch ein eine einem einen einer eines er es etwas für gibt hab habe haben hat hier ich ihm ihn ihr im in ist ja jetzt kann kein keine man mehr mein meine mich mir mit muss müssen nach nicht noch nur ob oder schon sein sich sie sind so soll sollen über um und uns unser unsere unter viel vom von vor wann war was welche welcher wenn wer werden wie wieder will wir wird wo wollen zu zum zur darf dürfen möchte möchten bei uns eigentlich gerne geht gilt'.split(
      ' ',
    ),
  ),
  en: new Set(
    'a about all also am an and any are as at be been but by can could do does for from get has have he her his how i if in into is it its just me my of on or our she should so than that the their them then there they this to us was we what when where which who will with would you your may might must'.split(
      ' ',
    ),
  ),
};

export const isStopWord = (token: string, lang: Lang) => STOP_WORDS[lang].has(token);

/** Lower-cases and splits into word tokens; keeps paragraph numbers like "60d" and "104c". */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** One token → its normalised stem for `lang`. German folds ß, umlauts and their ae/oe/ue spellings. */
export function stemToken(token: string, lang: Lang): string {
  if (/^\d/.test(token)) return token;
  if (lang === 'de') {
    let t = token;
    for (const [pattern, replacement] of TRANSLITERATION) t = t.replace(pattern, replacement);
    return stemmers.de.stem(t);
  }
  return stemmers.en.stem(token.replace(/ß/g, 'ss'));
}

const MIN_PART = 4;

/**
 * Cheap German decompounding: a long word is also indexed as its two parts when both parts are
 * known stems of the corpus ("Beschäftigungserlaubnis" → beschäftigung + erlaubnis). The linking
 * "s" (Fugen-s) is tried too. Only vocabulary-backed splits, so no nonsense parts are produced.
 */
export function compoundParts(token: string, vocabulary: ReadonlySet<string>): string[] {
  if (token.length < MIN_PART * 2 + 1) return [];
  for (let i = token.length - MIN_PART; i >= MIN_PART; i--) {
    const right = stemToken(token.slice(i), 'de');
    if (!vocabulary.has(right)) continue;
    const rawLeft = token.slice(0, i);
    for (const left of [rawLeft, rawLeft.endsWith('s') ? rawLeft.slice(0, -1) : undefined]) {
      if (!left || left.length < MIN_PART) continue;
      const leftStem = stemToken(left, 'de');
      if (vocabulary.has(leftStem)) return [leftStem, right];
    }
  }
  return [];
}
