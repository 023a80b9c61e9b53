import { z } from 'zod';

/**
 * A date fact as the employer knows it (contract v1.1): `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO 8601
 * reduced precision). A partial date means "somewhere in that year or month", nothing more: no
 * placeholder day stands for it, so `2025-01-01` is the first of January and `2025` is the year.
 * The rules decide which end of the range is the cautious reading for them.
 */

export type Precision = 'year' | 'month' | 'day';

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
function daysIn(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** A real calendar date or month in the given precision (month 01–12, day within the month). */
function isValid(value: string): boolean {
  const m = SHAPE.exec(value);
  if (!m) return false;
  const [, ys, ms, ds] = m;
  if (ms === undefined) return true;
  const month = Number(ms);
  if (month < 1 || month > 12) return false;
  if (ds === undefined) return true;
  const day = Number(ds);
  return day >= 1 && day <= daysIn(Number(ys), month);
}

export const PartialDate = z
  .string()
  .regex(SHAPE, 'date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isValid, 'no such month or day')
  .meta({
    description:
      'A date as far as it is known: YYYY (the year only), YYYY-MM (the month) or YYYY-MM-DD (the day). ' +
      'A partial date means "somewhere in that year or month"; 2025-01-01 means 1 January 2025.',
    examples: ['2025', '2025-01', '2025-01-15'],
  });
export type PartialDate = z.infer<typeof PartialDate>;

/** How precisely the date is known. Only meaningful for values that passed `PartialDate`. */
export function precisionOf(date: PartialDate): Precision {
  if (date.length === 4) return 'year';
  return date.length === 7 ? 'month' : 'day';
}

export const isPartial = (date: PartialDate): boolean => precisionOf(date) !== 'day';

/** The first day the partial date can mean: `2025` → `2025-01-01`, `2025-05` → `2025-05-01`. */
export function firstDay(date: PartialDate): string {
  switch (precisionOf(date)) {
    case 'year':
      return `${date}-01-01`;
    case 'month':
      return `${date}-01`;
    default:
      return date;
  }
}

/** The last day the partial date can mean: `2025` → `2025-12-31`, `2024-02` → `2024-02-29`. */
export function lastDay(date: PartialDate): string {
  switch (precisionOf(date)) {
    case 'year':
      return `${date}-12-31`;
    case 'month': {
      const days = daysIn(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
      return `${date}-${String(days).padStart(2, '0')}`;
    }
    default:
      return date;
  }
}
