import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayAfterPeriod,
  daysBetween,
  daysInMonth,
  inForce,
  isAfter,
  isBefore,
  isOnOrAfter,
  isOnOrBefore,
  latest,
  monthsBetween,
  monthsElapsed,
} from '../../src/domain/law-date.js';

describe('date-only law arithmetic', () => {
  it('adds months within a year and across the year end', () => {
    expect(addMonths('2026-06-12', 3)).toBe('2026-09-12');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-01', -3)).toBe('2025-12-01');
  });

  it('clamps a day that does not exist in the target month to its last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('adds years as twelve months, so 29 February becomes 28 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2022-11-22', 4)).toBe('2026-11-22');
  });

  it('knows the length of every month including leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-11-22', 28)).toBe('2026-12-20');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2027-01-01', '2026-01-01')).toBe(-365);
  });

  it('counts whole months completed, including clamped anniversaries', () => {
    expect(monthsBetween('2022-11-22', '2026-11-22')).toBe(48);
    expect(monthsBetween('2022-11-23', '2026-11-22')).toBe(47);
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(monthsBetween('2026-01-31', '2026-02-27')).toBe(0);
    expect(monthsBetween('2026-05-10', '2026-05-10')).toBe(0);
    expect(monthsBetween('2026-11-22', '2026-08-22')).toBe(-3);
  });

  it('compares ISO dates as calendar days', () => {
    expect(compareDates('2015-08-31', '2015-09-01')).toBe(-1);
    expect(compareDates('2015-09-01', '2015-08-31')).toBe(1);
    expect(compareDates('2026-06-12', '2026-06-12')).toBe(0);
    expect(isBefore('2026-06-11', '2026-06-12')).toBe(true);
    expect(isOnOrBefore('2026-06-12', '2026-06-12')).toBe(true);
    expect(isAfter('2026-06-12', '2026-06-11')).toBe(true);
    expect(isOnOrAfter('2026-06-11', '2026-06-12')).toBe(false);
    expect(latest(undefined, '2026-01-01', '2027-02-28', undefined)).toBe('2027-02-28');
    expect(latest()).toBeUndefined();
  });

  it('treats validity ranges as inclusive on both ends and open when there is no end', () => {
    expect(inForce('2026-06-11', '2024-02-27', '2026-06-11')).toBe(true);
    expect(inForce('2026-06-12', '2024-02-27', '2026-06-11')).toBe(false);
    expect(inForce('2026-06-12', '2026-06-12', null)).toBe(true);
    expect(inForce('2026-06-11', '2026-06-12', null)).toBe(false);
  });

  it('counts a period that starts with an event without that day and ends with the day of the same number (§§ 187 Abs. 1, 188 Abs. 2, 3 BGB)', () => {
    // Registered 20.10.2026: three months end with 20.01.2027, the first day after them is 21.01.2027.
    expect(dayAfterPeriod('2026-10-20', 3)).toBe('2027-01-21');
    // No 31 February: six months from 31.08. end with the month's last day (§ 188 Abs. 3), then 01.03.
    expect(dayAfterPeriod('2026-08-31', 6)).toBe('2027-03-01');
    expect(dayAfterPeriod('2027-08-31', 6)).toBe('2028-03-01');
    expect(dayAfterPeriod('2022-11-22', 48)).toBe('2026-11-23');
    // Months that have run out before the day begins: the third ends with 20.01., so on 21.01. three are done.
    expect(monthsElapsed('2026-10-20', '2027-01-20')).toBe(2);
    expect(monthsElapsed('2026-10-20', '2027-01-21')).toBe(3);
    expect(monthsElapsed('2026-10-20', '2026-10-20')).toBe(0);
    for (const [start, n] of [
      ['2026-10-20', 3],
      ['2026-08-31', 6],
      ['2024-02-29', 12],
      ['2026-01-31', 1],
    ] as const) {
      const first = dayAfterPeriod(start, n);
      expect(monthsElapsed(start, first)).toBeGreaterThanOrEqual(n);
      expect(monthsElapsed(start, addDays(first, -1))).toBeLessThan(n);
    }
  });
});
