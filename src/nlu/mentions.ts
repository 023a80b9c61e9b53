import type { FactKey } from '../domain/facts.js';
import { fold } from './normalize.js';

/**
 * Facts the employer spoke about but the NLU could not read ("Er ist Iraner" with a typo beyond
 * repair, "Papiere: grüne Karte"). When the bot then asks that fact, it quotes the employer's words
 * instead of asking as if nothing had been said. The topic words are matched on folded text; the
 * quote is the employer's own sentence, cut to a short length.
 */
const TOPICS: ReadonlyArray<readonly [FactKey, RegExp]> = [
  [
    'status',
    /\b(?:duldung\w*|gestattung|aufenthalt\w*|papier\w*|dokument\w*|ausweis\w*|visum|visa|permit|toleration|fiktion\w*|titel)\b/,
  ],
  [
    'workClause',
    /\b(?:nebenbestimmung|auflage|steht (?:drauf|darauf|drin)|eintrag|vermerk|erwerbstaetigkeit|it says|written on)\b/,
  ],
  [
    'nationality',
    /\b(?:staatsangehoerigkeit|nationalitaet|nationality|herkunft\w*|citizen\w*|kommt aus|stammt aus|comes from|is from)\b/,
  ],
  [
    'hadWorkPermitOn11June2026',
    /\b(?:arbeitserlaubnis|beschaeftigungserlaubnis|arbeitsgenehmigung|work permit|permission to work)\b/,
  ],
  ['job.kind', /\b(?:stelle|job|taetigkeit|lernen|ausbildung|praktikum|position|arbeiten als|work as)\b/],
  ['entryDate', /\b(?:eingereist|gekommen|angekommen|arrived|came|entered)\b/],
  ['toleratedSince', /\b(?:geduldet|tolerated)\b/],
  ['asylumApplied', /\b(?:asyl\w*|asylum)\b/],
  ['livesInReceptionCentre', /\b(?:unterkunft|heim|lager|camp|accommodation|wohnt in|lebt in|lives in)\b/],
  ['removalMeasuresPending', /\b(?:abschieb\w*|rueckfuehr\w*|deport\w*|removal|ausreise\w*)\b/],
  ['documentValidUntil', /\b(?:gueltig|valid|expire\w*|ablauf\w*)\b/],
  ['job.hoursPerWeek', /\b(?:stunden|hours|teilzeit|vollzeit|part time|full time)\b/],
];
const MAX_QUOTE = 60;

function quoteOf(sentence: string): string {
  const s = sentence.trim().replace(/\s+/g, ' ');
  return s.length <= MAX_QUOTE ? s : `${s.slice(0, MAX_QUOTE - 1).trimEnd()}…`;
}

/** The employer's words about each fact the message names but did not yield (`found`: the facts it did). */
export function mentionedFacts(raw: string, found: readonly FactKey[]): Partial<Record<FactKey, string>> {
  const out: Partial<Record<FactKey, string>> = {};
  // The clause that names it, not the whole sentence: "seine Papiere sind grün mit Stempel".
  // A clause that asks ("Was ist eine Nebenbestimmung?") names a word, not the case.
  const sentences = [...raw.matchAll(/[^.!?\n,;]+/g)]
    .filter((m) => raw[m.index + m[0].length] !== '?')
    .map((m) => ({ raw: m[0], folded: fold(m[0]) }));
  for (const [key, re] of TOPICS) {
    if (found.includes(key)) continue;
    const sentence = sentences.find((s) => re.test(s.folded));
    if (sentence) out[key] = quoteOf(sentence.raw);
  }
  return out;
}
