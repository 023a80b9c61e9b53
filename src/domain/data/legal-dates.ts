/** Fixed dates from the statutes; each named for the rule that uses it. */

/** § 60a Abs. 6 S. 1 Nr. 3 AufenthG, § 61 Abs. 2 S. 4 AsylG: applications after this day count. */
export const ASYLUM_CUTOFF = '2015-08-31';
/** § 104 Abs. 18 Nr. 2 AufenthG: a permission to work held on this day (the day before GEAS_FROM). */
export const PERMISSION_CUT_OFF = '2026-06-11';
/** GEAS adaptation (§ 61 AsylG new, EU safe-country list via Art. 62 VO (EU) 2024/1348). */
export const GEAS_FROM = '2026-06-12';
/** Bundestag vote on the GEAS-Anpassungsgesetz (BT-Drs. 21/1848): from here the change is announced. */
export const GEAS_VOTED_ON = '2026-02-27';
/**
 * Last day on which the consolidated § 60a Abs. 6 S. 1 Nr. 3 / § 104 Abs. 18 Nr. 2 AufenthG did not yet show
 * the EU-list ban in full (EU wording from 29.07.2026, Nr. 2 from 03.08.2026; fact sheet correction 1). The
 * rules apply the ban from 12.06.2026 and flag law dates up to this day for EU-list nationals.
 */
export const EU_LIST_TEXT_OPEN_UNTIL = '2026-08-02';
/** § 104 Abs. 18 Nr. 1 AufenthG: Georgia / Moldova cut-off (cabinet decision). */
export const GE_MD_CUTOFF = '2023-08-30';
/** § 104 Abs. 18 Nr. 2 AufenthG: geduldet on this day. */
export const EU7_TOLERATED_ON = '2025-05-06';
/** § 16g AufenthG in force (FEG 2.0). */
export const SECTION_16G_FROM = '2024-03-01';
/** § 104c AufenthG: last day new permits could be granted. */
export const CHANCEN_LAST_DAY = '2025-12-31';
/** § 104c: five years of stay on 31.10.2022 → entry by this day. */
export const CHANCEN_ENTRY_BY = '2017-10-31';
/** § 60c Abs. 2 Nr. 3 / § 16g Abs. 2 Nr. 3 identity deadlines. */
export const IDENTITY_ENTRY_EARLY_END = '2016-12-31';
export const IDENTITY_ENTRY_MIDDLE_END = '2019-12-31';
export const IDENTITY_MIDDLE_DEADLINE = '2020-06-30';
/** § 60d Abs. 1: entry by this day; identity by 31.12.2024 for 2017–2022 entries. */
export const SECTION_60D_ENTRY_BY = '2022-12-31';
export const SECTION_60D_IDENTITY_DEADLINE = '2024-12-31';
