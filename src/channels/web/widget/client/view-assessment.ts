import { allCitations } from './assessment-citations.js';
import { caseTimeline } from './case-dates.js';
import { h } from './dom.js';
import { formatDate, type Lang, type Translate } from './i18n.js';
import type { Assessment, CaseFacts } from './types.js';
import { sourcesView } from './view-sources.js';
import { timelineView } from './view-timeline.js';

export interface CaseActions {
  print(): void;
  downloadChecklist(): void;
  downloadCalendar(): void;
}

function list(title: string, items: (string | HTMLElement)[]): HTMLElement[] {
  if (items.length === 0) return [];
  return [h('h3', {}, title), h('ul', {}, ...items.map((item) => h('li', {}, item)))];
}

/** The assessment as a card: verdict, start, documents, steps, duties, risks, routes, timeline, sources. */
export function assessmentView(a: Assessment, facts: CaseFacts, t: Translate, lang: Lang, actions: CaseActions) {
  const duties = a.employerDuties.map((d) =>
    h(
      'span',
      {},
      d.text,
      d.deadlineDays ? h('span', { class: 'badge' }, t('deadlineDays', { n: d.deadlineDays })) : null,
    ),
  );
  const routes = a.routes.map((r) =>
    h('span', {}, h('strong', {}, `§ ${r.id}`), h('span', { class: 'badge' }, t(`route_${r.status}`)), ` ${r.text}`),
  );
  return h(
    'section',
    { class: 'card', 'aria-label': t('verdict') },
    a.event ? h('p', { class: 'event' }, t(`event_${a.event}`)) : null,
    h(
      'p',
      { class: `verdict ${a.outcome}` },
      `${t(a.event ? 'verdictAfterEnd' : 'verdict')}: ${t(`outcome_${a.outcome}`)}`,
    ),
    a.earliestStart ? h('p', {}, h('strong', {}, `${t('earliestStart')}: `), formatDate(a.earliestStart, lang)) : null,
    a.escalation.recommended ? h('p', { class: 'banner' }, t('escalation')) : null,
    ...list(
      t('documents'),
      a.documents.map((d) => d.text),
    ),
    ...list(
      t('steps'),
      a.steps.map((s) => s.text),
    ),
    ...list(t('duties'), duties),
    ...list(
      t('risks'),
      a.risks.map((r) => r.text),
    ),
    ...list(t('routes'), routes),
    ...list(
      t('openPoints'),
      [...a.escalation.reasons, ...a.openPoints].map((p) => p.text),
    ),
    timelineView(caseTimeline(a, facts, t), t, lang),
    sourcesView(allCitations(a), t, lang),
    h(
      'div',
      { class: 'card-actions' },
      h('button', { type: 'button', onclick: actions.print }, t('printChecklist')),
      h('button', { type: 'button', onclick: actions.downloadChecklist }, t('downloadChecklist')),
      h('button', { type: 'button', onclick: actions.downloadCalendar }, t('downloadCalendar')),
    ),
  );
}
