import type { IsoDate } from '../facts.js';
import { EU7_TOLERATED_ON, GE_MD_CUTOFF, GEAS_FROM } from './legal-dates.js';

/**
 * Safe countries of origin as dated tables. A country counts for the ban of § 60a Abs. 6 S. 1
 * Nr. 3 AufenthG only from the day its designation took effect, so an assessment "as of" an
 * earlier date must not apply it.
 */

/** Anlage II AsylG (§ 29a), with the date each designation took effect. EU member states omitted. */
export const NATIONAL_LIST: readonly { code: string; from: IsoDate }[] = [
  { code: 'GH', from: '1993-07-01' },
  { code: 'SN', from: '1993-07-01' },
  { code: 'BA', from: '2014-11-06' },
  { code: 'MK', from: '2014-11-06' },
  { code: 'RS', from: '2014-11-06' },
  { code: 'AL', from: '2015-10-24' },
  { code: 'XK', from: '2015-10-24' },
  { code: 'ME', from: '2015-10-24' },
  { code: 'GE', from: '2023-12-23' },
  { code: 'MD', from: '2023-12-23' },
];

/** Art. 62 VO (EU) 2024/1348 as applied by § 60a Abs. 6 S. 1 Nr. 3 from 12.06.2026: the states it names. */
export const EU_LIST: { readonly from: IsoDate; readonly codes: readonly string[] } = {
  from: GEAS_FROM,
  codes: ['BD', 'CO', 'EG', 'IN', 'XK', 'MA', 'TN'],
};

/**
 * EU candidate countries, on the EU list only unless an exception applies (armed conflict, restrictive
 * measures, recognition rate above 20 %): coverage is open, so a ban is never stated (fact sheet, verified
 * update 1). Türkei is named in § 104 Abs. 18 Nr. 2, which settles its carve-out, not its coverage.
 */
export const EU_CANDIDATES_OPEN: readonly string[] = ['TR', 'UA'];

/** § 104 Abs. 18 Nr. 1: applied by / geduldet on 30.08.2023. */
export const CARVE_OUT_GE_MD = { codes: ['GE', 'MD'], cutoff: GE_MD_CUTOFF } as const;
/** § 104 Abs. 18 Nr. 2: geduldet on 06.05.2025 or work permission on 11.06.2026. */
export const CARVE_OUT_EU7 = {
  codes: ['EG', 'BD', 'IN', 'CO', 'MA', 'TN', 'TR'],
  toleratedOn: EU7_TOLERATED_ON,
} as const;

export type SafeList = 'national' | 'eu';

/** The safe-country lists that name `code` on `date`. */
export function safeListsOn(code: string, date: IsoDate): SafeList[] {
  const lists: SafeList[] = [];
  if (NATIONAL_LIST.some((c) => c.code === code && c.from <= date)) lists.push('national');
  if (date >= EU_LIST.from && EU_LIST.codes.includes(code)) lists.push('eu');
  return lists;
}

export const isOpenEuCandidate = (code: string, date: IsoDate) =>
  date >= EU_LIST.from && EU_CANDIDATES_OPEN.includes(code);
