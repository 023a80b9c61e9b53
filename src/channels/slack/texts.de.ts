/** German Slack texts (source of truth); `{name}` are parameters. English in texts.en.ts has every key. */
export const slackDe = {
  commandAck: 'Einen Moment – Lotse öffnet einen Thread für Ihren Fall.',
  replyInThread: 'Antworten Sie bitte hier im Thread: Knopf anklicken oder frei schreiben.',
  chosen: 'Ihre Wahl: {label}',
  adviser: 'Beratung',
  lawAsOf: 'Stand des Rechts: {date}',
  stand: 'Stand {date}',
  notInChannel:
    'Lotse ist noch nicht in diesem Kanal. Laden Sie die App mit /invite @Lotse ein und versuchen Sie es noch einmal.',
  closed: 'Dieses Gespräch ist beendet. Mit {command} beginnen Sie ein neues.',
  unknownThread: 'Zu diesem Thread gibt es kein Gespräch mehr. Mit {command} beginnen Sie ein neues.',
  stale: 'Diese Frage ist nicht mehr offen. Antworten Sie bitte auf die letzte Frage im Thread.',
  failed: 'Das hat leider nicht geklappt. Bitte versuchen Sie es gleich noch einmal.',
  tooLong:
    'Ihre Nachricht ist zu lang: Lotse liest höchstens {max} Zeichen. Bitte kürzen Sie sie oder schreiben Sie in mehreren Nachrichten.',
  unknownCommand: 'Diesen Befehl kennt Lotse nicht. Versuchen Sie {command}.',
} as const;

export type SlackTextKey = keyof typeof slackDe;
