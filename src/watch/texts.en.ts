import type { WatchTextKey } from './texts.de.js';

/** English texts of the watch; every German key, dates come out as 12 June 2026. */
export const watchEn: Record<WatchTextKey, string> = {
  'change.law_entry': 'Since {date}, “{title}” applies: your assessment of {toldOn} changes.',
  'change.law': 'Since {date}, something else applies to your case: your assessment of {toldOn} changes.',
  'change.release_entry': 'Since {date}, “{title}” has been revised: your assessment of {toldOn} changes.',
  'change.release': 'Since {date}, Lotse assesses your case differently: your assessment of {toldOn} changes.',
  'delta.outcome': 'Before: {before}. Now: {after}.',
  'delta.ba_consent': 'Consent of the Federal Employment Agency (BA): before {before}, now {after}.',
  'delta.earliest_start': 'Earliest start of work: before {before}, now {after}.',
  'delta.no_wait': 'no waiting period',
  'delta.dates': 'The dates of your case have changed: {dates}.',
  'delta.date': '{label} on {date}',
  'delta.no_dates': 'none left',
  'elapsed.four_years':
    'Since {date}, the person has stayed in Germany for four years without a break, with a residence permit, a toleration (Duldung) or an asylum-seeker permit (Gestattung).',
  'elapsed.date': 'Since {date}, a date of your case has been reached: {label}.',
  'elapsed.time': 'Since {date}, your case has reached a span of time that matters in law.',
  'elapsed.same_law': 'The law has stayed the same; only time has passed. For your assessment of {toldOn} this means:',
  'elapsed.label_four_years': 'Four years of stay reached',
  'elapsed.label_time': 'Span of time reached',
  'reminder.title': 'Reminder: {label}',
  'slack.change_title': 'Lotse: your assessment changes',
  'notice.headline': 'New assessment – {headline}',
  'slack.details': 'Details',
  'slack.snooze': 'Pause for a week',
  'slack.stop': 'No more reminders',
  'slack.snoozed': 'Lotse will post in this thread again from {date}.',
  'slack.stopped': 'Lotse will post no more reminders or changes in this thread.',
  'slack.footer': 'General information, not individual legal advice. Law as of {date}.',
  'email.subject_change': 'Lotse: your assessment of {toldOn} changes',
  'email.subject_reminder': 'Lotse: reminder – {label}',
  'email.greeting': 'Hello,',
  'email.case': 'Your case, asked on {toldOn}: {summary}',
  'email.why':
    'You asked Lotse to remind you of this case by e-mail. You see the details when you open Lotse on the page where you asked.',
  'email.why_link':
    'You asked Lotse to remind you of this case by e-mail. You see the details when you open this page in the same browser in which you asked: {url}',
  'email.disclaimer':
    'Lotse gives general information, not individual legal advice. The immigration office (Ausländerbehörde) decides.',
  'email.unsubscribe': 'No more e-mails about this case: {url}',
  'unsubscribe.title': 'Unsubscribe from e-mail reminders',
  'unsubscribe.confirm': 'Do you want no more e-mails about this case? Your address will then be deleted.',
  'unsubscribe.button': 'Unsubscribe and delete my address',
  'unsubscribe.done': 'Done: your address is deleted. You will get no more e-mails about this case.',
  'unsubscribe.unknown': 'This link is no longer valid: the address has already been deleted.',
};
