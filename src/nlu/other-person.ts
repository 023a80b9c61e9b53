import { spanOf } from './normalize.js';
import type { Doc, Finding, Span } from './types.js';

/**
 * Who a clause is about. Employers describe other people beside the candidate (and their business: "Unser Betrieb
 * ist 25 Jahre alt"): someone on their side ("Der Chef
 * ist 58 und kommt aus Polen", "Our founder came from Iran in 2011"), a relative set against the candidate ("Die
 * Schwester hat Deutsch C1, er selbst spricht nur A2", "Her husband is in a Dublin procedure"), or a former
 * trainee or employee ("The last apprentice we had with a Duldung quit last year", "Letztes Jahr hatten wir schon
 * mal einen Azubi aus Afghanistan"). No fact of the candidate is read from such a stretch of text.
 */
const ARTICLE = '(?:der|die|das|unser\\w*|mein\\w*|sein\\w*|ihr\\w*|the|our|my|his|her)';
const STAFF =
  '(?:chef|chefin|inhaber|inhaberin|ausbilder|ausbilderin|meister|meisterin|vorgesetzte|vorgesetzter|geschaeftsfuehrer|geschaeftsfuehrerin|teamleiter|teamleiterin|schichtleiter|schichtleiterin|pflegedienstleitung|pflegedienstleiterin|pflegedienstleiter|gruender|gruenderin|owner|boss|supervisor|manager|trainer|instructor|foreman|director|team leader|founder|lead|betrieb|firma|unternehmen|laden|company|firm|business|shop)';
/** Relatives and co-workers may be the candidate themselves; they are someone else only set against the candidate. */
const RELATIVE =
  '(?:kollege|kollegin|hausmeister|hausmeisterin|co ?worker|colleague|bruder|schwester|vater|mutter|ehefrau|ehemann|frau|mann|sohn|tochter|onkel|tante|cousin|cousine|neffe|nichte|eltern|husband|wife|brother|sister|father|mother|son|daughter|uncle|aunt|nephew|niece|parents|freund|freundin|kumpel|friend|mate|buddy|nachbar|nachbarin|neighbou?r)';
/** "Der Bruder des Bewerbers", "the candidate's sister": the complement names the candidate, the subject does not. */
const OF_CANDIDATE = '(?: (?:des|der|vom|von der|von dem|von|of) (?:\\w+ )?\\w+)?';
/**
 * The words between the article and the staff word are adjectives ("unser neuer Chef"), never the verb: in "Die
 * Mitarbeiterin ist Inhaberin einer Aufenthaltserlaubnis" the staff word is the predicate, the subject the candidate.
 */
const NOT_A_VERB = '(?!(?:ist|war|wird|hat|hatte|sind|is|was|has|had|are|were|bleibt|remains)\\b)';
/** "Unser anderer Mitarbeiter", "Ein anderer Mitarbeiter von uns", "Our other worker", "another employee of ours". */
const OTHER_WORKER =
  '(?:(?:der|die|das|unser\\w*|the|our|ein\\w*|an?|one of our) (?:\\w+ )?(?:andere[rnms]?|other)|another) (?:mitarbeiter\\w*|workers?|employees?|beschaeftigte\\w*|kolleg\\w*|azubi\\w*|auszubildende\\w*|apprentices?|trainees?|helfer\\w*|guy|man|woman)\\b(?: (?:von uns|of ours|bei uns))?';
