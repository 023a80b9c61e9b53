import { caseTimeline, dutyReminders } from './case-dates.js';
import type { Translate } from './i18n.js';
import type { CalendarEvent } from './ics.js';
import type { Assessment, CaseFacts } from './types.js';

/** Four weeks: enough time to have an extension applied for before the document runs out. */
const EXPIRY_ALARM_DAYS = 28;

/** The case's dates as calendar events for HR: start, expiry (with a reminder), milestones, duties. */
export function caseCalendarEvents(
  a: Assessment,
  facts: CaseFacts,
  t: Translate,
  conversationId: string,
): CalendarEvent[] {
  const uid = (part: string) => `${conversationId}-${part}@lotse`;
  const events: CalendarEvent[] = caseTimeline(a, facts, t)
    .filter((d) => d.kind !== 'today')
    .map((d) => ({
      // The rules' dates keep their UID when the date moves, so importing the file again updates the entry.
      uid: uid(d.id ?? `${d.kind}-${d.date}`),
      date: d.date,
      summary: `Lotse: ${d.label}`,
      ...(d.text || d.kind === 'expiry' ? { description: d.text ?? t('expiryReminder') } : {}),
      ...(d.kind === 'expiry' ? { alarmDaysBefore: EXPIRY_ALARM_DAYS } : {}),
    }));
  for (const reminder of dutyReminders(a)) {
    events.push({
      uid: uid(`duty-${reminder.id}`),
      date: reminder.date,
      summary: `Lotse: ${t('dutyReminder', { text: reminder.text, n: reminder.days })}`,
      description: reminder.text,
    });
  }
  return events;
}
