import { parseIso, ymd } from './date-math.js';
import { spanOf, wordsAfter, wordsBefore } from './normalize.js';
import { aboutOtherPerson } from './other-person.js';
import { MONTH_ALT } from './time-words.js';
import type { Doc, Finding } from './types.js';

const AGE =
  /(\d{1,2}) ?(?:jahre |jahren |j\. )?alt(?:e[rnms]?)?\b|(?:mann|frau|bewerber\w*|kandidat\w*|azubi|man|woman|candidate|applicant|guy|girl|boy|lad|kerl|typ|junge|[a-z]{4,}(?:e|er|in)) \((\d{2})(?: j\.?| jahre| years?| yo)?\)|(?:^|, |: )(\d{2}) (?:j\.|jahre(?=[,;!]|\.(?!\d)|$))|(?:guy|man|woman|lady|fellow|person|mann|frau|kerl|typ),? (?:about|around|roughly|approximately|etwa|ungefaehr|ca\.?) (\d{2})(?= *(?:[,;!]|\.(?!\d)|$))|(\d{1,2}) ?jaehrig\w*|(\d{1,2}) ?(?:years?|yrs?) (?:old|of age)|(\d{1,2}) ?(?:y ?\/ ?o|y\.o\.?)(?![\w/])|, (\d{2})(?=,(?!\d)|\.?$)|\baged? (\d{1,2})\b|\balter:? (\d{1,2})\b|\b(?:(?<=[a-z] )(?:ist|is) (?:er|sie|he|she) |(?:ist|is|he's|she's|hes|shes) (?:jetzt |inzwischen |mittlerweile |nun |now |already |schon |bereits |heute |today )?)(\d{2})\b(?!\s*(?:[.,]\d|stunden|std|h\b|monat|jahre?n?\b|woche|tag|euro|eur|€|%|hours|months|years|weeks|days|uhr|per\b|pro\b|je\b|an hour|a week|die (?:stunde|woche)|\/))|\b(?:ist|is) (\d{2}) (?:jahre|years)(?= *(?:[,;!]|\.(?!\d)|$|\b(?:und|and|alt|old)\b))|\b(?:lad|guy|man|woman|girl|boy|bloke|fellow|chap|lady) of (\d{2})\b|\b(?:bewerber\w*|kandidat\w*|candidate|applicant):? (\d{2})(?=[,;]|\.?$| (?:jahre|years|j\.)\b)|(?:^|[,;.] )(?:er|sie|he|she) (\d{2}) (?:jahre|years)(?= *(?:[,;]|\.(?!\d)|$))|, (\d{2}) ?(?:y|j|yrs?)(?=[,;]|\.(?!\d)|$)/g;
/**
 * The age beside a name or a description, in brackets or after "jetzt"/"also": "Samira (22, aus Syrien)", "Our
 * apprentice (Afghan, 19)", "Applicant (f, 35, Cameroon)", "kam 2016 als Kind her, mittlerweile 24", "Geburtsjahr
 * 2001, also 25", "the candidate, 28 and from Iraq".
 */
const AGE_APPOSITION =
  /\((?:[^()\d]{1,30}, ?)*(\d{2})(?:, ?[^()\d]{1,30})*\)(?<=\([^()]*,[^()]*\))|(?:^|[,;:.] ?|\b(?:und|and) )(?:also |so |d\.h\. )?(?:jetzt|mittlerweile|inzwischen|heute|nun|now|today) (\d{2})(?= *(?:[,;!?]|\.(?!\d)|$|\b(?:und|and|jahre|years)\b))|\b(?:also|d\.h\.|i\.e\.|so) (\d{2})(?= *(?:[;!?]|\.(?!\d)|$))|, (\d{2}) (?:und|and) (?:kommt |comes |is )?(?:aus|from)\b|\b(?:dass|that) (?:er|sie|he|she|he's|she's|hes|shes) (?:is |ist )?(?:erst|schon|bereits|noch|nur|only|just|already) (\d{2})\b(?! (?:stunden|hours|monat|month|jahre? (?:hier|in)|years? (?:here|in)))|\b(?:he's|she's|hes|shes|he is|she is) (?:only|just|already) (\d{2})\b(?! (?:hours|months|years (?:here|in)))/g;
/** "er wird nächsten Monat 18", "she turns 21 in January": a birthday ahead, so today one year less. */
const TURNS =
  /\b(?:wird|turns|will turn|is turning|will be|is going to be) (?:(?!(?:zum|am|bis|ab|on|by|until)\b)[a-z]+ ){0,3}?(\d{2})\b(?![.,]\d)(?=(?: (?:jahre|years?)(?: alt| old)?)?(?: (?:in|im|am|on|next|naechste\w*|this|diese\w*) \w+)?\s*(?:[,;!.]|$))/g;
