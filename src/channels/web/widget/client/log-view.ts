import { cardCalendarEvents } from './card-dates.js';
import { checklistHtml } from './checklist.js';
import { download } from './dom.js';
import type { ChipActions } from './fact-chips.js';
import type { Lang, Translate } from './i18n.js';
import { buildIcs } from './ics.js';
import type { AnswerCard, Message, Rating, Session } from './types.js';
import { verdictCard } from './view-card.js';
import { feedbackView } from './view-feedback.js';
import { messageView } from './view-message.js';

export interface LogContext {
  t: Translate;
  lang: Lang;
  session: Session;
  /** Where downloads are attached (inside the shadow root). */
  root: Node;
  ratings: Record<string, Rating>;
  rate(messageId: string, rating: Rating, comment?: string): Promise<boolean>;
  /** Setting a fact from a chip of the latest verdict. */
  chips: ChipActions;
  /** The e-mail opt-in shown under the latest verdict (issue 20). */
  reminders?: (messageId: string) => HTMLElement;
}

/** The last message carrying a verdict: only its facts can still be changed. */
export const latestVerdictId = (session: Session) => [...session.messages].reverse().find((m) => m.answer)?.id;

/** An answer is a bot message with sources or a verdict; those get a feedback control. */
const isAnswer = (m: Message) => m.role === 'bot' && (Boolean(m.answer) || (m.citations?.length ?? 0) > 0);

function printable(html: string, root: Node, filename: string) {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const win = window.open(url, '_blank');
  // A blocked pop-up still leaves the employer the file to print.
  if (!win) return download(root, filename, 'text/html', html);
  win.addEventListener('load', () => win.print());
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The same verdict as the card before it: label, headline, earliest start and steps alike (only a fact moved). */
function sameAsBefore(card: AnswerCard, m: Message, session: Session): boolean {
  const at = session.messages.findIndex((x) => x.id === m.id);
  const before = session.messages
    .slice(0, Math.max(at, 0))
    .reverse()
    .find((x) => x.answer)?.answer;
  if (!before) return false;
  const shown = (c: AnswerCard) =>
    JSON.stringify([c.tone, c.label, c.headline, c.earliestStart ?? null, c.steps.map((s) => s.text)]);
  return shown(before) === shown(card);
}

function cardOf(card: AnswerCard, m: Message, ctx: LogContext): HTMLElement {
  const { t, lang, session } = ctx;
  const open = session.state.status === 'answered' || session.state.status === 'collecting';
  const html = () => checklistHtml(card, t, lang);
  const latest = m.id === latestVerdictId(session);
  return verdictCard(card, t, lang, {
    ...(latest && open ? { chips: ctx.chips } : {}),
    ...(sameAsBefore(card, m, session) ? { unchanged: true } : {}),
    ...(latest && ctx.reminders ? { reminders: () => ctx.reminders?.(m.id) ?? null } : {}),
    actions: {
      print: () => printable(html(), ctx.root, `${t('checklistFile')}.html`),
      downloadChecklist: () => download(ctx.root, `${t('checklistFile')}-${card.lawAsOf}.html`, 'text/html', html()),
      downloadCalendar: () =>
        download(
          ctx.root,
          `${t('calendarFile')}.ics`,
          'text/calendar',
          buildIcs(cardCalendarEvents(card, t, session.id), new Date().toISOString()),
        ),
    },
  });
}

export function renderMessage(m: Message, ctx: LogContext): HTMLLIElement {
  const card = m.answer ? cardOf(m.answer, m, ctx) : null;
  const feedback = isAnswer(m)
    ? feedbackView(ctx.t, ctx.ratings[m.id], (rating, comment) => ctx.rate(m.id, rating, comment))
    : null;
  return messageView(m, ctx.t, ctx.lang, { card, feedback });
}

/**
 * What the live region reads for the new messages of a turn, in the log's order: who speaks, once per
 * run of messages of the same speaker, and the first lines of each (for a verdict its headline). The
 * "Verstanden: …" line stays in: for typed text it is the only spoken confirmation of what Lotse read.
 * Sentences end with a full stop and the list dot becomes a comma, so a screen reader pauses instead of
 * reading "middle dot".
 */
export function announcement(messages: readonly Message[], ctx: LogContext): string {
  const parts: string[] = [];
  let speaker: Message['role'] | undefined;
  for (const m of messages) {
    const raw = m.answer ? m.answer.headline : (m.text.split(/\n\s*\n/)[0] ?? '').slice(0, 300);
    const text = spoken(raw);
    if (!text) continue;
    const who =
      m.role === speaker ? '' : `${ctx.t(m.role === 'adviser' ? 'adviser' : m.role === 'system' ? 'system' : 'bot')}: `;
    speaker = m.role;
    parts.push(`${who}${text}`);
  }
  return parts.join(' ');
}

const spoken = (text: string) => {
  const flat = text
    .replace(/\s*·\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat && !/[.!?:…]$/.test(flat) ? `${flat}.` : flat;
};
