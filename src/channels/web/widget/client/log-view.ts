import { caseCalendarEvents } from './case-calendar.js';
import { checklistHtml } from './checklist.js';
import { download } from './dom.js';
import type { Lang, Translate } from './i18n.js';
import { buildIcs } from './ics.js';
import type { Message, Rating, Session } from './types.js';
import { assessmentView } from './view-assessment.js';
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
}

const entryIds = (citations: Message['citations']) => (citations ?? []).map((c) => c.entryId).join('|');

/** The bot message that delivered the current assessment: the last one citing exactly its sources. */
export function answerMessageId(session: Session): string | undefined {
  const assessment = session.state.assessment;
  if (!assessment) return undefined;
  const wanted = entryIds(assessment.citations);
  return [...session.messages]
    .reverse()
    .find((m) => m.role === 'bot' && m.citations && entryIds(m.citations) === wanted)?.id;
}

/** An answer is a bot message with sources; those get a feedback control. */
const isAnswer = (m: Message) => m.role === 'bot' && (m.citations?.length ?? 0) > 0;

function printable(html: string, root: Node, filename: string) {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const win = window.open(url, '_blank');
  // A blocked pop-up still leaves the employer the file to print.
  if (!win) return download(root, filename, 'text/html', html);
  win.addEventListener('load', () => win.print());
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function renderMessage(m: Message, ctx: LogContext): HTMLLIElement {
  const { t, lang, session } = ctx;
  const assessment = m.id === answerMessageId(session) ? session.state.assessment : undefined;
  const facts = session.state.facts;
  const card = assessment
    ? assessmentView(assessment, facts, t, lang, {
        print: () => printable(checklistHtml(assessment, facts, t, lang), ctx.root, `${t('checklistFile')}.html`),
        downloadChecklist: () =>
          download(
            ctx.root,
            `${t('checklistFile')}-${assessment.lawAsOf}.html`,
            'text/html',
            checklistHtml(assessment, facts, t, lang),
          ),
        downloadCalendar: () =>
          download(
            ctx.root,
            `${t('calendarFile')}.ics`,
            'text/calendar',
            buildIcs(caseCalendarEvents(assessment, facts, t, session.id), new Date().toISOString()),
          ),
      })
    : null;
  const feedback = isAnswer(m)
    ? feedbackView(t, ctx.ratings[m.id], (rating, comment) => ctx.rate(m.id, rating, comment))
    : null;
  return messageView(m, t, lang, { card, feedback });
}

/** What the live region reads for a new message: who, the first lines, and the verdict if any. */
export function announcement(m: Message, ctx: LogContext): string {
  const who = ctx.t(m.role === 'adviser' ? 'adviser' : m.role === 'system' ? 'system' : 'bot');
  const text = (m.text.split(/\n\s*\n/)[0] ?? '').slice(0, 300);
  const assessment = m.id === answerMessageId(ctx.session) ? ctx.session.state.assessment : undefined;
  const verdict = assessment ? ` ${ctx.t('verdict')}: ${ctx.t(`outcome_${assessment.outcome}`)}.` : '';
  return `${who}: ${text}${verdict}`;
}
