import type { Lang } from './ports.js';

/**
 * Dates, amounts and `{name}` placeholders the way each language writes them. Pure and free of zod,
 * so the browser bundles (widget) can use it as well as the server.
 */
export const MONTHS_EN = [
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
