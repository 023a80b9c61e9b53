import { DATE_FACT_KEYS, type FactKey } from '../domain/facts.js';
import { answerFor, INTEGER_KEYS, NUMBER_KEYS } from './answers.js';
import { toIso, type Ymd, ymd } from './date-math.js';
import { CORRECTION_MARK, SOFT_CORRECTION } from './intents.js';
import { isNegated, maskSpans, wordsBefore } from './normalize.js';
import type { TimeExpr } from './time-durations.js';
import { PAST_DATE_KEYS, resolveTime } from './time-facts.js';
import { MONTH_ALT, MONTHS } from './time-words.js';
import type { Doc, Finding } from './types.js';

/** What one message yielded before the dialogue context (pending question, last facts) is applied. */
export interface Reading {
  doc: Doc;
  today: Ymd | undefined;
  facts: Map<FactKey, Finding>;
  /** Findings that came from a date or duration and a cue word. */
  dated: readonly Finding[];
  /** Every date and duration in the message, and those no cue word claimed. */
  times: readonly TimeExpr[];
  orphans: readonly TimeExpr[];
  /** Plain numbers nothing claimed ("22"). */
  numbers: ReadonlyArray<{ value: number; at: number }>;
  unknown: readonly FactKey[];
}

/** A yes to the pending question plus a date dates that fact ("Ja, 2017" → applied for asylum in 2017). */
const COMPANION: Partial<Record<FactKey, FactKey>> = { asylumApplied: 'asylumAppliedOn' };
const DENIAL_START = /^(?:(?:ach |oh )?(?:nein|nee|noe)|no|nope|doch)\b/;
/** Yes/no questions about something that happened at a time: a date beside a vague word is that time. */
const DATED_QUESTIONS: readonly FactKey[] = ['asylumApplied', 'hadWorkPermitOn11June2026'];

export function looseNumbers(masked: string): Array<{ value: number; at: number }> {
  const out: Array<{ value: number; at: number }> = [];
  for (const m of masked.matchAll(/(?<![\d.,])(\d+(?:[.,]\d+)?)(?![\d.,]*\d)/g)) {
    if (!isNegated(masked, m.index, 1)) out.push({ value: Number((m[1] ?? '').replace(',', '.')), at: m.index });
  }
  return out;
}

/** Puts a left-over date, duration or number into `key` if it fits that fact. */
function fill(key: FactKey, r: Reading, times: readonly TimeExpr[] = r.orphans): Finding | undefined {
  for (const e of times) {
    const v = r.today && resolveTime(e, key, r.today);
    if (v) return { key, ...v, start: e.start, end: e.end };
  }
  if (!NUMBER_KEYS.includes(key)) return undefined;
  // "Anfang 20" is an age range, not an age.
  const range = (at: number) => key === 'age' && RANGE_WORD.test(wordsBefore(r.doc.text, at, 1)[0] ?? '');
  const n = r.numbers.find((x) => (!INTEGER_KEYS.includes(key) || Number.isInteger(x.value)) && !range(x.at));
  return n && { key, value: n.value, start: n.at, end: n.at };
}

const RANGE_WORD = /^(?:anfang|mitte|ende|ueber|unter|early|mid|late|over|under)$/;
const MONTH_WORD = new RegExp(`\\b(${MONTH_ALT})\\b`);

/**
 * "im Mai" or "Mai" answering the question asked again for a date given only as a year (or a month): the
 * month of that year, not the latest May.
 */
function monthOfGivenYear(r: Reading, pending: FactKey): Finding | undefined {
  const known: unknown = (r.doc.ctx.facts as Record<string, unknown> | undefined)?.[pending];
  if (!PAST_DATE_KEYS.includes(pending)) return undefined;
  // No year given yet ("Wann wurde der Asylantrag gestellt?" – "glaub April"): the latest such month.
  const latest = (m: number) => (r.today ? String(m <= r.today.m ? r.today.y : r.today.y - 1) : undefined);
  // Asked again for the day of "05/2025": "so mitte Mai" keeps 2025, it is no May of another year.
  const given = typeof known === 'string' && /^\d{4}(?:-\d{2})?$/.test(known) ? known.slice(0, 4) : undefined;
  if (known !== undefined && given === undefined) return undefined;
  // "Mai 2021" or "vor 3 Jahren" name their own year.
  if (r.times.some((t) => t.date !== undefined || t.duration !== undefined)) return undefined;
  // Asked the day of "05/2025": "am 2.", "the 2nd" is that month's day (a bare day has no month of its own).
  const bare = r.times.find((t) => t.dayOnly !== undefined);
  if (bare?.dayOnly !== undefined && typeof known === 'string' && /^\d{4}-\d{2}$/.test(known)) {
    const day = ymd(Number(known.slice(0, 4)), Number(known.slice(5, 7)), bare.dayOnly);
    return day ? { key: pending, value: toIso(day), start: bare.start, end: bare.end } : undefined;
  }
  const e = r.orphans.find((t) => t.month !== undefined);
  const word = e ? undefined : MONTH_WORD.exec(r.doc.text);
  const m = e?.month?.m ?? MONTHS[word?.[1] ?? ''];
  if (m === undefined) return undefined;
  const year = given ?? latest(m);
  if (year === undefined) return undefined;
  const y = Number(year);
  // "am 3. Mai" names the day; "im Mai", "Ende Mai" only the month.
  const day = e?.month && e.precision === 'day' ? ymd(y, m, e.month.d) : undefined;
  const value = day ? toIso(day) : `${year}-${String(m).padStart(2, '0')}`;
  const at = e?.start ?? word?.index ?? 0;
  return { key: pending, value, start: at, end: e?.end ?? at + (word?.[0].length ?? 0) };
}

