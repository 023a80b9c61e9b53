import type { FactKey } from '../domain/facts.js';
import { addDays, addMonths, compare, daysInMonth, monthsBetween, shift, toIso, type Ymd, ymd } from './date-math.js';
import type { Precision, TimeExpr } from './time-durations.js';
import type { FactValue } from './types.js';

/** The facts a date or duration can fill, and how. */
export const PAST_DATE_KEYS: readonly FactKey[] = [
  'toleratedSince',
  'entryDate',
  'asylumAppliedOn',
  'identityClarifiedOn',
];
export const MONTH_COUNT_KEYS: readonly FactKey[] = [
  'stayMonths',
  'priorEmploymentMonths',
  'qualifiedEmploymentMonths',
];
export const TIME_KEYS: readonly FactKey[] = [
  ...PAST_DATE_KEYS,
  ...MONTH_COUNT_KEYS,
  'documentValidUntil',
  'schoolYearsInGermany',
];

export interface Resolved {
  value: FactValue;
}

/** A date written at the precision it was said with: `2019`, `2019-03`, `2019-03-05` (contract v1.1). */
export function toPartial(date: Ymd, precision: Precision): string {
  const iso = toIso(date);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

/** A month without a year: the latest one not after today, or the next one not before today. */
function resolveMonth(e: TimeExpr, today: Ymd, future: boolean): Ymd | undefined {
  const mo = e.month;
  if (!mo) return undefined;
  if (e.anchor && !future) return e.anchor;
  let y = today.y;
  if (future && mo.m < today.m) y += 1;
  if (!future && mo.m > today.m) y -= 1;
  const last = new Date(Date.UTC(y, mo.m, 0)).getUTCDate();
  return ymd(y, mo.m, mo.endOfMonth ? last : mo.d);
}

const has = (rels: string, e: TimeExpr) => rels.split(' ').includes(e.rel);

/**
 * A past date as said ("seit März 2024" → 2024-03); its first possible day must not be after today. A duration
 * counted back ("vor 2 Monaten", "seit anderthalb Jahren") gives the month it lands in, never a day: a duration is
 * said in round units, and a day would be made up (contract v1.1: no precision that was not said).
 */
function pastDate(e: TimeExpr, key: FactKey, today: Ymd): string | undefined {
  if (e.duration) {
    // "ist jetzt 5 Jahre hier", "been in Germany four years": a stay said without "seit" runs until today too (a
    // total over gaps is said as one: "insgesamt", a label of stayMonths in time-cues.ts).
    const ok = has('since for ago', e) || ((key === 'toleratedSince' || key === 'entryDate') && e.rel === 'none');
    return ok ? toPartial(shift(today, e.duration.months, e.duration.days, -1), 'month') : undefined;
  }
  if (!has('since at none from', e)) return undefined;
  const date = e.date ?? resolveMonth(e, today, false);
  return date && compare(date, today) <= 0 ? toPartial(date, e.precision) : undefined;
}

/** An expiry as said; "Ende März" / "Ende des Jahres" is the last day of it, the day a document runs out. */
function futureDate(e: TimeExpr, today: Ymd): string | undefined {
  if (e.duration)
    return has('in none', e) ? toPartial(shift(today, e.duration.months, e.duration.days, 1), 'month') : undefined;
  if (!has('until at none', e)) return undefined;
  const date = e.date ?? resolveMonth(e, today, true);
  if (!date) return undefined;
  if (e.endOf === 'year') return toIso({ y: date.y, m: 12, d: 31 });
  if (e.endOf === 'month') return toIso({ ...date, d: daysInMonth(date.y, date.m) });
  return toPartial(date, e.precision);
}

/**
 * "Die Duldung lief bis Ende September", "was valid until 20 November and has expired": an expiry that lies
 * behind; a month without year is the latest one, not the next.
 */
export function pastExpiry(e: TimeExpr, today: Ymd): string | undefined {
  if (e.duration || !has('until at none', e)) return undefined;
  const date = e.date ?? resolveMonth(e, today, false);
  if (!date || compare(date, today) > 0) return undefined;
  if (e.endOf === 'year') return toIso({ y: date.y, m: 12, d: 31 });
  if (e.endOf === 'month') return toIso({ ...date, d: daysInMonth(date.y, date.m) });
  return toPartial(date, e.precision);
}

/**
 * Months completed since a date. A stay starts with an event during a day (entry, the Duldung granted): by
 * § 187 Abs. 1 BGB that day does not count and a month ends with the day of the same number (§ 188 Abs. 2, 3),
 * so on the anniversary itself the month is not yet complete (as `monthsElapsed` in src/domain/law-date.ts). An
 * employment starts with its first working day (§ 187 Abs. 2): it ends the day before the same number, so its
 * month is complete on the anniversary (with no such day, § 188 Abs. 3: the day after the month's last day).
 */
function monthCount(e: TimeExpr, key: FactKey, today: Ymd): number | undefined {
  if (e.duration) return has('since for none', e) ? Math.round(e.duration.months + e.duration.days / 30.4) : undefined;
  if (e.rel !== 'since') return undefined;
  // "arbeitet seit 2024 bei uns", "since spring 2025": from a year the count could be off by eleven months.
  if (e.precision === 'year') return undefined;
  const date = e.date ?? resolveMonth(e, today, false);
  if (!date || compare(date, today) > 0) return undefined;
  if (key !== 'stayMonths') return monthsBetween(date, today);
  // The months whose last day (the same number, else the month's last day) ended before today began.
  const yesterday = addDays(today, -1);
  let months = monthsBetween(date, today) + 1;
  while (months > 0 && compare(addMonths(date, months), yesterday) > 0) months -= 1;
  return months;
}

/**
 * The day something happened, said exactly ("am 4.12.", "gestern", "letzten Freitag", "on 30 November"):
 * a full date not after today, or undefined for a month, a year, a duration or a day said as an end ("zum 31.12.").
 */
export function exactPastDay(e: TimeExpr, today: Ymd): string | undefined {
  if (e.anaphor || e.duration || e.precision !== 'day' || (e.rel !== 'at' && e.rel !== 'none')) return undefined;
  // "Duldung since March 2024 and he resigned on 2 December": an ending is recent, never a step of the story before.
  const date = e.date ?? resolveMonth({ ...e, anchor: undefined }, today, false);
  // "am 4.12." said on 22.11.: the coming 4 December, not one a year ago; no day that happened.
  const coming = e.month && !e.date ? resolveMonth(e, today, true) : undefined;
  if (coming && compare(coming, today) > 0 && monthsBetween(today, coming) < 2) return undefined;
  return date && compare(date, today) <= 0 ? toIso(date) : undefined;
}

/** The value `e` gives `key`, or undefined when the wording does not fit that fact ("bis 2027" is no entry date). */
export function resolveTime(e: TimeExpr, key: FactKey, today: Ymd): Resolved | undefined {
  if (e.anaphor) return undefined;
  if (PAST_DATE_KEYS.includes(key)) {
    const d = pastDate(e, key, today);
    return d ? { value: d } : undefined;
  }
  if (key === 'documentValidUntil') {
    const d = futureDate(e, today);
    return d ? { value: d } : undefined;
  }
  if (MONTH_COUNT_KEYS.includes(key)) {
    const n = monthCount(e, key, today);
    return n !== undefined && n >= 0 ? { value: n } : undefined;
  }
  if (key === 'schoolYearsInGermany' && e.duration && !has('in ago until', e)) {
    return { value: Math.round(e.duration.months / 12) };
  }
  return undefined;
}
