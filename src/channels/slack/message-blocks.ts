import { ACTION_KEY, CONSENT_KEY, type Lang } from '../../conversation/questions.js';
import type { ConversationStateView } from '../../conversation/types.js';
import { conversationDe } from '../../i18n/conversation.de.js';
import { conversationEn } from '../../i18n/conversation.en.js';
import { factWords } from '../../i18n/fact-labels.js';
import type { QuickReply, TranscriptMessage } from '../../storage/ports.js';
import { assessmentBlocks, assessmentFallback, sourceBlocks } from './assessment-blocks.js';
import {
  actions,
  type Block,
  type Button,
  contexts,
  encodeActionId,
  LIMITS,
  sections,
  verbatimBlocks,
} from './block-kit.js';
import { clip, escapeMrkdwn, slackText } from './texts.js';

export interface SlackRendered {
  /** Notification / accessibility text; Slack shows the blocks where it can. */
  text: string;
  blocks: Block[];
}

const ui = (lang: Lang) => (lang === 'de' ? conversationDe : conversationEn);
const sameOptions = (a: readonly QuickReply[], b: readonly QuickReply[]) =>
  a.length === b.length && a.every((o, i) => o.value === b[i]?.value);

/** Which fact key the options answer: the pending question's, or the always-accepted actions. */
function factKeyOf(options: readonly QuickReply[], state?: ConversationStateView): string {
  const pending = state?.pendingQuestion;
  return pending && sameOptions(options, pending.options) ? pending.factKey : ACTION_KEY;
}

function buttons(options: readonly QuickReply[], factKey: string, lang: Lang): Button[] {
  const out: Button[] = options.map((o, i) => ({
    type: 'button',
    text: { type: 'plain_text', text: clip(o.label, LIMITS.buttonText) },
    action_id: encodeActionId(factKey, i),
    value: o.value,
  }));
  // Every question offers the way to a person, except the hand-off question itself.
  const offersHandoff =
    factKey === CONSENT_KEY || (factKey === ACTION_KEY && options.some((o) => o.value === 'handoff'));
  if (!offersHandoff) {
    out.push({
      type: 'button',
      text: { type: 'plain_text', text: clip(ui(lang).optionHandoff, LIMITS.buttonText) },
      action_id: encodeActionId(ACTION_KEY, 'handoff'),
      value: 'handoff',
    });
  }
  return out;
}

/** "Verstanden: …" / "Korrigiert: …": the line of what a turn understood (see conversation/understood.ts). */
function isUnderstoodLine(message: TranscriptMessage, lang: Lang): boolean {
  const words = factWords(lang);
  const prefixes = [words.understood, words.corrected].map((w) => w.split('{facts}')[0] ?? '\u0000');
  return message.role === 'bot' && !message.options?.length && prefixes.some((p) => message.text.startsWith(p));
}

/** One transcript message as Block Kit, in the thread's language. */
export function renderMessage(message: TranscriptMessage, lang: Lang, state?: ConversationStateView): SlackRendered {
  const options = message.options ?? [];
  const factKey = factKeyOf(options, state);
  const optionButtons = options.length ? buttons(options, factKey, lang) : [];
  const tail = optionButtons.length ? actions(optionButtons) : [];
  if (message.role === 'adviser') {
    const text = `*${escapeMrkdwn(slackText(lang, 'adviser'))}:* ${escapeMrkdwn(message.text)}`;
    return { text: clip(text, LIMITS.sectionText), blocks: sections(text.split('\n')) };
  }
  if (message.role === 'system') {
    // Status notes (handed over, handed back, closed) are set apart as context, not as the bot speaking.
    const line = clip(escapeMrkdwn(message.text), LIMITS.sectionText);
    return { text: line, blocks: [...contexts([line]), ...tail] };
  }
  // What the turn understood is set apart as context, as the facts of a verdict are.
  if (isUnderstoodLine(message, lang)) {
    const line = clip(escapeMrkdwn(message.text), LIMITS.sectionText);
    return { text: line, blocks: contexts([`:memo: ${line}`]) };
  }
  // A verdict is drawn from the card stored with it, so it looks the same whenever it is posted.
  // The card shown before, sent again after a change that left it as it was: one line, as the widget says it.
  if (message.answer?.unchanged) {
    const { details } = assessmentBlocks(message.answer, lang, message.id);
    const line = clip(escapeMrkdwn(message.text), LIMITS.sectionText);
    return { text: line, blocks: [...sections([line]), ...actions([details, ...optionButtons])] };
  }
  if (message.answer) {
    const { blocks, details } = assessmentBlocks(message.answer, lang, message.id);
    return {
      text: escapeMrkdwn(assessmentFallback(message.answer)),
      blocks: [...blocks, ...actions([details, ...optionButtons])],
    };
  }
  const body = sections(escapeMrkdwn(message.text).split('\n'));
  const sources = message.citations ? sourceBlocks(message.citations, lang) : [];
  return { text: clip(escapeMrkdwn(message.text), LIMITS.sectionText), blocks: [...body, ...sources, ...tail] };
}

/** The block that replaces a clicked message's buttons, so a question is answered only once. */
export function answeredBlocks(blocks: readonly { type: string }[], label: string, lang: Lang): object[] {
  const kept = verbatimBlocks(blocks.filter((b) => b.type !== 'actions'));
  return [...kept, ...contexts([`✓ ${escapeMrkdwn(slackText(lang, 'chosen', { label }))}`])];
}
