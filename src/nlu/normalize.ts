const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
/** Short words people often type without the umlaut; longer ones are left to the typo corrector. */
const SHORT_FIXES: Record<string, string> = { fur: 'fuer', uber: 'ueber', nachste: 'naechste', nachsten: 'naechsten' };

/**
 * Lower case, umlauts folded to ae/oe/ue/ss, accents dropped, quotes removed and hyphens inside
 * words replaced by a space ("603-Euro-Job" → "603 euro job"), so patterns only see one spelling.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUTS[c] ?? c)
    .replace(/(\d) ?½/g, '$1,5')
    .replace(/(\d) 1\/2(?![\d/])/g, '$1,5')
    .replace(/½/g, '0,5')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/["„“”«»]/g, ' ')
    .replace(/(?<=[\p{L}\d])[-–‑](?=\p{L})|(?<=\p{L})[-–‑](?=\d)/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\p{L}]+/gu, (w) => SHORT_FIXES[w] ?? w)
    .trim();
}

const ABBREVIATIONS = new Set([
  'ca',
  'bzw',
  'abs',
  'nr',
  's',
  'z',
  'b',
  'dr',
  'fa',
  'str',
  'usw',
  'ggf',
  'evtl',
  'inkl',
  'std',
  'bzgl',
  'u',
  'a',
  // "Duldung exp. 30.4.27", "geb. 12.03.2001"
  'exp',
  'geb',
]);

/**
 * Clause boundaries: punctuation and the conjunctions that start a new statement. A date's dots
 * ("3.5.2025", "3. Mai") and abbreviations ("ca.", "Abs.") do not end a clause.
 */
export function splitClauses(text: string): { start: number; end: number }[] {
  return splitBy(
    text,
    /(?<!\d),|,(?!\d)|[;!?\n]|\s(?:und|and|aber|but|sowie|sondern|jetzt|now|danach|then)\s|\.(?=\s|$)/g,
  );
}

export function splitSentences(text: string): { start: number; end: number }[] {
  return splitBy(text, /[;!?\n]|\.(?=\s|$)/g);
}

/**
 * Words that join two statements inside one clause of punctuation ("eingereist 2015 und seit 2019
 * geduldet"), and parentheses ("mit Duldung (seit 2021)"): a date may bind across them, at a price.
 */
/** Also a subordinate clause's conjunction: "a Duldung since Oct 2024 after his asylum was rejected". */
export const SOFT_BOUNDARY =
  /\s(?:und|and|aber|but|sowie|sondern|jetzt|now|danach|then)\s|\s(?:after|nachdem|because|weil|before|bevor)\s(?=(?:his|her|the|he|she|they|it|er|sie|es|der|die|das|sein\w*|ihr\w*)\b)|[()]/g;

/**
 * Clauses bounded by punctuation only: a date binds to a word of its own segment, never across a comma
 * or a full stop. A colon is no boundary: "Einreise: 03/2021" is a label and its value.
 */
export function splitSegments(text: string): { start: number; end: number }[] {
  // "arrived Jan 2022 -> asylum filed Feb 2022 -> rejected Nov 2023": an arrow ends a step of the timeline.
  return splitBy(text, /(?<!\d),|,(?!\d)|[;!?\n]|\s[-–]\s|\s?(?:-+>|=+>|→|>)\s|\.(?=\s|$)/g);
}

function splitBy(text: string, re: RegExp): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index;
    if (m[0] === '.') {
      const before = /([\p{L}\d]+)$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1] ?? '';
      // "3. Mai", "1. Lehrjahr", "3.11." go on; a year ends its sentence ("seit September 2025. Asylantrag …").
      if (/^\d{1,2}$/.test(before) || ABBREVIATIONS.has(before)) continue;
    }
    if (at > start) spans.push({ start, end: at });
    start = at + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** The words right before `at` (nearest last), for negation and context checks. */
export function wordsBefore(text: string, at: number, count: number): string[] {
  const words = text.slice(Math.max(0, at - 80), at).match(/[\p{L}\d']+/gu) ?? [];
  return words.slice(-count);
}

export function wordsAfter(text: string, at: number, count: number): string[] {
  return (text.slice(at, at + 80).match(/[\p{L}\d']+/gu) ?? []).slice(0, count);
}

export const NEGATORS =
  /^(nicht|kein|keine|keinen|keiner|keinem|keines|nie|niemals|ohne|no|not|never|without|weder|nor|hasn't|hasnt|isn't|isnt|doesn't|doesnt|didn't|didnt|don't|dont|wasn't|nimmer|ned|nich|nit)$/;

/**
 * True when one of the `window` words before `at` negates what follows. A negation reaches no further back than its
 * clause: in "Zurückgezogen hat sie ihn nicht, das Verfahren läuft noch" the "nicht" denies the withdrawal only.
 */
export function isNegated(text: string, at: number, window = 3): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('. ')) + 1);
  return (clause.match(/[\p{L}\d']+/gu) ?? []).slice(-window).some((w) => NEGATORS.test(w));
}

/** Replaces the given spans by spaces, keeping all offsets valid. */
export function maskSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const s of spans) chars.fill(' ', s.start, s.end);
  return chars.join('');
}

export function spanOf(spans: readonly { start: number; end: number }[], at: number) {
  return spans.find((s) => at >= s.start && at < s.end) ?? { start: 0, end: 0 };
}
