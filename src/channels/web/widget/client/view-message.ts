import { h } from './dom.js';
import type { Lang, Translate } from './i18n.js';
import type { Message } from './types.js';
import { sourcesView } from './view-sources.js';

export interface MessageParts {
  /** The assessment card, for the message that carries the assessment. */
  card?: HTMLElement | null;
  feedback?: HTMLElement | null;
}

const whoKey = { employer: 'you', bot: 'bot', adviser: 'adviser', system: 'system' } as const;

/** With a card beside it, the answer shows only its first paragraph: the card carries the rest. */
const firstParagraph = (text: string) => text.split(/\n\s*\n/)[0] ?? text;

export function messageView(m: Message, t: Translate, lang: Lang, parts: MessageParts = {}): HTMLLIElement {
  const who = t(whoKey[m.role]);
  return h(
    'li',
    { class: `msg ${m.role}${parts.card ? ' with-card' : ''}`, 'data-id': m.id, 'data-role': m.role },
    h('span', { class: m.role === 'employer' ? 'sr' : 'who' }, `${who}:`),
    h('p', {}, parts.card ? firstParagraph(m.text) : m.text),
    parts.card ?? sourcesView(m.citations ?? [], t, lang),
    parts.feedback ?? null,
  );
}

/** A local notice in the log (send failed, deleted); not part of the server transcript. */
export const noticeView = (text: string, kind: 'error' | 'system' = 'error', ...extra: HTMLElement[]) =>
  h('li', { class: `msg ${kind}`, role: kind === 'error' ? 'alert' : undefined }, h('p', {}, text), ...extra);
