import { type Api, withQuery } from './api.js';
import { urgencyBadges } from './badges.js';
import { button, el } from './dom.js';
import type { Format } from './format.js';
import type { Counts, Line, Session } from './types.js';

type Assigned = 'all' | 'unassigned' | 'mine';
interface Filter {
  view: 'open' | 'done';
  assigned: Assigned;
  urgent: boolean;
  caseLang?: 'de' | 'en' | undefined;
  channel?: 'web' | 'slack' | undefined;
}

/** One queue line: a link to the case, with what a counsellor scans for. */
function renderLine(line: Line, f: Format): HTMLElement {
  const urgent = line.urgency === 'urgent';
  const finished = line.status === 'returned' || line.status === 'closed';
  const when = finished
    ? f.t('finishedAgo', { time: f.since(line.updatedAt) })
    : f.t('waiting', { time: f.since(line.waitingSince) });
  const holder = line.claimedBy ? f.t('heldBy', { name: line.claimedBy.name }) : f.t('unassigned');
  return el(
    'li',
    {},
    el(
      'a',
      { class: `line${urgent ? ' urgent' : ''}`, href: `#case=${line.id}`, 'data-id': line.id },
      el('span', { class: 'num' }, `#${line.caseNumber}`),
      el('span', { class: 'summary' }, line.summary),
      el(
        'span',
        { class: 'side' },
        el('span', { class: 'waited', 'data-since': finished ? line.updatedAt : line.waitingSince }, when),
      ),
      el('span', { class: 'reason' }, `${line.verdictLabel} – ${line.reason}`),
      el(
        'span',
        { class: 'meta' },
        ...urgencyBadges(line, f),
        line.lawChange
          ? el(
              'span',
              {
                class: 'badge law-change',
                title: f.t('lawChangedLong', {
                  date: f.day(line.lawChange.date),
                  before: line.lawChange.before.label,
                  after: line.lawChange.after.label,
                }),
              },
              f.t('lawChanged'),
            )
          : null,
        line.employerWroteLast && !finished
          ? el('span', { class: 'badge due', title: f.t('employerWroteLastLong') }, f.t('employerWroteLast'))
          : null,
        el('span', {}, finished && line.outcome ? f.t(`outcome.${line.outcome}`) : f.t(`status.${line.status}`)),
        el('span', {}, holder),
        el('span', {}, f.t(`channel.${line.channel}`)),
      ),
    ),
  );
}

/**
 * The queue: open or finished cases, narrowed by facets whose counts are always shown. Re-renders
 * keep the keyboard focus where it was (live updates must not throw the reader out of the list).
 */
export function createQueueView(deps: { api: Api; f: Format; root: HTMLElement; session: () => Session | undefined }) {
  const { api, f, root } = deps;
  const filter: Filter = { view: 'open', assigned: 'all', urgent: false };
  let lines: Line[] = [];
  let counts: Counts | undefined;
  let known = new Set<string>();

  const heading = el('h1', { id: 'queue-heading', tabindex: '-1' }, f.t('queue'));
  const views = el('div', { class: 'views', role: 'group', 'aria-label': f.t('queue') });
  const chips = el('div', { class: 'chips', role: 'group', 'aria-label': f.t('filters') });
  const list = el('div', { 'aria-live': 'off' });
  root.setAttribute('aria-labelledby', 'queue-heading');
  root.replaceChildren(heading, views, chips, list);

  const chip = (key: string, label: string, pressed: boolean, onClick: () => void, count?: number) =>
    button(count === undefined ? label : `${label} (${count})`, onClick, {
      'aria-pressed': String(pressed),
      'data-key': key,
    });

  function renderControls() {
    views.replaceChildren(
      chip('view-open', f.t('viewOpen'), filter.view === 'open', () => change({ view: 'open' })),
      chip('view-done', f.t('viewDone'), filter.view === 'done', () => change({ view: 'done' })),
    );
    const c = counts;
    chips.replaceChildren(
      ...(['all', 'unassigned', 'mine'] as const).map((key) =>
        chip(key, f.t(`filter.${key}`), filter.assigned === key, () => change({ assigned: key }), c?.[key]),
      ),
      chip('urgent', f.t('filter.urgent'), filter.urgent, () => change({ urgent: !filter.urgent }), c?.urgent),
      ...(['de', 'en'] as const).map((key) =>
        chip(
          key,
          f.t(`filter.${key}`),
          filter.caseLang === key,
          () => change({ caseLang: filter.caseLang === key ? undefined : key }),
          c?.[key],
        ),
      ),
      ...(['web', 'slack'] as const).map((key) =>
        chip(
          key,
          f.t(`filter.${key}`),
          filter.channel === key,
          () => change({ channel: filter.channel === key ? undefined : key }),
          c?.[key],
        ),
      ),
    );
  }

  function renderList() {
    list.replaceChildren(
      lines.length === 0
        ? el('p', { class: 'muted' }, f.t('queueEmpty'))
        : el('ul', { class: 'queue' }, ...lines.map((line) => renderLine(line, f))),
    );
  }

  /** Re-renders and puts the focus back on the same chip or case line. */
  function render() {
    const focused = document.activeElement as HTMLElement | null;
    const key = focused?.dataset.key;
    const id = focused?.dataset.id;
    renderControls();
    renderList();
    const again = key
      ? root.querySelector<HTMLElement>(`[data-key="${key}"]`)
      : id
        ? root.querySelector<HTMLElement>(`[data-id="${id}"]`)
        : null;
    again?.focus();
  }

  function change(next: Partial<Filter>) {
    Object.assign(filter, next);
    void load();
  }

  /** Fetches the view; returns the ids that are new since the last load (for the announcement). */
  async function load(): Promise<string[]> {
    const query = withQuery('/escalations', {
      queue: filter.view,
      assigned: filter.assigned === 'all' ? undefined : filter.assigned,
      urgent: filter.urgent ? 'true' : undefined,
      caseLang: filter.caseLang,
      channel: filter.channel,
    });
    const data = await api.get<{ escalations: Line[]; counts: Counts }>(query);
    lines = data.escalations;
    counts = data.counts;
    const fresh = lines.filter((l) => !known.has(l.id)).map((l) => l.id);
    known = new Set(lines.map((l) => l.id));
    render();
    return fresh;
  }

  return {
    load,
    focus: () => heading.focus(),
    /** Relative times ("wartet seit 12 Min.") move on without a reload. */
    tick() {
      for (const node of root.querySelectorAll<HTMLElement>('.waited')) {
        const since = node.dataset.since;
        if (!since) continue;
        const finished = filter.view === 'done';
        node.textContent = f.t(finished ? 'finishedAgo' : 'waiting', { time: f.since(since) });
      }
    },
    isOpenView: () => filter.view === 'open',
  };
}

export type QueueView = ReturnType<typeof createQueueView>;
