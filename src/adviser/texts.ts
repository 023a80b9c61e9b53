import type { Lang } from '../conversation/questions.js';
import { type AdviserTextKey, adviserDe } from './texts.de.js';
import { adviserEn } from './texts.en.js';

export type AdviserTexts = Record<AdviserTextKey, string>;

export const adviserTexts = (lang: Lang): AdviserTexts => (lang === 'de' ? adviserDe : adviserEn);

/** A text with `{name}` placeholders filled. */
export function adviserText(lang: Lang, key: AdviserTextKey, params: Record<string, string> = {}): string {
  return adviserTexts(lang)[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
