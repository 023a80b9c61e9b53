import type { Translate } from './i18n.js';
import type { CalendarEvent } from './ics.js';
import type { AnswerCard } from './types.js';

export interface CaseDate {
  kind: 'today' | 'step';
  date: string;
  label: string;
  /** What to do on the day (the rules' case dates, issue 20). */
  text?: string;
  /** Stable per subject (`route_opens:25b`): a calendar entry keeps its UID when the date moves. */
  id?: string;
}

/**
 * Today, the rules' dates of the case (issue 20: the end of the waiting period, the document's expiry, a notice
 * deadline, the day a route's time requirements are met, each with what to do) and every step that carries a
 * date not already among them (earliest start, expiry, a deadline), in date order.
 */
export function cardDates(card: AnswerCard, t: Translate): CaseDate[] {
  const dates: CaseDate[] = [{ kind: 'today', date: card.lawAsOf, label: t('today') }];
  for (const d of card.dates ?? []) dates.push({ kind: 'step', date: d.date, label: d.label, text: d.text, id: d.id });
  const dated = new Set((card.dates ?? []).map((d) => d.date));
  for (const step of card.steps)
    if (step.date && !dated.has(step.date)) dates.push({ kind: 'step', date: step.date, label: step.text });
  if (card.earliestStart && !card.steps.some((s) => s.date === card.earliestStart) && !dated.has(card.earliestStart))
    dates.push({ kind: 'step', date: card.earliestStart, label: t('earliestStart') });
  return dates.sort((x, y) => x.date.localeCompare(y.date));
}

/** A ban or "not possible" has no employment dates to plan: no timeline and no calendar then. */
export const hasPlanningDates = (card: AnswerCard) =>
  card.tone !== 'ban' && card.tone !== 'no' && cardDates(card, () => '').length > 1;

/** The case's dates as all-day calendar events for HR (a reminder a week before each). */
export function cardCalendarEvents(card: AnswerCard, t: Translate, conversationId: string): CalendarEvent[] {
  return cardDates(card, t)
    .filter((d) => d.kind !== 'today')
    .map((d, i) => ({
      // The rules' dates keep their UID when the date moves, so importing the file again updates the entry.
      uid: d.id ? `${conversationId}-${d.id}@lotse` : `${conversationId}-${d.date}-${i}@lotse`,
      date: d.date,
      summary: `Lotse: ${d.label}`,
      description: d.text ?? card.headline,
      alarmDaysBefore: 7,
    }));
}
