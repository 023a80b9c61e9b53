import { COUNTRIES } from './countries-data.js';
import { isNegated, spanOf, wordsAfter, wordsBefore } from './normalize.js';
import { aboutOtherPerson } from './other-person.js';
import type { Doc, Finding } from './types.js';

interface Form {
  code: string;
  demonym: boolean;
}

function inflect(word: string): string[] {
  if (word.endsWith('isch')) return [word, ...['e', 'en', 'er', 'es', 'em'].map((e) => word + e)];
  if (word.endsWith('er')) return [word, `${word}in`, `${word}innen`, `${word}n`];
  if (word.endsWith('e')) return [word, `${word}n`];
  if (word.endsWith('an') || word.endsWith('i')) return [word, `${word}s`];
  return [word];
}

const FORMS = new Map<string, Form>();
for (const [code, names, demonyms] of COUNTRIES) {
  for (const n of names.split(', ')) FORMS.set(n, { code, demonym: false });
  for (const d of demonyms.split(', '))
    for (const f of inflect(d)) if (!FORMS.has(f)) FORMS.set(f, { code, demonym: true });
}

/** Every spelling, for the typo corrector. */
export const COUNTRY_WORDS: readonly string[] = [...FORMS.keys()].flatMap((f) => f.split(' '));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FORM_RE = new RegExp(
  `(?<![\\p{L}])(${[...FORMS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}])`,
  'gu',
);
const STATELESS_RE =
  /\bstaatenlos\w*|\bstateless\b|\b(?:keine|ohne) staatsangehoerigkeit\b|\bno (?:citizenship|nationality)\b/g;
const PERSON_NAME = /^(herr|frau|mr|mrs|ms|namens|heisst|heisse|named|called|name|chef)$/;
const LANGUAGE_BEFORE =
  /^(spricht|sprechen|spreche|sprach|speaks|speak|spoken|versteht|understands|muttersprache|native|fluent|auf)$/;
const LANGUAGE_AFTER = /^(sprache|language|kenntnisse|fluently|fliessend|speaker|muttersprache|sprachkenntnisse)$/;
const WEAK_BEFORE = /^(in|im|nach|ueber|via|to|through|durch|born|geboren|lived|lebte|italy|camp)$/;
const STRONG_BEFORE =
  /^(aus|from|stammt|staatsangehoerigkeit|nationalitaet|herkunft|herkunftsland|nationality|citizen|citizenship|national|origin|kommt|comes)$/;
const ARTICLES = /^(der|dem|den|die|the|einem|einer)$/;
/** "Abschluss aus Tunesien", "degree from Syria": where a thing comes from, not the person. */
const THING_BEFORE =
  /^(abschluss|berufsabschluss|diplom|studium|bachelor|master|zeugnis|zeugnisse|fuehrerschein|degree|diploma|qualification|license|licence|certificate|papiere|pass|reisepass|passport|urkunde)$/;
/** "Flüchtlinge aus Syrien", "people from Eritrea": a group, not the candidate. */
const GROUP_BEFORE =
  /^(fluechtlingen|fluechtlinge|gefluechteten|leuten|leute|menschen|mitarbeitern|familien|refugees|people|workers|employees|colleagues|families|others|andere|anderen|viele|vielen|many)$/;
/** "ein türkisches Restaurant", "Afghan food": an adjective on a business or thing, not on the person. */
const THING_AFTER =
  /^(restaurant|imbiss|laden|geschaeft|supermarkt|baeckerei|firma|unternehmen|betrieb|kueche|spezialitaeten|gericht|gerichte|essen|lebensmittel|markt|friseur|salon|shop|store|cuisine|food|company|business|bakery|market|kitchen|dishes|speisen|botschaft|konsulat|embassy|consulate|behoerde|behoerden|authorities|abschluss|diplom|degree|fuehrerschein|zeugnis|zeugnisse|papiere|dokumente|documents|sprache|language)$/;
