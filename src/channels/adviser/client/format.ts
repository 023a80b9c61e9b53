import type { Texts } from './types.js';

export const fill = (template: string | undefined, params: Record<string, string> = {}) =>
  (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);

const MINUTE = 60_000;

export function createFormat(lang: string, texts: Texts) {
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const t = (key: string, params?: Record<string, string>) => fill(texts[key] ?? key, params);
  return {
    t,
    time: (iso: string) => time.format(new Date(iso)),
    /** A calendar day (`YYYY-MM-DD`) in the reader's format. */
    day: (isoDay: string) => day.format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`)),
    number: (n: number) => number.format(n),
    /** How long since `iso`, in the words of "wartet seit 12 Min." (minutes, hours, days). */
    since: (iso: string, now = Date.now()) => {
      const minutes = Math.max(0, Math.floor((now - Date.parse(iso)) / MINUTE));
      if (minutes < 1) return t('time.now');
      if (minutes < 60) return t('time.minutes', { n: String(minutes) });
      const hours = Math.floor(minutes / 60);
      if (hours < 24) return t('time.hours', { n: String(hours) });
      const days = Math.floor(hours / 24);
      return days === 1 ? t('time.day') : t('time.days', { n: String(days) });
    },
  };
}

export type Format = ReturnType<typeof createFormat>;
