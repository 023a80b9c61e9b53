import type { IsoDate } from './facts.js';

/**
 * Date-only arithmetic for legal deadlines. Legal dates are calendar days, never instants, so this
 * works on `YYYY-MM-DD` strings with integer maths and never touches the clock or a time zone.
 */

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function parse(date: IsoDate): Ymd {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) };
}

function format({ y, m, d }: Ymd): IsoDate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** ISO strings compare like dates because they are zero-padded: negative when a is earlier. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const isBefore = (a: IsoDate, b: IsoDate) => a < b;
export const isOnOrBefore = (a: IsoDate, b: IsoDate) => a <= b;
export const isAfter = (a: IsoDate, b: IsoDate) => a > b;
export const isOnOrAfter = (a: IsoDate, b: IsoDate) => a >= b;

/** The later of the given dates (undefined entries ignored). */
export function latest(...dates: (IsoDate | undefined)[]): IsoDate | undefined {
  let best: IsoDate | undefined;
  for (const date of dates) if (date !== undefined && (best === undefined || date > best)) best = date;
  return best;
}

/**
 * Adds calendar months; a day that does not exist in the target month is clamped to its last day
 * (31.01. + 1 month = 28./29.02.), which is how German deadlines ending in a short month are read.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { y, m, d } = parse(date);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return format({ y: ny, m: nm, d: Math.min(d, daysInMonth(ny, nm)) });
}

export const addYears = (date: IsoDate, years: number) => addMonths(date, years * 12);

// Days since 1970-01-01 for a civil date (proleptic Gregorian), after H. Hinnant's algorithm.
function toDays({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export const addDays = (date: IsoDate, days: number): IsoDate => format(fromDays(toDays(parse(date)) + days));

/** Calendar days from a to b (negative when b is earlier). */
export const daysBetween = (a: IsoDate, b: IsoDate): number => toDays(parse(b)) - toDays(parse(a));

/**
 * Whole months completed from `from` to `to` (e.g. 2026-01-31 → 2026-02-28 is one month, because
 * the clamped anniversary has been reached). Negative when `to` is earlier.
 */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return -monthsBetween(to, from);
  const a = parse(from);
  const b = parse(to);
  const months = (b.y - a.y) * 12 + (b.m - a.m);
  return addMonths(from, months) <= to ? months : months - 1;
}

/**
 * §§ 187 Abs. 1, 188 Abs. 2, 3 BGB (§ 31 Abs. 1 VwVfG): a period of `months` that starts with an event during
 * a day (entry, asylum request or registration, the Duldung being granted, learning of an end) does not count
 * that day and ends at the end of the day with the same number `months` later (the month's last day when there
 * is none). "Nach drei Monaten", "seit drei Monaten", "nach einem vierjährigen Aufenthalt" are met only from the
 * next day: the day returned here. (A period that starts at the beginning of a day — § 187 Abs. 2, e.g. an
 * employment from its first working day — is met on `addMonths(start, months)` itself.)
 */
export const dayAfterPeriod = (start: IsoDate, months: number): IsoDate => addDays(addMonths(start, months), 1);

/**
 * Whole months of a period started by an event on `start` (§ 187 Abs. 1 BGB) that have run out before `date`
 * begins (0 up to and including the start day): `monthsElapsed(s, d) >= n` exactly when `d >= dayAfterPeriod(s, n)`.
 */
export const monthsElapsed = (start: IsoDate, date: IsoDate): number =>
  date <= start ? 0 : monthsBetween(start, addDays(date, -1));

/** Whether something valid from `from` until `until` (inclusive; null = open-ended) applies on `date`. */
export function inForce(date: IsoDate, from: IsoDate, until: IsoDate | null): boolean {
  return from <= date && (until === null || date <= until);
}
