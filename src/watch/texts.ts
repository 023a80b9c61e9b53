import { formatMessage } from '../domain/messages.js';
import { type WatchTextKey, watchDe } from './texts.de.js';
import { watchEn } from './texts.en.js';

export type { WatchTextKey };

/** A watch text in the case's language, placeholders filled (ISO dates in the language's format). */
export function watchText(lang: 'de' | 'en', key: WatchTextKey, params?: Record<string, string | number>): string {
  return formatMessage((lang === 'de' ? watchDe : watchEn)[key], params, lang);
}
