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

/** `2026-11-22` → `22.11.2026` / `22 Nov 2026`; dates are calendar days, so formatted in UTC. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    date,
  );
}
