import { type WidgetTextKey, type WidgetTexts, widgetDe } from './i18n.de.js';
import { widgetEn } from './i18n.en.js';

export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];
export const isLang = (value: unknown): value is Lang => value === 'de' || value === 'en';

const catalogues: Record<Lang, WidgetTexts> = { de: widgetDe, en: widgetEn };

/** A translator bound to one language; `{name}` placeholders are filled from `vars`. */
export type Translate = (key: WidgetTextKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const texts = catalogues[lang];
  return (key, vars) => texts[key].replace(/\{(\w+)\}/g, (_m, name: string) => String(vars?.[name] ?? `{${name}}`));
}

/**
 * `2026-11-22` → `22.11.2026` / `22 Nov 2026`; dates are calendar days, so formatted in UTC. A partial
 * date (contract v1.1: `2027`, `2027-03`) shows as said (`2027`, `03/2027` / `Mar 2027`), never with a
 * made-up day: `new Date('2027T00:00:00Z')` would be 1 January.
 */
export function formatDate(iso: string, lang: Lang): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) {
    if (lang === 'de') return `${month[2]}/${month[1]}`;
    const first = new Date(`${iso}-01T00:00:00Z`);
    return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(first);
  }
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    date,
  );
}
