import type { Texts } from './types.js';

export const fill = (template: string | undefined, params: Record<string, string> = {}) =>
  (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);

export function createFormat(lang: string, texts: Texts) {
  const time = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  return {
    t: (key: string, params?: Record<string, string>) => fill(texts[key] ?? key, params),
    time: (iso: string) => time.format(new Date(iso)),
  };
}

export type Format = ReturnType<typeof createFormat>;