const STAFF_SUBJECT = new RegExp(
  `^\\W*(?:${ARTICLE} (?:${NOT_A_VERB}\\w+ ){0,2}?${STAFF}\\b${OF_CANDIDATE}|${OTHER_WORKER})`,
);
const RELATIVE_SUBJECT = new RegExp(
  `^\\W*(?:(?:btw|by the way|uebrigens|ps|oh|and|und|also) )?(?:(?:the (?:candidate|applicant)'s|${ARTICLE}(?: \\w+'s)?) (?:(?:aeltere|juengere|grosse|kleine|older|younger|big|little)\\w* )?${RELATIVE}\\b${OF_CANDIDATE}|(?:des|der) (?:bewerber\\w*|kandidat\\w*) ${RELATIVE}\\b)`,
);
/** A former trainee or employee, or the employer's own trainees in general. */
const FORMER =
  /\b(?:(?:the|our|unser\w*|der|die|unsere?) (?:last|previous|former|letzte\w*|vorige\w*|vorherige\w*|ehemalige\w*|fruehere\w*) (?:\w+ )?(?:apprentice|trainee|employee|worker|guy|man|woman|girl|boy|lad|person|one|azubi\w*|auszubildende\w*|mitarbeiter\w*|lehrling|angestellte\w*|bewerber\w*|praktikant\w*|kerl|mann|frau|junge)|(?:der|die|das|unser\w*) \w+ (?:vom|von) (?:letzten|vorigen|vergangenen|letztem|vorigem) (?:jahr|monat|sommer|winter|herbst|fruehjahr)\b|\b(?:the|our) (?:\w+ ){0,2}?\w+ (?:from|of) last (?:year|summer|season|month)\b|(?:we had|we've had|we have had|we employed|wir hatten|hatten wir|haben wir (?:\w+ ){0,3}(?:gehabt|beschaeftigt|ausgebildet)) (?:\w+ ){0,3}?(?:a|an|einen|eine|einem)\b|(?:wir beschaeftigen|beschaeftigen wir|wir haben|haben wir|bei uns arbeitet|bei uns arbeiten|we employ|we have|we've got) (?:\w+ )?(?:schon|bereits|already) (?:\w+ )?(?:a|an|einen|eine|einem)\b|\bwe already (?:employ|have) (?:a|an)\b)/;
/** The candidate named, or set against the other person ("er selbst", "the guy himself", "der Neue", "this one"). */
const CANDIDATE =
  /\b(?:beworben|bewirbt|applied|applies|(?:will|moechte|wants to|would like to) (?:\w+ ){0,2}(?:arbeiten|anfangen|work|start|join)|bewerber\w*|kandidat\w*|azubi\w*|auszubildende\w*|applicant|candidate|trainee|apprentice|ihn|him|(?:einen|eine|einem|a|an) (?:\w+ )?(?:\w*(?:er|erin|ier|ierin|ese|esin|aner|anerin|ian|i)|mann|frau|man|woman|guy|person|refugee|fluechtling|jungen)|(?:er|sie|he|she|guy|man|woman|mann|frau) (?:selbst|himself|herself)|der neue|die neue|den neuen|the new (?:one|guy|man|woman)|this one|(?:dieser|diese|this) (?:mann|frau|guy|man|woman))\b/;
