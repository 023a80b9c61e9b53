import type { FactKey } from '../domain/facts.js';
import { compare, monthsBetween, shift, toIso, type Ymd, ymd } from './date-math.js';
import type { TimeExpr } from './time-durations.js';
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
  approximate: boolean;
}

/** A month without a year: the latest one not after today, or the next one not before today. */
function resolveMonth(e: TimeExpr, today: Ymd, future: boolean): Ymd | undefined {
  const mo = e.month;
  if (!mo) return undefined;
  let y = today.y;
  if (future && mo.m < today.m) y += 1;
  if (!future && mo.m > today.m) y -= 1;
  const last = new Date(Date.UTC(y, mo.m, 0)).getUTCDate();
  return ymd(y, mo.m, mo.endOfMonth ? last : mo.d);
}

const has = (rels: string, e: TimeExpr) => rels.split(' ').includes(e.rel);

function pastDate(e: TimeExpr, key: FactKey, today: Ymd): Ymd | undefined {
  if (e.duration) {
    const ok = has('since for ago', e) || (key === 'toleratedSince' && e.rel === 'none');
    return ok ? shift(today, e.duration.months, e.duration.days, -1) : undefined;
  }
  if (!has('since at none from', e)) return undefined;
  const date = e.date ?? resolveMonth(e, today, false);
  return date && compare(date, today) <= 0 ? date : undefined;
}

function futureDate(e: TimeExpr, today: Ymd): Ymd | undefined {
  if (e.duration) return has('in none', e) ? shift(today, e.duration.months, e.duration.days, 1) : undefined;
  if (!has('until at none', e)) return undefined;
  return e.date ?? resolveMonth(e, today, true);
}

function monthCount(e: TimeExpr, today: Ymd): number | undefined {
  if (e.duration) return has('since for none', e) ? Math.round(e.duration.months + e.duration.days / 30.4) : undefined;
  if (e.rel !== 'since') return undefined;
  const date = e.date ?? resolveMonth(e, today, false);
  return date && compare(date, today) <= 0 ? monthsBetween(date, today) : undefined;
}

/** The value `e` gives `key`, or undefined when the wording does not fit that fact ("bis 2027" is no entry date). */
export function resolveTime(e: TimeExpr, key: FactKey, today: Ymd): Resolved | undefined {
  if (PAST_DATE_KEYS.includes(key)) {
    const d = pastDate(e, key, today);
    return d ? { value: toIso(d), approximate: e.approximate } : undefined;
  }
  if (key === 'documentValidUntil') {
    const d = futureDate(e, today);
    return d ? { value: toIso(d), approximate: e.approximate } : undefined;
  }
  if (MONTH_COUNT_KEYS.includes(key)) {
    const n = monthCount(e, today);
    return n !== undefined && n >= 0 ? { value: n, approximate: e.approximate } : undefined;
  }
  if (key === 'schoolYearsInGermany' && e.duration && !has('in ago until', e)) {
    return { value: Math.round(e.duration.months / 12), approximate: false };
  }
  return undefined;
}
