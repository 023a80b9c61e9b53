import { el } from './dom.js';
import type { Format } from './format.js';
import type { AuditEntry, Summary } from './types.js';

/** The queue, as the server sorted it (urgent first, then oldest); each case opens on click. */
export function renderQueue(items: Summary[], f: Format, open: (id: string) => void): HTMLElement {
  if (items.length === 0) return el('p', { class: 'muted' }, f.t('queueEmpty'));
  return el(
    'ul',
    { class: 'queue' },
    ...items.map((item) => {
      const button = el(
        'button',
        { type: 'button', class: `case-link urgency-${item.urgency}`, 'data-id': item.id },
        el('strong', {}, `${f.t(`urgency.${item.urgency}`)} · ${f.t(`verdict.${item.verdict}`)}`),
        el('span', {}, item.headline),
        el(
          'span',
          { class: 'muted' },
          [
            f.t(`status.${item.status}`),
            item.claimedBy ? f.t('claimedBy', { name: item.claimedBy.name }) : '',
            f.t(`channel.${item.channel}`),
            f.t('since', { time: f.time(item.createdAt) }),
          ]
            .filter(Boolean)
            .join(' · '),
        ),
      );
      button.addEventListener('click', () => open(item.id));
      return el('li', {}, button);
    }),
  );
}

export function renderAudit(entries: AuditEntry[], f: Format): HTMLElement {
  if (entries.length === 0) return el('p', { class: 'muted' }, f.t('auditEmpty'));
  const head = el(
    'tr',
    {},
    ...['auditTime', 'auditAdviser', 'auditAction', 'auditCase'].map((k) => el('th', { scope: 'col' }, f.t(k))),
  );
  const rows = entries.map((e) =>
    el(
      'tr',
      {},
      el('td', {}, f.time(e.at)),
      el('td', {}, e.adviser.name),
      el('td', {}, f.t(`action.${e.action}`)),
      el('td', {}, e.caseNumber === null ? '–' : `#${e.caseNumber}`),
    ),
  );
  return el('table', { class: 'audit' }, el('thead', {}, head), el('tbody', {}, ...rows));
}
