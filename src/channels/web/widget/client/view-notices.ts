import { h } from './dom.js';
import { formatDate, type Lang, type Translate } from './i18n.js';
import type { Notice } from './types.js';

/**
 * The watch's notices (issue 20) above the conversation, when the employer returns: a change of the verdict
 * ("since 12.06.2026 …", before and after, the new headline) or a date of the case that has come. Each stays
 * until the employer has read it ("Gelesen"); the heading names the day, the text says what it means.
 */
export function noticesView(notices: readonly Notice[], t: Translate, lang: Lang, dismiss: (id: string) => void) {
  return notices.map((n) => {
    const headingId = `lotse-notice-${n.id}`;
    // A change names its day in the text ("Seit dem 12.06.2026 gilt …"); a reminder's day is its heading.
    const heading =
      n.kind === 'law_change' ? t('noticeChange') : t('noticeReminder', { date: formatDate(n.date, lang) });
    return h(
      'article',
      { class: `notice ${n.kind}`, 'aria-labelledby': headingId },
      h('h3', { id: headingId }, heading),
      h('p', {}, n.text),
      h('button', { type: 'button', 'aria-describedby': headingId, onclick: () => dismiss(n.id) }, t('noticeDismiss')),
    );
  });
}
