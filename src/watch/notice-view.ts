import { z } from 'zod';
import { BaConsent, Outcome } from '../domain/assessment.js';
import { IsoDate } from '../domain/facts.js';
import type { Notice } from './store.js';
import { watchText } from './texts.js';

const Head = z.object({ outcome: Outcome, baConsent: BaConsent, earliestStart: IsoDate.optional() });

/** Contract v1.1 `state.notices`: what happened to the case since the verdict; each once, with a stable id. */
export const StateNotice = z.object({
  id: z.string(),
  kind: z.enum(['law_change', 'reminder']),
  /** law_change: the day the new verdict applies; reminder: the day the date fell due. */
  date: IsoDate,
  text: z.string(),
  before: Head.optional(),
  after: Head.optional(),
});
export type StateNotice = z.infer<typeof StateNotice>;

/** The text of a change ends with the new verdict's headline; a reminder says what to do on the day or what time reached. */
export function stateNotice(notice: Notice): StateNotice {
  if (notice.kind === 'reminder') {
    const { text, before, after } = notice.payload;
    // Time reached (review S3-8) also shows what it changed.
    return { id: notice.id, kind: notice.kind, date: notice.date, text, ...(before && after ? { before, after } : {}) };
  }
  const p = notice.payload;
  const headline = watchText(p.lang, 'notice.headline', { headline: p.headline });
  return {
    id: notice.id,
    kind: notice.kind,
    date: notice.date,
    text: `${p.text} ${headline}`,
    before: p.before,
    after: p.after,
  };
}