/**
 * "am 12. Mai" with no question pending, in a case that knows one date only as "05/2025": the day of that
 * month (after "weiß nicht genau" made it unknown, the employer found the day after all).
 */
export function refineKnownMonth(r: Reading): void {
  const known = (r.doc.ctx.facts ?? {}) as Record<string, unknown>;
  for (const e of r.orphans) {
    if (e.precision !== 'day' || e.date !== undefined || !e.month) continue;
    const month = `-${String(e.month.m).padStart(2, '0')}`;
    const keys = PAST_DATE_KEYS.filter((k) => {
      const v = known[k];
      return typeof v === 'string' && /^\d{4}-\d{2}$/.test(v) && v.endsWith(month) && !r.facts.has(k);
    });
    const [key] = keys;
    if (keys.length !== 1 || key === undefined) continue;
    const day = ymd(Number(String(known[key]).slice(0, 4)), e.month.m, e.month.d);
    if (day) r.facts.set(key, { key, value: toIso(day), start: e.start, end: e.end });
    return;
  }
}

/**
 * Fills the fact the bot asked for from a bare answer ("ja", "2021", "nur mit Erlaubnis", "22").
 * Returns the finding it filled from a left-over date or number, which a correction may take back.
 */
export function answerPending(r: Reading, pending: FactKey | undefined): Finding | undefined {
  if (!pending) return undefined;
  let filled: Finding | undefined;
  // Asked for the paragraph, "25b" names the basis; the status is already known.
  if (pending === 'permitBasis') r.facts.delete('status');
  // The words of the facts already read are no answer to the question ("Beschäftigung nur mit Erlaubnis"
  // to "Was möchten Sie anbieten?" names the work clause, not a job).
  const spans = [...r.facts.values()].filter((f) => f.end > f.start);
  const value = answerFor(pending, spans.length > 0 ? maskSpans(r.doc.text, spans).trim() : r.doc.text);
  // "weiß nicht genau, 2019": a date beside the "don't know" still answers a date question.
  const dateAsked = (DATE_FACT_KEYS as readonly string[]).includes(pending);
  if (!r.facts.has(pending) && (!r.unknown.includes(pending) || dateAsked)) {
    filled = value === undefined ? (monthOfGivenYear(r, pending) ?? fill(pending, r)) : undefined;
    // "nein, eingereist 2019" while asked about removal: the "nein" takes back a fact already given, it is no answer.
    const known = (r.doc.ctx.facts ?? {}) as Record<string, unknown>;
    const corrects =
      value === false &&
      [...r.facts.values()].some((f) => f.key !== pending && known[f.key] !== undefined && known[f.key] !== f.value);
    const answer = value !== undefined && !corrects ? { key: pending, value, start: 0, end: 0 } : filled;
    if (answer) r.facts.set(pending, answer);
  }
  if (typeof value !== 'boolean') return filled;
  // A date beside a vague word belongs to the question ("nein, die kam erst im August" = the permit came);
  // one beside a clear cue keeps its fact ("ja, seit 2023 geduldet"). Dates no cue took, and those a
  // vague word gave up, may date the question; a start or decision date may not.
  const released = new Set<number>();
  for (const f of r.dated) {
    if (r.facts.get(f.key) !== f || !f.weak || !DATED_QUESTIONS.includes(pending)) continue;
    r.facts.delete(f.key);
    released.add(f.start);
  }
  const companion = COMPANION[pending];
  const free = [...r.orphans, ...r.times.filter((e) => released.has(e.start))];
  const dated = companion && value ? fill(companion, r, free) : undefined;
  if (companion && dated) r.facts.set(companion, dated);
  return filled;
}

/**
 * A correction ("nein, eigentlich seit 2020", "I meant 20 hours, not 30") replaces the most recent
 * earlier fact its value fits. Returns whether the message is a correction.
 */
export function applyCorrection(
  r: Reading,
  last: readonly FactKey[],
  pending: FactKey | undefined,
  answered?: Finding,
): boolean {
  const hasValue = r.facts.size > 0 || r.orphans.length > 0 || r.numbers.length > 0;
  const yesNoPending = pending !== undefined && typeof answerFor(pending, 'ja') === 'boolean';
  const soft = SOFT_CORRECTION.test(r.doc.text) && last.length > 0 && hasValue && !yesNoPending;
  if (!CORRECTION_MARK.test(r.doc.text) && !soft) return false;
  // "eigentlich seit 2019" to "Seit wann lebt er in Deutschland?" answers the question; only a "nein"
  // or an explicit correction takes the value back to the earlier answer.
  if (answered && !CORRECTION_MARK.test(r.doc.text) && !DENIAL_START.test(r.doc.text)) return false;
  for (const key of [...last].reverse()) {
    const f = r.facts.has(key) ? undefined : fill(key, r);
    if (f) {
      r.facts.set(key, f);
      // One value corrects one fact: it no longer answers the pending question as well.
      if (answered && answered.start === f.start && pending) r.facts.delete(pending);
      break;
    }
  }
  return true;
}
