import type { SlackTextKey } from './texts.de.js';

export const slackEn: Record<SlackTextKey, string> = {
  commandAck: 'One moment – Lotse is opening a thread for your case.',
  replyInThread: 'Please reply here in the thread: click a button or write freely.',
  chosen: 'Your choice: {label}',
  adviser: 'Adviser',
  lawAsOf: 'Law as of {date}',
  stand: 'Reviewed {date}',
  notInChannel: 'Lotse is not in this channel yet. Invite the app with /invite @Lotse and try again.',
  closed: 'This conversation has ended. Start a new one with {command}.',
  unknownThread: 'There is no conversation for this thread any more. Start a new one with {command}.',
  stale: 'This question is no longer open. Please answer the latest question in the thread.',
  failed: 'Sorry, that did not work. Please try again in a moment.',
  tooLong:
    'Your message is too long: Lotse reads at most {max} characters. Please shorten it or send it in several messages.',
  unknownCommand: 'Lotse does not know this command. Try {command}.',
};
