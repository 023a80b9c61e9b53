/**
 * Yes or no to a yes/no question, above all the consent to hand the case to an adviser, which needs an
 * unambiguous yes. Works on folded text (lower case, ae/oe/ue/ss).
 *
 * The reply's first word decides when it is a yes or a no, unless a negation follows it at once:
 * "Natürlich nicht", "Klar nicht", "Absolutely not", "Ja nein, lieber nicht", "Yeah no" are no. A yes
 * that goes on with "aber" or a question is unclear ("ja, aber wer sieht das?"); "Ja, er hat keinen
 * Pass" is still a yes. Without a leading yes or no, a hedge is unclear, a negation is no ("auf keinen
 * Fall", "lieber nicht", "not now") and a word of consent is yes ("einverstanden", "gerne", "go for it").
 * Unclear replies get the question again, with its buttons. A reply that turns round after a first
 * yes or no ("no wait, go ahead", "Nein, moment, ja bitte", "yes - wait, no") is read by what follows
 * the turn: the last clause decides; nothing clear after it ("ja, warte mal") is unclear.
 */
import { withoutQuestions } from './sentences.js';

export type YesNo = 'yes' | 'no';

/** Words before the answer proper: "Um, no", "Hm, ich weiß nicht", "Also ja". */
const FILLERS = new Set('um uh uhm ah ach oh also well hm hmm naja tja aehm aeh'.split(' '));
const LEAD_NO = /^(?:nein|nee+|noe|ne|nope|nah|no|negativ)\b/;
const LEAD_YES =
  /^(?:ja+|jo|joa|jap|jep|jup|jawohl|klaro|logo|logisch|geht klar|klar|na klar|natuerlich|sicher|na sicher|selbstverstaendlich|genau|richtig|stimmt|gerne?|auf jeden fall|yes|yeah|yep|yup|ya|sure|of course|absolutely|definitely|certainly|correct|right|ok|okay|okey|oki)\b/;
/** A negation right after the yes-word turns it round ("klar nicht", "of course not", "ja nein"). */
/** Also after a word of certainty, the irony of "Ja genau, sicher nicht", "sure, definitely not". */
/** And after a hesitation: "Ja, äh, nein", "yeah, um, no thanks", "also ja, äh, eigentlich nicht" turn round too. */
const TURNED =
  /^(?:\s+(?:doch|genau|klar|sicher|bestimmt|ganz|garantiert|wirklich|definitely|certainly|surely|absolutely|aeh|aehm|aehem|hm+|um+|uh+|uhm|er|erm|well|eigentlich|actually))*\s+(?:nicht|nich|net|not|nein|no|nee|noe|nope|nah|keinesfalls|never)\b/;
