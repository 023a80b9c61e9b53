import { answerDe } from '../../src/i18n/answer.de.js';

/**
 * The German labels a verdict's headline can carry, from the catalogue itself: a label added there (e.g.
 * "Möglicherweise verboten" for a cautious ban) is accepted without a test listing it by hand.
 */
export const VERDICT_LABELS_DE = Object.entries(answerDe)
  .filter(([key]) => key.startsWith('label.'))
  .map(([, text]) => text)
  .join('|');