/** "17-jährige Tochter", "a 4 year old son": the age of a child, not of the candidate. */
const CHILD_AFTER = /^ ?(?:sohn|tochter|kind|kinder|bruder|schwester|son|daughter|child|kid|boy|girl|brother|sister)\b/;
/** "a 25 year old girl from Tunisia": a "girl"/"boy" of age is the candidate, not a child. */
const childAfter = (after: string, age: number, before = '') =>
  CHILD_AFTER.test(after) &&
  !(/^ ?(?:girl|boy)\b/.test(after) && (age >= 18 || (age >= 14 && !CHILD_OWNER.test(before))));
/** "She has a 5 year old boy", "mit ihrem 16-jährigen Sohn": someone's child; "A 17 yr old boy wants to start …": the candidate. */
const CHILD_OWNER =
  /\b(?:has|have|had|hat|haben|with|mit|her|his|their|ihr\w*|sein\w*|my|mein\w*|our|unser\w*)\s+(?:an? |einen |eine |ein )?$/;
/** "Meine Tochter (19)", "two kids (3 and 6)": a child's age in brackets. */
const CHILD_BEFORE =
  /\b(?:sohn|tochter|kind|kinder|bruder|schwester|son|daughter|child|kids|children|boy|girl|brother|sister)\s*$/;
/** "geb. 12.03.2001", "born on 3/5/1998": the age on the day of the message. */
const BORN =
  /\b(?:geb\.?|geboren(?: am)?|geburtsdatum:?|born(?: on)?|date of birth:?|dob:?) (\d{1,2})[./](\d{1,2})[./](\d{4})\b/g;
/** Ages written as words ("zwanzig Jahre alt", "twenty five years old", "she is twenty-five"). */
// biome-ignore format: a compact table reads better than one entry per line
const UNITS_WORDS: Readonly<Record<string, number>> = {
  ein: 1, one: 1, zwei: 2, two: 2, drei: 3, three: 3, vier: 4, four: 4, fuenf: 5, five: 5,
  sechs: 6, six: 6, sieben: 7, seven: 7, acht: 8, eight: 8, neun: 9, nine: 9,
};
// biome-ignore format: a compact table reads better than one entry per line
const TEENS: Readonly<Record<string, number>> = {
  vierzehn: 14, fourteen: 14, fuenfzehn: 15, fifteen: 15, sechzehn: 16, sixteen: 16, siebzehn: 17, seventeen: 17,
  achtzehn: 18, eighteen: 18, neunzehn: 19, nineteen: 19,
};
// biome-ignore format: a compact table reads better than one entry per line
const TENS: Readonly<Record<string, number>> = {
  zwanzig: 20, twenty: 20, dreissig: 30, thirty: 30, vierzig: 40, forty: 40, fuenfzig: 50, fifty: 50,
  sechzig: 60, sixty: 60,
};
const WORD_AGE = new RegExp(
  `\\b(?:(?:(${Object.keys(UNITS_WORDS).join('|')})und)?(${Object.keys(TENS).join('|')})(?: (${Object.keys(UNITS_WORDS).join('|')}))?|(${Object.keys(TEENS).join('|')}))(?= ?(?:jahre alt|jahre jung|years? old|years of age|jaehrig)|(?<=(?:ist|is|he's|she's|alter:?|aged?) (?:\\S+ )?\\S+)(?= *(?:$|[,.;!]|(?:and|und)\\b)))`,
  'g',
);

/** "B1-Kurs läuft noch", "macht gerade B1": a level being worked towards, not the level held. */
const COURSE = /^(?:kurs|sprachkurs|integrationskurs|course|class)$/;
const TOWARDS = /^(?:gerade|towards|doing|attending|besucht|lernt|learning)$/;
const DONE_COURSE =
  /abgeschlossen|bestanden|geschafft|zertifikat|zeugnis|gemacht|absolviert|completed|passed|finished|certificate/;

function courseInProgress(doc: Doc, start: number, end: number): boolean {
  const s = spanOf(doc.clauses, start);
  if (DONE_COURSE.test(doc.text.slice(s.start, s.end))) return false;
  const after = wordsAfter(doc.text, end, 1)[0] ?? '';
  const before = wordsBefore(doc.text, start, 2);
  return COURSE.test(after) || before.some((w) => COURSE.test(w) || TOWARDS.test(w));
}

