import type { GlossaryId } from '../../../../i18n/glossary.de.js';
import { h } from './dom.js';
import { withGlossary } from './glossary-view.js';
import type { Lang, Translate } from './i18n.js';
import type { Message } from './types.js';
import { sourcesView } from './view-sources.js';

export interface MessageParts {
  /** The verdict card, for a message that carries a verdict. */
  card?: HTMLElement | null;
  feedback?: HTMLElement | null;
}

const whoKey = { employer: 'you', bot: 'bot', adviser: 'adviser', system: 'system' } as const;

/**
 * One message of the log. A verdict shows its card (the text is the card's headline and steps, so
 * it is left to screen readers' card reading); other bot texts explain their legal terms inline.
 */
export function messageView(m: Message, t: Translate, lang: Lang, parts: MessageParts = {}): HTMLLIElement {
  const who = t(whoKey[m.role]);
  const body = m.role === 'employer' ? [m.text] : withGlossary(m.text, lang, t, new Set<GlossaryId>());
  return h(
    'li',
    { class: `msg ${m.role}${parts.card ? ' with-card' : ''}`, 'data-id': m.id, 'data-role': m.role },
    h('span', { class: m.role === 'employer' ? 'sr' : 'who' }, `${who}:`),
    parts.card ?? h('p', {}, ...body),
    parts.card ? null : sourcesView(m.citations ?? [], t, lang),
    parts.feedback ?? null,
  );
}

/** A local notice in the log (send failed, deleted); not part of the server transcript. */
export const noticeView = (text: string, kind: 'error' | 'system' = 'error', ...extra: HTMLElement[]) =>
  h('li', { class: `msg ${kind}`, role: kind === 'error' ? 'alert' : undefined }, h('p', {}, text), ...extra);