/** "Ich bin Türke", "unser Chef ist Iraner": the employer, not the candidate. */
const EMPLOYER_BEFORE = /^(bin|am|i'm|chef|chefin|inhaber|inhaberin|boss|owner|geschaeftsfuehrer|geschaeftsfuehrerin)$/;
/** A Dublin transfer names the state responsible, not the nationality ("Italien ist zuständig"). */
const DUBLIN = /dublin|ueberstell|rueckueberstell|zustaendig|responsible|transfer/;

/** Rank of a country mention: 0 = place only ("nach Italien"), 1 = bare name, 2 = demonym or "aus X", 3 = stateless. */
function strength(doc: Doc, at: number, word: string, demonym: boolean): number {
  const before = wordsBefore(doc.text, at, 3).reverse();
  const nearest = before.find((w) => !ARTICLES.test(w)) ?? '';
  if (PERSON_NAME.test(before[0] ?? '') || isNegated(doc.text, at, 2) || aboutOtherPerson(doc, at)) return -1;
  if (demonym) {
    const after = wordsAfter(doc.text, at, 3).slice(1);
    if (THING_AFTER.test(after[0] ?? '') || before.some((w) => EMPLOYER_BEFORE.test(w))) return -1;
    // "My wife and I are British", "wir sind Türken": the writer's side.
    if (/^(?:are|sind)$/.test(before[0] ?? '') && /^(?:we|i|wir)$/.test(before[1] ?? '')) return -1;
    // "a valid Afghan passport": the nationality, unless a demonym of the person says otherwise.
    if (/^(?:pass|reisepass|passport)$/.test(after[0] ?? '')) return 1;
    if (before.some((w) => LANGUAGE_BEFORE.test(w)) || after.some((w) => LANGUAGE_AFTER.test(w))) return -1;
    return 2;
  }
  const from = before.findIndex((w) => /^(aus|from)$/.test(w));
  const owner = from >= 0 ? before.slice(from + 1).find((w) => !ARTICLES.test(w)) : undefined;
  if (owner && THING_BEFORE.test(owner)) return 0;
  if (owner && GROUP_BEFORE.test(owner)) return 1;
  if (before.some((w) => STRONG_BEFORE.test(w))) return 2;
  if (DUBLIN.test(sentenceAt(doc, at))) return 0;
  // A country reached only by a typo correction, bare, in a question ("Wie alt ist Angela?"): a name, not a fact.
  if (doc.corrected.has(word) && doc.text[spanOf(doc.sentences, at).end] === '?') return -1;
  // "geboren in Eritrea", "born in Ghana": the nationality as far as the message tells, below "aus"/"from" or a
  // demonym ("Afghane, in Iran geboren").
  if (/^(?:in|im)$/.test(before[0] ?? '') && /^(?:born|geboren)$/.test(before[1] ?? '')) return 1;
  return WEAK_BEFORE.test(nearest) ? 0 : 1;
}

function sentenceAt(doc: Doc, at: number): string {
  const s = spanOf(doc.sentences, at);
  return doc.text.slice(s.start, s.end);
}

export function extractNationality(doc: Doc): Finding[] {
  const minimum = doc.ctx.pendingFactKey === 'nationality' ? 0 : 1;
  let best: Finding | undefined;
  let bestRank = minimum - 1;
  const consider = (f: Finding, rank: number) => {
    if (rank > bestRank) {
      best = f;
      bestRank = rank;
    }
  };
  for (const m of doc.text.matchAll(STATELESS_RE)) {
    if (!isNegated(doc.text, m.index, 1)) consider(stateless(m.index, m[0].length), 3);
  }
  const seen: { code: string; start: number; end: number; rank: number }[] = [];
  for (const m of doc.text.matchAll(FORM_RE)) {
    const form = FORMS.get(m[1] ?? '');
    if (!form) continue;
    const end = m.index + m[0].length;
    const rank = strength(doc, m.index, m[1] ?? '', form.demonym);
    seen.push({ code: form.code, start: m.index, end, rank });
    consider({ key: 'nationality', value: form.code, start: m.index, end }, rank);
  }
  // "aus Eritrea oder Äthiopien", "either from Guinea or from Mali": two countries offered as alternatives say which
  // one is not known; nothing is read (answering the question: the fact is not known).
  const alternatives = seen.some((a, i) =>
    seen
      .slice(i + 1)
      .some(
        (b) =>
          b.code !== a.code &&
          Math.min(a.rank, b.rank) >= Math.max(minimum, 1) &&
          OR_BETWEEN.test(doc.text.slice(a.end, b.start)),
      ),
  );
  // "aus Ukraine – nein, Entschuldigung, aus Moldau", "from Syria, sorry, I mean Iraq": the writer corrects the country.
  const corrected = seen.findLast((b, i) =>
    seen
      .slice(0, i)
      .some((a) => a.code !== b.code && a.rank >= 1 && b.rank >= 1 && CORRECTION.test(doc.text.slice(a.end, b.start))),
  );
  if (corrected) return [{ key: 'nationality', value: corrected.code, start: corrected.start, end: corrected.end }];
  if (best && alternatives) return minimum === 0 ? [{ ...(best as Finding), either: true }] : [];
  return best ? [best] : [];
}

/** A correction between two country names: "– nein, Entschuldigung, aus", ", sorry, I mean", "äh, ich meine". */
const CORRECTION =
  /^\W*(?:(?:nein|nee|no|sorry|entschuldigung|pardon|aeh|aehm|aeh|um|uh|oops|korrektur|correction|quatsch|mist)\W+){1,3}(?:(?:i mean|ich meine|meine ich|gemeint ist|sondern)\W+)?(?:aus |from )?(?:dem |der |the |n |ne |nen |einen? |an? )?$|^\W*(?:i mean|ich meine|sondern|oder besser|rather)\W+(?:aus |from )?(?:dem |der |the )?$/;

/** Only an "or" between two country names: "Irak oder aus Syrien", "Guinea or from Mali", "Syrer bzw. Iraker". */
const OR_BETWEEN = /^ (?:\w+ )?(?:oder|or|bzw\.?|beziehungsweise)(?: \w+){0,3} $/;

function stateless(start: number, length: number): Finding {
  return { key: 'nationality', value: 'stateless', start, end: start + length };
}