/**
 * "Den B2-Test hat sie nicht bestanden, sie hat B1", "he failed his B1 exam", "will take the B2 exam next year": an exam
 * failed or still ahead names a level not held; the level said next is the one.
 */
const FAILED = /\bnicht (?:\w+ )?bestanden\b|\bdurchgefallen\b|\bfailed\b|\b(?:didn't|did not|not) pass\w*\b/;
const EXAM = /^(?:pruefung|test|exam|examen|zertifikat|certificate)$/;
const AHEAD =
  /\b(?:will|going to|wants? to|plans? to|soll|wird|moechte|will (?:im|in)|next|naechst\w*|demnaechst|bald|soon|angemeldet|anmelden|registered|signed up)\b/;
function levelNotHeld(doc: Doc, start: number): boolean {
  const clause = spanOf(doc.clauses, start);
  const text = doc.text.slice(clause.start, clause.end);
  // "B1 Prüfung hat er gemacht aber nicht bestanden": the segment, unless it names a second level ("hat B1 und ist
  // bei B2 durchgefallen"), then the clause.
  const segment = spanOf(doc.segments, start);
  const around = doc.text.slice(segment.start, segment.end);
  if (FAILED.test((around.match(/\b[abc][12]\b/g) ?? []).length > 1 ? text : around)) return true;
  const near = [...wordsAfter(doc.text, start, 3).slice(1), ...wordsBefore(doc.text, start, 2)];
  return near.some((w) => EXAM.test(w)) && AHEAD.test(text);
}

function wordAge(m: RegExpMatchArray): number {
  if (m[4]) return TEENS[m[4]] ?? 0;
  return (TENS[m[2] ?? ''] ?? 0) + (UNITS_WORDS[m[1] ?? ''] ?? 0) + (UNITS_WORDS[m[3] ?? ''] ?? 0);
}

function ageOn(today: string, y: number, mo: number, d: number): number | undefined {
  const t = parseIso(today);
  if (!t || !ymd(y, mo, d)) return undefined;
  return t.y - y - (t.m < mo || (t.m === mo && t.d < d) ? 1 : 0);
}

/**
 * "als 15-Jähriger eingereist", "came aged 15": the age on arrival, not today; "is 31 Dec" is a date.
 */
const AS_THEN = /^(?:als|as|at|mit|with)$/;
const ARRIVAL = /\b(?:came|arrived|entered|fled|kam|eingereist|gekommen|geflohen)\b/;
function thenNotNow(doc: Doc, start: number, end: number): boolean {
  if (new RegExp(`^ ?(?:${MONTH_ALT})\\b|^\\.\\d`).test(doc.text.slice(end))) return true;
  if (wordsBefore(doc.text, start, 2).some((w) => AS_THEN.test(w))) return true;
  const clause = spanOf(doc.clauses, start);
  return /\baged?\b/.test(doc.text.slice(start, end)) && ARRIVAL.test(doc.text.slice(clause.start, clause.end));
}

const LEVEL = /\b([abc][12])\b/g;
const NOT_LANGUAGE = /^(fuehrerschein|fuehrerscheinklasse|klasse|class|license|licence|lkw|pkw|stufe)$/;
const DAY_FINES = /(\d+) (?:tagessaetze\w*|tagessatz\w*|daily (?:rates|fines|units)|day fines?)/g;
export const PERMIT =
  /beschaeftigungserlaubnis|arbeitserlaubnis|work permit|permission to work|erlaubnis zur beschaeftigung/;
/** On the cut-off day itself any permission to work counts: "keine Erlaubnis", "durfte schon arbeiten". */
const PERMIT_ON_CUT_OFF = new RegExp(
  `${PERMIT.source}|\\berlaubnis\\b|\\bdurfte (?:\\w+ ){0,3}arbeiten\\b|\\ballowed to work\\b|\\bpermitted to work\\b`,
);
/**
 * § 104 Abs. 18 Nr. 2 AufenthG asks for a permission held on 11.06.2026, the day the rule came into force:
 * the day, or the law's coming into force ("bei Inkrafttreten", "when the new law came into force").
 */
const CUT_OFF =
  /11\. ?0?6\.? ?(?:20)?26\b|\b11\. ?0?6\.(?!\d)|11\.? juni(?: 2026)?|juni 2026|june 2026|11 june|june 11|stichtag|\binkrafttreten\b|\bin kraft (?:trat|getreten)\b|\b(?:came|come|comes|entered) into (?:force|effect)\b|\btook effect\b|\bcut ?off (?:date|day)\b/;
const NEGATIVE = /\b(?:keine|kein|nicht|no|not|never|didn't|hadn't)\b/;

/** Facts carried by a number (age, CEFR level, day fines) and the 11 June 2026 cut-off; their spans are masked before dates are read. */
export function extractPersonNumbers(doc: Doc): Finding[] {
  const out: Finding[] = [];
  for (const m of doc.text.matchAll(TURNS)) {
    if (aboutOtherPerson(doc, m.index)) continue;
    const value = Number(m[1]) - 1;
    if (value >= 14 && value <= 80 && !CHILD_AFTER.test(doc.text.slice(m.index + m[0].length))) {
      out.push({ key: 'age', value, start: m.index, end: m.index + m[0].length });
      break;
    }
  }
  for (const m of out.length > 0 ? [] : doc.text.matchAll(AGE_APPOSITION)) {
    if (aboutOtherPerson(doc, m.index)) continue;
    const value = Number(m.slice(1).find((g) => g !== undefined));
    if (value >= 14 && value <= 80 && !CHILD_BEFORE.test(doc.text.slice(Math.max(0, m.index - 20), m.index))) {
      out.push({ key: 'age', value, start: m.index, end: m.index + m[0].length });
      break;
    }
  }
  for (const m of out.length > 0 ? [] : doc.text.matchAll(AGE)) {
    // "Der Chef ist 58 …, ein Bewerber ist Nigerianer, 24": the first age said may be someone else's.
    if (aboutOtherPerson(doc, m.index)) continue;
    const value = Number(m.slice(1).find((g) => g !== undefined));
    if (thenNotNow(doc, m.index, m.index + m[0].length)) continue;
    const before = doc.text.slice(Math.max(0, m.index - 20), m.index);
    if (value >= 14 && value <= 80 && !childAfter(doc.text.slice(m.index + m[0].length), value, before)) {
      out.push({ key: 'age', value, start: m.index, end: m.index + m[0].length });
      break;
    }
  }
  if (!out.some((f) => f.key === 'age')) {
    for (const m of doc.text.matchAll(BORN)) {
      const value = ageOn(doc.ctx.today, Number(m[3]), Number(m[2]), Number(m[1]));
      if (value !== undefined && value >= 14 && value <= 80)
        out.push({ key: 'age', value, start: m.index, end: m.index + m[0].length });
      break;
    }
  }
  if (!out.some((f) => f.key === 'age')) {
    for (const m of doc.text.matchAll(WORD_AGE)) {
      const value = wordAge(m);
      // "Anfang zwanzig", "Mitte dreißig", "in her early twenties": a decade, not an age.
      const decade = /\b(?:anfang|mitte|ende|early|mid|late|ueber|unter)\s*$/.test(doc.text.slice(0, m.index));
      if (value >= 14 && value <= 80 && !decade && !CHILD_AFTER.test(doc.text.slice(m.index + m[0].length)))
        out.push({ key: 'age', value, start: m.index, end: m.index + m[0].length });
      break;
    }
  }
  for (const m of doc.text.matchAll(LEVEL)) {
    if (aboutOtherPerson(doc, m.index)) continue;
    // "forklift licence, German A2": the word right before names the language.
    const before = wordsBefore(doc.text, m.index, 2);
    if (
      !/^(?:german|deutsch\w*|sprachniveau|niveau|level)$/.test(before.at(-1) ?? '') &&
      before.some((w) => NOT_LANGUAGE.test(w))
    )
      continue;
    if (courseInProgress(doc, m.index, m.index + m[0].length)) continue;
    if (levelNotHeld(doc, m.index)) continue;
    out.push({ key: 'germanLevel', value: (m[1] ?? '').toUpperCase(), start: m.index, end: m.index + m[0].length });
    break;
  }
  for (const m of doc.text.matchAll(DAY_FINES)) {
    if (aboutOtherPerson(doc, m.index)) continue;
    const n = Number(m[1]);
    const value = n < 50 ? 'below_threshold' : n > 90 ? 'above_threshold' : undefined;
    if (value) out.push({ key: 'criminalConvictions', value, start: m.index, end: m.index + m[0].length });
    break;
  }
  for (const s of doc.sentences) {
    const sentence = doc.text.slice(s.start, s.end);
    const date = CUT_OFF.exec(sentence);
    if (!PERMIT_ON_CUT_OFF.test(sentence) || !date) continue;
    const start = s.start + date.index;
    out.push({ key: 'hadWorkPermitOn11June2026', value: !NEGATIVE.test(sentence), start, end: start + date[0].length });
    break;
  }
  return out;
}
