import type { Api } from './api.js';
import { el } from './dom.js';
import type { Format } from './format.js';
import type { AuditEntry } from './types.js';

/** The audit log (admins): who did what, when, to which case or account. */
export function createAuditView(deps: { api: Api; f: Format; root: HTMLElement }) {
  const { api, f, root } = deps;
  const heading = el('h1', { id: 'audit-heading', tabindex: '-1' }, f.t('audit'));
  const body = el('div');
  root.setAttribute('aria-labelledby', 'audit-heading');
  root.replaceChildren(heading, body);

  const detail = (e: AuditEntry) => {
    if (!e.detail) return '';
    if (e.action === 'closed') return f.t(`outcome.${e.detail}`);
    if (e.action === 'role_changed' || e.action === 'invited' || e.action === 'joined') return f.t(`role.${e.detail}`);
    return e.detail;
  };

  return {
    async load() {
      const { entries } = await api.get<{ entries: AuditEntry[] }>('/audit?limit=200');
      if (entries.length === 0) {
        body.replaceChildren(el('p', { class: 'muted' }, f.t('auditEmpty')));
        return;
      }
      const head = el(
        'tr',
        {},
        ...['auditTime', 'auditAdviser', 'auditAction', 'auditCase', 'auditDetail'].map((k) =>
          el('th', { scope: 'col' }, f.t(k)),
        ),
      );
      const rows = entries.map((e) =>
        el(
          'tr',
          {},
          el('td', {}, f.time(e.at)),
          el('td', {}, e.adviser.name),
          el('td', {}, f.t(`action.${e.action}`)),
          el('td', {}, e.caseNumber !== null ? `#${e.caseNumber}` : (e.subject?.name ?? '–')),
          el('td', {}, detail(e)),
        ),
      );
      body.replaceChildren(
        el(
          'div',
          { class: 'scroll-x' },
          el('table', { class: 'data audit' }, el('thead', {}, head), el('tbody', {}, ...rows)),
        ),
      );
    },
    focus: () => heading.focus(),
  };
}
