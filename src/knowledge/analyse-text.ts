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
    (
      'aber alle als also am an auch auf aus bei beim bin bis bitte da dann das dass dem den der des die dies diese dieser dir doch du durch ein eine einem einen einer eines er es etwas für gibt hab habe haben hat hier ich ihm ihn ihr im in ist ja jetzt kann kein keine man mehr mein meine mich mir mit muss müssen nach nicht noch nur ob oder schon sein sich sie sind so soll sollen über um und uns unser unsere unter viel vom von vor wann war was welche welcher wenn wer werden wie wieder will wir wird wo wollen zu zum zur darf dürfen möchte möchten bei uns eigentlich gerne geht gilt' +
      // inflected pronouns, modal and question words, and the fillers of spoken German ("kriegt der ne …")
      ' meinem meinen meiner seine seinem seinen seiner ihre ihrem ihren ihrer unserem unseren unserer euer eure dessen deren jemand jemanden jemandem ne nen ner nem mal halt eben denn überhaupt irgendwie irgendwas irgendwo einfach genau gerade wirklich kriegt kriegen bekommt bekommen sowas dafür damit davon dazu trotzdem seit ab warum wieso weshalb weil manche mancher manchen alles allem allen gar gibts gehts könnte könnten können würde würden wurde wurden sollte müsste dürfte brauche brauchen braucht'
    ).split(' '),
  ),
  en: new Set(
    (
      'a about all also am an and any are as at be been but by can could do does for from get has have he her his how i if in into is it its just me my of on or our she should so than that the their them then there they this to us was we what when where which who will with would you your may might must' +
      ' him himself herself t s don didn doesn isn m ve ll re someone somebody anyone anybody something anything please ok okay really still why need needs'
    ).split(' '),
  ),
};

export const isStopWord = (token: string, lang: Lang) => STOP_WORDS[lang].has(token);

/**
 * Longest token analysed. The longest word of the knowledge base has 31 letters
 * ("Rückführungsverbesserungsgesetz"); a longer run of letters is no word anyone searches for, and
 * cutting it bounds what one token can cost: stemming, decompounding and the fuzzy match (whose
 * Levenshtein matrix grows with the square of the term's length).
 */
export const MAX_TOKEN_LENGTH = 40;

/** Lower-cases and splits into word tokens (at most MAX_TOKEN_LENGTH characters each); keeps paragraph numbers like "60d" and "104c". */
export function tokenize(text: string): string[] {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return tokens.map((t) => (t.length > MAX_TOKEN_LENGTH ? t.slice(0, MAX_TOKEN_LENGTH) : t));
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
 * Snowball's German stemmer only removes endings (at most "-keit" + "-lich" + "-en" and the like, 14
 * letters) from the folded word: ß → ss, ä/ö/ü → a/o/u. So a stem is always a prefix of the folded
 * word, at most this much shorter. That lets the splitter rule out a part without stemming it.
 */
const MAX_ENDING = 14;
/**
 * Stemmer calls one token's decompounding may make. Real German words have at most five split
 * points whose right part could be a known stem (measured on the corpus, the NLU utterances and the
 * retrieval questions); the budget only bites on made-up tokens built to keep the splitter busy.
 */
export const MAX_SPLIT_STEMS = 12;

/** The token as the German stemmer sees its letters: transliterated, ß and umlauts folded. */
const fold = (token: string) =>
  TRANSLITERATION.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), token)
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u');

/** Could `part` stem to a word of the vocabulary? False only when it certainly cannot. */
function mayStemInto(part: string, vocabulary: ReadonlySet<string>): boolean {
  if (/^\d/.test(part)) return vocabulary.has(part); // numbers are not stemmed
  const folded = fold(part);
  for (let length = folded.length; length >= Math.max(1, folded.length - MAX_ENDING); length--)
    if (vocabulary.has(folded.slice(0, length))) return true;
  return false;
}

/**
 * Cheap German decompounding: a long word is also indexed as its two parts when both parts are
 * known stems of the corpus ("Beschäftigungserlaubnis" → beschäftigung + erlaubnis). The linking
 * "s" (Fugen-s) is tried too. Only vocabulary-backed splits, so no nonsense parts are produced.
 * Bounded work per token: split points whose right part cannot be a known stem are skipped without
 * stemming, and at most MAX_SPLIT_STEMS stems are computed (tokens are at most MAX_TOKEN_LENGTH long).
 */
export function compoundParts(token: string, vocabulary: ReadonlySet<string>): string[] {
  if (token.length < MIN_PART * 2 + 1) return [];
  let budget = MAX_SPLIT_STEMS;
  for (let i = token.length - MIN_PART; i >= MIN_PART && budget > 0; i--) {
    const rightPart = token.slice(i);
    if (!mayStemInto(rightPart, vocabulary)) continue;
    budget--;
    const right = stemToken(rightPart, 'de');
    if (!vocabulary.has(right)) continue;
    const rawLeft = token.slice(0, i);
    for (const left of [rawLeft, rawLeft.endsWith('s') ? rawLeft.slice(0, -1) : undefined]) {
      if (!left || left.length < MIN_PART || budget <= 0) continue;
      budget--;
      const leftStem = stemToken(left, 'de');
      if (vocabulary.has(leftStem)) return [leftStem, right];
    }
  }
  return [];
}
