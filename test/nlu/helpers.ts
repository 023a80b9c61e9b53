import { understand } from '../../src/nlu/index.js';
import type { NluContext } from '../../src/nlu/types.js';

/** The fixed "today" of every NLU test: relative durations are counted from it. */
export const TODAY = '2026-11-22';
export const de = (text: string, extra: Partial<NluContext> = {}) =>
  understand(text, { lang: 'de', today: TODAY, ...extra });
export const en = (text: string, extra: Partial<NluContext> = {}) =>
  understand(text, { lang: 'en', today: TODAY, ...extra });
