import { firstDay, lastDay } from '../domain/partial-date.js';
import type { Ymd } from './date-math.js';
import { spanOf } from './normalize.js';
import { PERMIT } from './person-numbers.js';
import type { TimeExpr } from './time-durations.js';
import { resolveTime } from './time-facts.js';
import type { Doc, Finding } from './types.js';

/** § 104 Abs. 18 Nr. 2 AufenthG: the day on which a permission to work must have been held. */
const CUT_OFF = '2026-06-11';
/** The date of an application says nothing about a permission held. */
const APPLIED = /antrag|beantragt|eingereicht|appl(?:y|ied|ication)/;

/**
 * "Seit Juli 2026 hat er eine Beschäftigungserlaubnis": a permission dated after 11.06.2026 was not
 * held on that day; one held since an earlier date was. Only dates no cue word claimed are read, and
 * those it reads are no longer free for the pending question.
 */
/** "worked from March till September 2026 with a permit": any word of a permission beside a period of work. */
const PERMISSION = /erlaubnis|genehmigung|\bpermit\b|permission|authori[sz]ation/;

/** A period said with its permission ("von März bis September 2026 mit Erlaubnis gearbeitet") that holds the day. */
function periodHoldsCutOff(doc: Doc, spans: ReadonlyArray<readonly [TimeExpr, TimeExpr]>, today: Ymd): Finding[] {
  for (const [from, until] of spans) {
    const s = spanOf(doc.sentences, from.start);
    const sentence = doc.text.slice(s.start, s.end);
    if (!PERMISSION.test(sentence) || APPLIED.test(sentence)) continue;
    const a = resolveTime({ ...from, rel: 'at' }, 'entryDate', today)?.value;
    const b = resolveTime({ ...until, rel: 'at' }, 'entryDate', today)?.value;
    if (typeof a !== 'string' || typeof b !== 'string') continue;
    if (lastDay(a) <= CUT_OFF && firstDay(b) >= CUT_OFF)
      return [{ key: 'hadWorkPermitOn11June2026', value: true, start: from.start, end: until.end }];
  }
  return [];
}

export function permitFromDates(
  doc: Doc,
  orphans: readonly TimeExpr[],
  today: Ymd,
  spans: ReadonlyArray<readonly [TimeExpr, TimeExpr]> = [],
): { found: Finding[]; rest: TimeExpr[] } {
  const held = periodHoldsCutOff(doc, spans, today);
  if (held.length > 0) return { found: held, rest: [...orphans] };
  for (const [i, e] of orphans.entries()) {
    const s = spanOf(doc.sentences, e.start);
    const sentence = doc.text.slice(s.start, s.end);
    if (!PERMIT.test(sentence) || APPLIED.test(sentence)) continue;
    // Any past date will do: the entry-date reading accepts "seit", "ab", "im" and bare dates.
    const date = resolveTime(e, 'entryDate', today)?.value;
    if (typeof date !== 'string') continue;
    const since = e.rel === 'since' || e.rel === 'from';
    // "seit 2026" or "seit Juni 2026" may mean after the 11th: a partial date decides only when all of it
    // lies on one side of the day.
    const early = lastDay(date) <= CUT_OFF;
    const late = firstDay(date) > CUT_OFF;
    if ((!early && !late) || (early && !since)) continue;
    const finding: Finding = { key: 'hadWorkPermitOn11June2026', value: early, start: e.start, end: e.end };
    return { found: [finding], rest: orphans.filter((_, j) => j !== i) };
  }
  return { found: [], rest: [...orphans] };
}
