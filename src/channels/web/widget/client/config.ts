import { isLang, type Lang } from './i18n.js';

export interface WidgetConfig {
  /** Origin (and optional path prefix) where `/api/v1/...` lives. */
  endpoint: string;
  lang: Lang;
  /** The title per language; a language without one shows the default title in that language. */
  titles: Partial<Record<Lang, string>>;
  color?: string;
  /** Open the chat right away (demo pages, deep links). */
  open: boolean;
  /** How soon an adviser usually answers, in hours, as the hand-off notice says it. */
  replyWithinHours: number;
}

const DEFAULT_REPLY_HOURS = 24;

/**
 * Reads the embed attributes: `data-endpoint` (default: where widget.js came from), `data-lang`,
 * `data-title` (in `data-lang`; `data-title-de` / `data-title-en` per language), `data-color`,
 * `data-open`, `data-reply-within-hours`. Accepts the endpoint with or without `/api/v1`.
 */
export function readConfig(script: HTMLScriptElement | null, baseUrl: string): WidgetConfig {
  const data = script?.dataset ?? {};
  const scriptOrigin = script?.src ? new URL(script.src, baseUrl).origin : new URL(baseUrl).origin;
  const endpoint = new URL(data.endpoint || scriptOrigin, baseUrl).href.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  const lang = isLang(data.lang) ? data.lang : 'de';
  const titles: Partial<Record<Lang, string>> = {};
  if (data.title) titles[lang] = data.title;
  if (data.titleDe) titles.de = data.titleDe;
  if (data.titleEn) titles.en = data.titleEn;
  const hours = Number(data.replyWithinHours);
  return {
    endpoint,
    lang,
    titles,
    ...(data.color ? { color: data.color } : {}),
    open: data.open === 'true',
    replyWithinHours: Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_REPLY_HOURS,
  };
}

/** Text colour on the accent: black or white, whichever contrasts more (WCAG relative luminance). */
export function textOn(color: string): '#000' | '#fff' {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return '#fff';
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const channel = (i: number) => {
    const v = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#fff' : '#000';
}
