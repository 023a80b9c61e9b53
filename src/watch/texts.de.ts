/** German texts of the watch (issue 20), the source of truth; `{name}` are parameters, dates come out as 12.06.2026. */
export const watchDe = {
  // A change of the verdict: the opening sentence by cause, then what changed
  'change.law_entry': 'Seit dem {date} gilt „{title}“: Ihre Einschätzung vom {toldOn} ändert sich.',
  'change.law': 'Seit dem {date} gilt für Ihren Fall etwas anderes: Ihre Einschätzung vom {toldOn} ändert sich.',
  'change.release_entry': 'Seit dem {date} ist „{title}“ überarbeitet: Ihre Einschätzung vom {toldOn} ändert sich.',
  'change.release': 'Seit dem {date} bewertet Lotse Ihren Fall anders: Ihre Einschätzung vom {toldOn} ändert sich.',
  'delta.outcome': 'Vorher: {before}. Jetzt: {after}.',
  'delta.ba_consent': 'Zustimmung der Bundesagentur für Arbeit: vorher {before}, jetzt {after}.',
  'delta.earliest_start': 'Frühester Arbeitsbeginn: vorher {before}, jetzt {after}.',
  'delta.no_wait': 'ohne Wartezeit',
  'delta.dates': 'Die Termine Ihres Falls haben sich geändert: {dates}.',
  'delta.date': '{label} am {date}',
  'delta.no_dates': 'keine mehr',
  // The verdict changed only because time passed (review S3-8): a reminder, never "the law changed"
  'elapsed.four_years':
    'Seit dem {date} hält sich die Person vier Jahre ununterbrochen erlaubt, geduldet oder gestattet in Deutschland auf.',
  'elapsed.date': 'Seit dem {date} ist ein Termin Ihres Falls erreicht: {label}.',
  'elapsed.time': 'Seit dem {date} ist in Ihrem Fall eine Zeitspanne erreicht, auf die es rechtlich ankommt.',
  'elapsed.same_law':
    'Das Recht ist dasselbe geblieben, nur die Zeit ist vergangen. Für Ihre Einschätzung vom {toldOn} heißt das:',
  'elapsed.label_four_years': 'Vier Jahre Aufenthalt erreicht',
  'elapsed.label_time': 'Zeitspanne erreicht',
  // A date that fell due
  'reminder.title': 'Erinnerung: {label}',
  // Slack
  'slack.change_title': 'Lotse: Ihre Einschätzung ändert sich',
  'notice.headline': 'Neue Einschätzung – {headline}',
  'slack.details': 'Details',
  'slack.snooze': 'Eine Woche pausieren',
  'slack.stop': 'Keine Erinnerungen mehr',
  'slack.snoozed': 'Lotse meldet sich in diesem Thread erst ab dem {date} wieder.',
  'slack.stopped': 'Lotse schickt in diesem Thread keine Erinnerungen und Änderungen mehr.',
  'slack.footer': 'Allgemeine Information, keine Rechtsberatung im Einzelfall. Stand des Rechts: {date}.',
  // E-mail
  'email.subject_change': 'Lotse: Ihre Einschätzung vom {toldOn} ändert sich',
  'email.subject_reminder': 'Lotse: Erinnerung – {label}',
  'email.greeting': 'Guten Tag,',
  'email.case': 'Ihr Fall, gefragt am {toldOn}: {summary}',
  'email.why':
    'Sie haben Lotse gebeten, Sie zu diesem Fall per E-Mail zu erinnern. Die Einzelheiten sehen Sie, wenn Sie Lotse auf der Seite öffnen, auf der Sie gefragt haben.',
  'email.why_link':
    'Sie haben Lotse gebeten, Sie zu diesem Fall per E-Mail zu erinnern. Die Einzelheiten sehen Sie, wenn Sie diese Seite im selben Browser öffnen, in dem Sie gefragt haben: {url}',
  'email.disclaimer':
    'Lotse gibt allgemeine Informationen, keine Rechtsberatung im Einzelfall. Die Entscheidung trifft die Ausländerbehörde.',
  'email.unsubscribe': 'Keine E-Mails mehr zu diesem Fall: {url}',
  // The unsubscribe page
  'unsubscribe.title': 'E-Mail-Erinnerungen abbestellen',
  'unsubscribe.confirm': 'Möchten Sie keine E-Mails mehr zu diesem Fall bekommen? Ihre Adresse wird dann gelöscht.',
  'unsubscribe.button': 'Abbestellen und Adresse löschen',
  'unsubscribe.done': 'Erledigt: Ihre Adresse ist gelöscht. Sie bekommen zu diesem Fall keine E-Mails mehr.',
  'unsubscribe.unknown': 'Dieser Link gilt nicht mehr: Die Adresse ist bereits gelöscht.',
} as const;

export type WatchTextKey = keyof typeof watchDe;
