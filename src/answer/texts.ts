import { formatMessage } from '../domain/messages.js';
import { type AnswerTextKey, answerDe } from '../i18n/answer.de.js';
import { answerEn } from '../i18n/answer.en.js';

export type Lang = 'de' | 'en';
export type Say = (key: AnswerTextKey, params?: Record<string, string | number>) => string;

/** The answer texts in one language; ISO dates in parameters come out in the language's format. */
export const sayIn =
  (lang: Lang): Say =>
  (key, params) =>
    formatMessage((lang === 'de' ? answerDe : answerEn)[key], params, lang);
