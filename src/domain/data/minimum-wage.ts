import type { EntryId } from '../citations.js';
import type { IsoDate } from '../facts.js';

/**
 * Statutory minimum wage (§ 1 MiLoG with MiLoV4/MiLoV5) and the minijob ceiling derived from it
 * (§ 8 Abs. 1a SGB IV: minimum wage × 130 / 3, rounded up), with the entry that states each year.
 */
export interface WageRow {
  readonly from: IsoDate;
  readonly hourly: number;
  readonly minijobCeiling: number;
  readonly entry: EntryId;
  /** The amount was not checked against the ordinance text (knowledge entry status `check`). */
  readonly unverified?: boolean;
}

export const MINIMUM_WAGE: readonly WageRow[] = [
  { from: '2025-01-01', hourly: 12.82, minijobCeiling: 556, entry: 'wage.minimum-wage-2025', unverified: true },
  { from: '2026-01-01', hourly: 13.9, minijobCeiling: 603, entry: 'wage.minimum-wage-2026' },
  { from: '2027-01-01', hourly: 14.6, minijobCeiling: 633, entry: 'wage.minimum-wage-2027' },
];

/** The row in force on `date`, or undefined before the table starts. */
export function minimumWageOn(date: IsoDate): WageRow | undefined {
  let row: WageRow | undefined;
  for (const candidate of MINIMUM_WAGE) if (candidate.from <= date) row = candidate;
  return row;
}