/** Irony after a yes-word: "ja klar, als ob", "sure, as if", "yeah right" — never a yes. */
const IRONY = /\b(?:als ob|as if|von wegen|dream on|traeum weiter)\b/;
const SARCASTIC = /^\s+right$/;
/** Yes though they contain a negation: "kein Problem", "why not", "nichts dagegen", "no objection". */
const POSITIVE_IDIOM =
  /\b(?:kein problem|keine sorge|kein thema|warum nicht|wieso nicht|nichts dagegen|no problem|no worries|why not|(?:i )?(?:don't|do not) mind|no objections?|not a problem)\b/;
const NEGATIVE =
  /\b(?:nicht|nich|net|kein\w*|never|nie|niemals|keinesfalls|keineswegs|not|no way|rather not|don't|dont|do not|spaeter|later|nein|no|lass (?:mal|es|das)|lassen sie (?:mal|es|das)|verzicht\w*|i'?ll pass|pass on (?:it|that)|kaum|ungern|(?:i'?m|i am) (?:fine|good|ok|okay|all set|alright)|(?:klaere|regle|mache|mach|erledige) (?:das|es) (?:\w+ )?selbst|(?:handle|sort out|sort|deal with|do|manage) (?:it|this|that) (?:\w+ )?myself)\b/;
const POSITIVE =
  /\b(?:gerne?|einverstanden|passt|in ordnung|meinetwegen|na gut|von mir aus|machen sie|weitergeben|uebergeben sie|leiten sie|go ahead|go for it|please do|fine|alright|all right|agreed|i agree|do it|sounds (?:good|great)|that works|mach (?:das |es )?(?:mal|ruhig|gern)|unbedingt|klingt gut|bitte ja|weiterleiten|(?:that|it) would be (?:great|helpful|good)|that'd be (?:great|helpful)|by all means|mach das|macht das|(?:please )?proceed|do that)\b/;
/** A hedge, a condition or a question: neither yes nor no. */
const HEDGE =
  /\b(?:vielleicht|eventuell|evtl|(?:weiss|weis|wees) (?:\w+ )?(?:nicht|nich|net|ned)|keine ahnung|kommt (?:drauf|darauf) an|mal sehen|unsicher|nicht sicher|ueberleg\w*|maybe|perhaps|not sure|unsure|depends|i don't know|dont know|don't know|dunno|idk|no idea|let me think)\b|\?/;
/** "ja, aber …", "yes but …": a yes with a condition is no clear yes. */
const BUT = /^\s+(?:aber|but|nur wenn|only if|unter der bedingung|wenn|falls|sofern|solange|if|as long as|provided)\b/;
/** A consent bound to a condition anywhere ("gerne, wenn es nichts kostet") is no clear yes. */
const CONDITION = /\b(?:wenn|falls|sofern|solange|if|as long as|provided|unless|ausser wenn)\b/;

/** A turn after a first clause: "no wait, …", "nein, moment, …", "nein – doch, …", "no, actually, …". */
const TURN_ROUND =
  /(?:^|[,;.!\u2013-]|\b(?:nein|nee|no|nope|nah|ja|yes|yeah|ok|okay))\s*(?:wait|hold on|actually|on second thought|warte?|moment(?:\s+mal)?|doch|ach doch|oder doch)\b[\s,;.!\u2013-]*/g;

/**
 * The reply's yes or no, or undefined when it is neither clearly. A no stays a no when a question
 * follows it ("lieber erstmal nicht. Wie lange dauert das?"); a yes followed by a question is unclear.
 */
export function readYesNo(folded: string): YesNo | undefined {
  const last = [...folded.matchAll(TURN_ROUND)].at(-1);
  if (last) {
    const rest = folded.slice((last.index ?? 0) + last[0].length);
    return rest.trim() === '' ? undefined : readYesNo(rest);
  }
  const said = withoutQuestions(folded);
  if (said.trim() !== '' && said !== folded && readPlain(said) === 'no') return 'no';
  return readPlain(folded);
}

/** Whether the reply opens with a yes or a no word ("Nein, …", "Ja klar", "Um, yes"), not merely contains one. */
export function leadsWithYesNo(folded: string): boolean {
  const text = withoutLeadingFillers(folded);
  return LEAD_YES.test(text) || LEAD_NO.test(text);
}

/** The reply's words without punctuation and without the fillers it opens with ("ähm", "well", "also"). */
function withoutLeadingFillers(folded: string): string {
  const words = folded
    .replace(/[!.,;:()"]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 0 && FILLERS.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

function readPlain(folded: string): YesNo | undefined {
  const text = withoutLeadingFillers(folded);
  const asked = /\?/.test(folded);
  if (text === '') return undefined;
  const yes = LEAD_YES.exec(text);
  if (yes) {
    const rest = text.slice(yes[0].length);
    if (TURNED.test(rest) || IRONY.test(rest)) return 'no';
    // "Ja, gerne – aber erst nächste Woche": a "but" opening a clause after the yes; "Ja, er hat aber keinen Pass" stays yes.
    const butLater = /[,;\u2013-]\s*(?:aber|but|only|nur)\b/.test(folded.slice(folded.indexOf(yes[0]) + yes[0].length));
    return asked || BUT.test(rest) || butLater || HEDGE.test(rest) || SARCASTIC.test(rest) || CONDITION.test(rest)
      ? undefined
      : 'yes';
  }
  if (LEAD_NO.test(text)) return 'no';
  if (POSITIVE_IDIOM.test(text)) return asked ? undefined : 'yes';
  if (HEDGE.test(text)) return undefined;
  if (NEGATIVE.test(text)) return 'no';
  return POSITIVE.test(text) && !CONDITION.test(text) ? 'yes' : undefined;
}
