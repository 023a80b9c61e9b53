import { RouteId } from './assessment.js';
import { FACT_KEYS, type FactKey } from './facts.js';
import { CASE_DATE_KEYS } from './messages/keys-case-dates.js';
import { FINDING_KEYS } from './messages/keys-findings.js';
import { OPEN_KEYS } from './messages/keys-open.js';
import { RENDER_KEYS } from './messages/keys-render.js';
import { ROUTE_KEYS, type RouteNameKey } from './messages/keys-routes.js';
import type { Lang } from './ports.js';

/**
 * Every user-facing text is a message key; the catalogues in src/i18n/ map each key to a template
 * with `{name}` placeholders. `Catalogue` requires every key, so de and en cannot drift apart.
 */
export type MessageKey =
  | (typeof FINDING_KEYS)[number]
  | (typeof ROUTE_KEYS)[number]
  | (typeof OPEN_KEYS)[number]
  | (typeof RENDER_KEYS)[number]
  | (typeof CASE_DATE_KEYS)[number]
  | RouteNameKey
  | `fact.${FactKey}`;

export type Catalogue = Readonly<Record<MessageKey, string>>;

export const MESSAGE_KEYS: readonly MessageKey[] = [
  ...FINDING_KEYS,
  ...ROUTE_KEYS,
  ...OPEN_KEYS,
  ...RENDER_KEYS,
  ...CASE_DATE_KEYS,
  ...RouteId.options.map((id): RouteNameKey => `route_name.${id}`),
  ...FACT_KEYS.map((k) => `fact.${k}` as const),
];

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * Dates the way each language writes them: 12.06.2026 / 12 June 2026; a month known without its day
 * as 06/2026 / June 2026 (never a made-up day); a year alone stays as it is.
 */
export function formatDate(date: string, lang: Lang): string {
  const month = ISO_MONTH.exec(date);
  if (month) {
    const [, y, mo] = month;
    return lang === 'de' ? `${mo}/${y}` : `${MONTHS_EN[Number(mo) - 1]} ${y}`;
  }
  const m = ISO_DATE.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  return lang === 'de' ? `${d}.${mo}.${y}` : `${Number(d)} ${MONTHS_EN[Number(mo) - 1]} ${y}`;
}

/** Amounts with two decimals when needed; German uses a decimal comma. */
export function formatNumber(value: number, lang: Lang): string {
  const s = Number.isInteger(value) ? String(value) : value.toFixed(2);
  return lang === 'de' ? s.replace('.', ',') : s;
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible so tests catch it. */
export function formatMessage(
  template: string,
  params: Record<string, string | number> | undefined,
  lang: Lang,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : formatDate(value, lang);
  });
}