/** The candidate set apart from the other person: named, "er selbst", "she isn't", "es geht um …". */
const NAMES_CANDIDATE_ELSEWHERE =
  /\b(?:bewerber\w*|kandidat\w*|applicant|candidate|(?:er|sie|he|she|guy) (?:selbst|himself|herself)|der neue|die neue|the new (?:one|guy|man|woman)|this one|geht es (?:\w+ )?um|es geht (?:\w+ )?um|it's about|is about)\b/;
/** "Her husband is in a Dublin procedure, she isn't.": the candidate in an elliptic contrast. */
const CONTRAST =
  /^\W*(?:(?:but|aber|jedoch|doch|while|whereas|waehrend) )?(?:he|she|er|sie|der (?:bewerber\w*|kandidat\w*|sohn|neue|junge)|die (?:bewerberin|kandidatin|tochter|neue|junge)|the (?:candidate|applicant|son|daughter|new one)|our (?:candidate|applicant)|unser\w* (?:bewerber\w*|kandidat\w*)) (?:selbst |himself |herself )?(?:isn't|is not|doesn't|does not|hasn't|has not|aber nicht|nicht|jedoch nicht|ist es nicht|ist nicht|hat keins|hat keine\w*|not|nicht mehr|no longer|not any ?more)\W*$/;
/** "My co-worker, who is 45, …", "Der Chef, der selbst aus Polen kommt, …": a relative clause goes on about the subject. */
/** A segment without a subject of its own ("…, hat schon deutschen Pass") too. */
const RELATIVE_CLAUSE =
  /^\W*(?:who|which|whose|(?:der|die) (?:selbst|auch|schon|ist|war|hat|hatte|kam|kommt|seit)|(?:hat|hatte|ist|war|kam|kommt|spricht|arbeitet|wohnt|lebt|has|had|is|was|came|lives|works|speaks)\b)/;
/** "Unser Ausbilder sagt, er hat eine Duldung": reported speech is about the candidate again. */
const REPORTED = /\b(?:sagt|sagte|gesagt|meint|meinte|says|said|told|erzaehlt\w*|dass)\b/;
const NOW = /^\W*(?:now|jetzt|nun|aktuell|currently|this time|diesmal)\b/;

/** "ist selbst 2001 gekommen" compares; "hat selbst gekündigt" (by herself, before a participle) does not. */
const SELF = /\b(?:selbst|selber)\b(?! (?:ge|be|ver|er|zer|ent)\w+(?:t|en)\b)|\b(?:himself|herself|themselves)\b/;

/**
 * "Nicht sie, sondern ihr Mann war in der Erstaufnahme", "Not him but his cousin is in a Dublin procedure": the
 * candidate named and denied, another person put in their place. From "sondern"/"but" to the end of its segment is
 * about that person; the candidate is denied what it says (contrastedStretches).
 */
const NOT_CANDIDATE_BUT =
  /\b(?:nicht|not) (?:er|sie|ihn|ihm|ihr|he|she|him|her|der (?:bewerber|kandidat|azubi)\w*|die (?:bewerberin|kandidatin|auszubildende)|the (?:candidate|applicant))(?: (?:selbst|himself|herself))?\W{1,3}(?:sondern|but)\b/g;
/** The person put in the candidate's place: "ihr Mann", "his cousin", "sein älterer Bruder". */
const PUT_IN_PLACE =
  /^\W*(?:(?:sein\w*|ihr\w*|his|her|their|der|die|das|the|a|an|ein\w*|unser\w*|our|my|mein\w*) )?(?:(?:aeltere|juengere|grosse|kleine|older|younger|big|little)\w* )?\w+/;
function deniedForOther(doc: Doc): { whole: Span; said: Span }[] {
  const out: { whole: Span; said: Span }[] = [];
  for (const m of doc.text.matchAll(NOT_CANDIDATE_BUT)) {
    const from = m.index + m[0].length;
    const end = spanOf(doc.segments, from).end;
    const subject = PUT_IN_PLACE.exec(doc.text.slice(from, end));
    out.push({ whole: { start: m.index, end }, said: { start: from + (subject ? subject[0].length : 0), end } });
  }
  return out;
}

const cache = new WeakMap<Doc, Span[]>();

function cutAtReported(text: string, seg: Span, from: number): Span {
  const m = REPORTED.exec(text.slice(from, seg.end));
  return { start: seg.start, end: m ? from + m.index : seg.end };
}

/** The stretches of the message that speak about someone other than the candidate. */
export function otherPersonSpans(doc: Doc): Span[] {
  const known = cache.get(doc);
  if (known) return known;
  const spans: Span[] = deniedForOther(doc).map((d) => d.whole);
  const segs = doc.segments;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Span;
    const text = doc.text.slice(seg.start, seg.end);
    const staff = STAFF_SUBJECT.exec(text);
    const relative = staff ? null : RELATIVE_SUBJECT.exec(text);
    const subject = staff ?? relative;
    const rest = subject ? text.slice(subject[0].length) : '';
    // A relative is the candidate ("Mein Bruder soll bei mir arbeiten") unless the message sets the candidate apart.
    const elsewhere = doc.text.slice(0, seg.start) + doc.text.slice(seg.end);
    const contrast = segs.some((o) => o !== seg && CONTRAST.test(doc.text.slice(o.start, o.end)));
    // "My apprentice's mother …": a relative of someone named is not that someone.
    // "his brother is also here …": a relative of the candidate ("sein Bruder", "her sister") is someone else.
    const possessive =
      relative !== null && (/\w's /.test(relative[0]) || /^\W*(?:his|her|their|sein\w*|ihr\w*) /.test(relative[0]));
    // "Meine Frau ist selbst 2001 aus Bosnien gekommen", "My wife came over from Iran herself": "selbst" compares the
    // relative with the candidate, so the relative is not the candidate.
    const compared = relative !== null && SELF.test(rest);
    const apart = !relative || possessive || compared || NAMES_CANDIDATE_ELSEWHERE.test(elsewhere) || contrast;
    if (subject && !CANDIDATE.test(rest) && apart) {
      spans.push(cutAtReported(doc.text, seg, seg.start + subject[0].length));
      for (let j = i + 1; j < segs.length; j++) {
        const next = segs[j] as Span;
        const said = doc.text.slice(next.start, next.end);
        if (!RELATIVE_CLAUSE.test(said) || CANDIDATE.test(said)) break;
        spans.push(next);
        i = j;
      }
      continue;
    }
    const former = FORMER.exec(text);
    if (former) {
      // From the former person to the end of the sentence, unless a segment turns to the candidate or to now.
      const sentence = doc.sentences.find((s) => seg.start >= s.start && seg.start < s.end);
      spans.push({ start: seg.start + former.index, end: seg.end });
      for (let j = i + 1; j < segs.length; j++) {
        const next = segs[j] as Span;
        if (!sentence || next.start >= sentence.end) break;
        const said = doc.text.slice(next.start, next.end);
        if (NOW.test(said) || NAMES_CANDIDATE_ELSEWHERE.test(said)) break;
        spans.push(next);
        i = j;
      }
    }
  }
  cache.set(doc, spans);
  return spans;
}

/** Whether the words at `at` stand in a stretch about someone other than the candidate. */
export function aboutOtherPerson(doc: Doc, at: number): boolean {
  return otherPersonSpans(doc).some((s) => at >= s.start && at < s.end);
}

/** Drops every fact read from such a stretch (the extractors that stop at their first match skip it themselves). */
export function withoutOtherPersons(doc: Doc, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !aboutOtherPerson(doc, f.start));
}

/**
 * "Her brother is in a Dublin procedure, but she is not", "Der Vater ist vorbestraft, der Sohn nicht": an elliptic
 * contrast denies for the candidate what was just said of the other person. The other person's stretches so denied,
 * each without its subject (so that the rules read it as if said of the candidate); understand.ts flips what they say.
 */
export function contrastedStretches(doc: Doc): Span[] {
  const spans = otherPersonSpans(doc);
  if (spans.length === 0) return [];
  const out: Span[] = deniedForOther(doc).map((d) => d.said);
  for (const seg of doc.segments) {
    if (!CONTRAST.test(doc.text.slice(seg.start, seg.end))) continue;
    const sentence = doc.sentences.find((x) => seg.start >= x.start && seg.start < x.end);
    for (const o of spans) {
      if (o.end > seg.start || (sentence && o.start < sentence.start)) continue;
      const text = doc.text.slice(o.start, o.end);
      const subject = STAFF_SUBJECT.exec(text) ?? RELATIVE_SUBJECT.exec(text);
      out.push({ start: o.start + (subject ? subject[0].length : 0), end: o.end });
    }
  }
  return out;
}

/** A criminal record told of the other person ("Der Vater ist vorbestraft"): its denial is the candidate's none. */
export const RECORD = /\bvorbestraft\b|\bvorstrafe\w*|\bcriminal record\b|\bconvicted\b|\bstraffaellig\w*/;
