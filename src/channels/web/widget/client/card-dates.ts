import type { Translate } from './i18n.js';
import type { CalendarEvent } from './ics.js';
import type { AnswerCard } from './types.js';

export interface CaseDate {
  kind: 'today' | 'step';
  date: string;
  label: string;
}

/** Today and every step that carries a date (earliest start, expiry, a deadline), in date order. */
export function cardDates(card: AnswerCard, t: Translate): CaseDate[] {
  const dates: CaseDate[] = [{ kind: 'today', date: card.lawAsOf, label: t('today') }];
  for (const step of card.steps) if (step.date) dates.push({ kind: 'step', date: step.date, label: step.text });
  if (card.earliestStart && !card.steps.some((s) => s.date === card.earliestStart))
    dates.push({ kind: 'step', date: card.earliestStart, label: t('earliestStart') });
  return dates.sort((x, y) => x.date.localeCompare(y.date));
}

/** A ban or "not possible" has no employment dates to plan: no timeline and no calendar then. */
export const hasPlanningDates = (card: AnswerCard) =>
  card.tone !== 'ban' && card.tone !== 'no' && cardDates(card, () => '').length > 1;

/** The case's dates as all-day calendar events for HR (a reminder four weeks before each). */
export function cardCalendarEvents(card: AnswerCard, t: Translate, conversationId: string): CalendarEvent[] {
  return cardDates(card, t)
    .filter((d) => d.kind !== 'today')
    .map((d, i) => ({
      uid: `${conversationId}-${d.date}-${i}@lotse`,
      date: d.date,
      summary: `Lotse: ${d.label}`,
      description: card.headline,
      alarmDaysBefore: 7,
    }));
}
