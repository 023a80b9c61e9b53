import type { Ymd } from './date-math.js';
import { wordsBefore } from './normalize.js';
import { HALF, NUMBER_WORDS, QUALIFIERS, REL_FILLERS, REL_WORDS, type Rel, UNITS } from './time-words.js';

/** How precisely a date was said: "2019", "März 2019", "3.3.2019" (contract v1.1 partial dates). */
export type Precision = 'year' | 'month' | 'day';

/**
 * A date, a month without year, or a duration found in the text, with the preposition in front of it.
 * A date keeps the precision it was said with: its day (and month) beyond that are placeholders for
 * arithmetic only and never reach a fact. `endOf` marks "Ende März" / "Ende des Jahres": an expiry then
 * means the last day, a past date only the month or year.
 */
export interface TimeExpr {
  start: number;
  end: number;
  rel: Rel;
  precision: Precision;
  endOf?: 'month' | 'year';
  date?: Ymd;
  month?: { m: number; d: number; endOfMonth: boolean };
  duration?: { months: number; days: number };
  /**
   * "seitdem", "since then" (`same`): the date said before it; "im selben Jahr" (`year`): that date's
   * year (with `month`: "im April desselben Jahres"); "im selben Monat" (`month`): that date's month. Resolved against the text in time-cues.ts; until then the expression has no date.
   */
  anaphor?: 'same' | 'year' | 'month';
  /** "drei Monate später", "a year later", "im Folgejahr": the anaphor's date moved on by this much. */
  later?: { months: number; days: number };
  /** "two weeks after arriving in March 2024": the anaphor leans on the date said after it, not before. */
  ahead?: boolean;
  /**
   * "am 2.", "the 2nd": a day of a month not said. It dates nothing by itself; only a month known from the
   * dialogue (the day asked of "05/2025") makes it a date (dialogue.ts).
   */
  dayOnly?: number;
  /** A month without year that continues the story of the date before it (see time-cues.ts `storyMonth`). */
  anchor?: Ymd;
  /**
   * "gestern", "letzten Freitag", "yesterday": a day counted from today. It dates only what happened
   * (an ending, an expiry: the absorbers of time-cues.ts), never a fact of the person's history.
   */
  deictic?: boolean;
}

export function relOf(text: string, start: number, end: number): Rel {
  // The next word of the same clause only: "seit 2025. Her birthday …" is no "2025 her".
  const after = /^ *([\p{L}']+)/u.exec(text.slice(end))?.[1];
  if (after === 'ago' || after === 'her') return 'ago';
  if (after === 'lang' || after === 'long') return 'for';
  const before = wordsBefore(text, start, 4).reverse();
  const word = before.find((w) => !REL_FILLERS.has(w) && !QUALIFIERS.has(w));
  const rel = REL_WORDS[word ?? ''];
  if (rel) return rel;
  // "er hat zum 31.12. gekündigt": the day the job ends, not the day of the notice.
  if (before[0] === 'zum') return 'until';
  return before.some((w) => w === 'schon' || w === 'bereits' || w === 'already') ? 'since' : 'none';
}

const num = (tok: string | undefined) =>
  tok === undefined ? undefined : /^\d/.test(tok) ? Number(tok.replace(',', '.')) : NUMBER_WORDS[tok];

const AGE_AFTER = new Set(['old', 'alt', 'alte', 'alter', 'altes', 'altem', 'alten']);

/** Durations ("14 Monaten", "einem halben Jahr", "two and a half years", "2 Jahren und 3 Monaten"). */
export function durations(text: string): TimeExpr[] {
  const toks = [...text.matchAll(/\d+(?:[.,]\d+)?|[a-z']+/g)].map((m) => ({
    t: m[0],
    at: m.index,
    end: m.index + m[0].length,
  }));
  const t = (i: number) => toks[i]?.t;
  const out: TimeExpr[] = [];
  for (let i = 0; i < toks.length; i++) {
    const unit = UNITS[t(i) ?? ''];
    if (!unit) continue;
    let first = i - 1;
    let n = num(t(first));
    if (HALF.has(t(first) ?? '')) {
      n = 0.5;
      if (num(t(first - 1)) === 1) first -= 1;
    } else if (t(first) === 'a' && t(first - 1) === 'half') [n, first] = [0.5, first - 1];
    else if (t(first) === 'half' && t(first - 1) === 'a' && t(first - 2) === 'and' && num(t(first - 3)) !== undefined)
      [n, first] = [(num(t(first - 3)) ?? 0) + 0.5, first - 3];
    if (n === undefined) continue;
    while (QUALIFIERS.has(t(first - 1) ?? '')) first -= 1;
    let last = i;
    if (['and a half', 'und ein halb', 'und einem halben'].includes([t(i + 1), t(i + 2), t(i + 3)].join(' ')))
      [n, last] = [n + 0.5, i + 3];
    let months = n * unit[0];
    let days = n * unit[1];
    const extra = UNITS[t(last + 3) ?? ''];
    const n2 = num(t(last + 2));
    if ((t(last + 1) === 'und' || t(last + 1) === 'and') && extra && n2 !== undefined) {
      months += n2 * extra[0];
      days += n2 * extra[1];
      last += 3;
    }
    // "a 25 year old girl", "ne 25 jahre alte Tunesierin": an age, never a duration.
    if (AGE_AFTER.has(t(last + 1) ?? '')) {
      i = last;
      continue;
    }
    const start = toks[first]?.at ?? 0;
    const end = toks[last]?.end ?? 0;
    out.push({ start, end, rel: relOf(text, start, end), precision: 'day', duration: { months, days } });
    i = last;
  }
  return [...out, ...unitless(text, out)].sort((a, b) => a.start - b.start);
}

/**
 * "in Germany for four years, tolerated for two (of them)", "seit vier Jahren hier, geduldet seit zwei davon": a
 * count without its unit takes the unit of the duration just before it in the same sentence.
 */
function unitless(text: string, found: readonly TimeExpr[]): TimeExpr[] {
  const out: TimeExpr[] = [];
  // "for the last three", "tolerated the past two", "die letzten zwei": the same count, said back from today.
  const re =
    /\b(?:(?:for|seit|since)(?: (?:the|die|den) (?:last|past|letzten|vergangenen))?|(?:the|die|den) (?:last|past|letzten|vergangenen)) (\d{1,2}|[a-z]+)(?: (?:of them|davon))?(?= *(?:[,.;!)]|$|and\b|und\b))/g;
  for (const m of text.matchAll(re)) {
    const n = num(m[1]);
    if (n === undefined || !Number.isInteger(n) || n < 1 || /^(?:an?|ein\w*|ne[mnr])$/.test(m[1] ?? '')) continue;
    const before = found.filter((d) => d.duration && d.end <= m.index && !/[.;!?]/.test(text.slice(d.end, m.index)));
    const prev = before[before.length - 1]?.duration;
    if (!prev) continue;
    const years = prev.months > 0 && prev.months % 12 === 0 && prev.days === 0;
    const monthsOnly = prev.months > 0 && prev.days === 0;
    if (!years && !monthsOnly) continue;
    const start = m.index + m[0].search(new RegExp(`\\b${m[1]}(?: of them| davon)?$`));
    const end = m.index + m[0].length;
    out.push({
      start,
      end,
      rel: relOf(text, start, end),
      precision: 'day',
      duration: { months: n * (years ? 12 : 1), days: 0 },
    });
  }
  return out;
}
