/** Calendar arithmetic on plain year/month/day numbers; no clock, no time zones. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseIso(iso: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A valid calendar date or undefined ("31.02." is not a date). */
export function ymd(y: number, m: number, d: number): Ymd | undefined {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

export function toIso({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function compare(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Adds whole months; the day is clamped to the month's length (31.03. − 1 month = 28./29.02.). */
export function addMonths(date: Ymd, months: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Whole months from `from` to `to` (a month counts once its day is reached). */
export function monthsBetween(from: Ymd, to: Ymd): number {
  return (to.y - from.y) * 12 + (to.m - from.m) - (to.d < from.d ? 1 : 0);
}

/** Shifts by a duration given in (possibly fractional) months plus days. */
export function shift(date: Ymd, months: number, days: number, sign: 1 | -1): Ymd {
  const whole = Math.trunc(months);
  const extraDays = Math.round((months - whole) * 30) + days;
  return addDays(addMonths(date, sign * whole), sign * extraDays);
}
