import { API_BASE, type Api, withQuery } from './api.js';
import { barChart } from './chart.js';
import { button, el, uid } from './dom.js';
import type { Format } from './format.js';
import type { Cell, Labelled, Period, Report } from './types.js';

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function table(caption: string | null, head: string[], rows: (string | Node)[][], numeric: number[]): HTMLElement {
  return el(
    'div',
    { class: 'scroll-x' },
    el(
      'table',
      { class: 'data' },
      caption ? el('caption', { class: 'muted small' }, caption) : null,
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...head.map((h, i) => el('th', { scope: 'col', class: numeric.includes(i) ? 'num' : undefined }, h)),
        ),
      ),
      el(
        'tbody',
        {},
        ...rows.map((row) =>
          el(
            'tr',
            {},
            ...row.map((cellValue, i) =>
              el(
                i === 0 ? 'th' : 'td',
                i === 0 ? { scope: 'row' } : { class: numeric.includes(i) ? 'num' : undefined },
                cellValue,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * The project's statistics: a range of days, totals, then one figure per question the project is
 * asked (chart and table side by side; the table is what a screen reader reads), and a CSV of it all.
 */
export function createStatsView(deps: { api: Api; f: Format; root: HTMLElement; lang: string }) {
  const { api, f, root } = deps;
  const today = isoDay(Date.now());
  let range = { from: isoDay(Date.now() - 89 * DAY_MS), to: today };

  const heading = el('h1', { id: 'stats-heading', tabindex: '-1' }, f.t('stats'));
  const fromInput = el('input', { type: 'date', id: 'stats-from', name: 'from', required: true, max: today });
  const toInput = el('input', { type: 'date', id: 'stats-to', name: 'to', required: true, max: today });
  const csv = el('a', { id: 'stats-csv', download: '' }, f.t('downloadCsv'));
  const form = el(
    'form',
    { class: 'range', 'aria-label': f.t('presets') },
    el('label', { for: 'stats-from' }, f.t('from'), fromInput),
    el('label', { for: 'stats-to' }, f.t('to'), toInput),
    el('button', { type: 'submit', class: 'primary' }, f.t('show')),
  );
  const presets = el(
    'div',
    { class: 'chips', role: 'group', 'aria-label': f.t('presets') },
    ...(['30', '90', '365', 'year'] as const).map((key) =>
      button(f.t(`preset.${key}`), () => {
        const from = key === 'year' ? `${today.slice(0, 4)}-01-01` : isoDay(Date.now() - (Number(key) - 1) * DAY_MS);
        range = { from, to: today };
        void load();
      }),
    ),
  );
  const body = el('div', { 'aria-live': 'off' });
  root.setAttribute('aria-labelledby', 'stats-heading');
  root.replaceChildren(heading, el('p', { class: 'muted' }, f.t('statsIntro')), presets, form, el('p', {}, csv), body);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    range = { from: fromInput.value, to: toInput.value };
    void load();
  });

  const cellText = (value: Cell | undefined) =>
    value === undefined ? '–' : typeof value === 'number' ? f.number(value) : value;

  function figure(
    title: string,
    rows: Labelled[],
    withConversations: boolean,
    first = f.t('stats.category'),
  ): HTMLElement {
    const id = uid('fig');
    const head = withConversations
      ? [first, f.t('stats.conversations'), f.t('stats.handoffs')]
      : [first, f.t('stats.handoffs')];
    const box = el(
      'section',
      { class: `figure${rows.length ? ' with-chart' : ''}`, 'aria-labelledby': id },
      el('h2', { id }, title),
    );
    if (rows.length === 0) {
      box.append(el('p', { class: 'muted' }, f.t('stats.none')));
      return box;
    }
    box.append(
      el(
        'div',
        {},
        withConversations
          ? el(
              'p',
              { class: 'legend', 'aria-hidden': 'true' },
              el('span', { class: 'c1' }, f.t('stats.conversations')),
              el('span', { class: 'c2' }, f.t('stats.handoffs')),
            )
          : null,
        barChart({
          // The chart's share of the page: the whole width on a phone, three fifths beside the table.
          width: window.matchMedia('(min-width: 60rem)').matches ? root.clientWidth * 0.55 : root.clientWidth - 40,
          title,
          description: f.t('stats.chartOf', { title }),
          rows: rows.map((r) => ({
            label: r.label,
            values: withConversations ? [r.conversations ?? 0, r.handoffs] : [r.handoffs],
          })),
        }),
      ),
      table(
        null,
        head,
        rows.map((r) =>
          withConversations
            ? [r.label, cellText(r.conversations), cellText(r.handoffs)]
            : [r.label, cellText(r.handoffs)],
        ),
        withConversations ? [1, 2] : [1],
      ),
    );
    return box;
  }

  const periods = (title: string, rows: Period[]) =>
    figure(
      title,
      rows.map((r) => ({ key: r.period, label: r.label, conversations: r.conversations, handoffs: r.handoffs })),
      true,
      f.t('stats.period'),
    );

  function render(report: Report) {
    const t = report.totals;
    const totals = el(
      'dl',
      { class: 'totals' },
      ...(
        [
          ['stats.conversations', t.conversations],
          ['stats.handoffs', t.handoffs],
          ['stats.helpful', t.helpful],
          ['stats.notHelpful', t.notHelpful],
        ] as const
      ).map(([key, value]) => el('div', {}, el('dt', {}, f.t(key)), el('dd', {}, cellText(value)))),
    );
    const reply = report.firstReply;
    const replyBox = el(
      'section',
      { class: 'figure', 'aria-labelledby': 'fig-reply' },
      el('h2', { id: 'fig-reply' }, f.t('stats.firstReply')),
      reply.medianMinutes === null
        ? el('p', { class: 'muted' }, f.t('stats.tooFew'))
        : table(
            null,
            [f.t('stats.category'), f.t('stats.count')],
            [
              [f.t('stats.cases'), cellText(reply.cases)],
              [f.t('stats.median'), f.number(reply.medianMinutes)],
              [f.t('stats.p90'), reply.p90Minutes === null ? '–' : f.number(reply.p90Minutes)],
            ],
            [1],
          ),
    );
    const questions = (title: string, id: string, rows: (string | Node)[][], head: string[]) =>
      el(
        'section',
        { class: 'figure', 'aria-labelledby': id },
        el('h2', { id }, title),
        rows.length ? table(null, head, rows, [1]) : el('p', { class: 'muted' }, f.t('stats.none')),
      );
    body.replaceChildren(
      el('h2', {}, f.t('stats.totals')),
      totals,
      periods(f.t('stats.perWeek'), report.perWeek),
      periods(f.t('stats.perMonth'), report.perMonth),
      figure(f.t('stats.verdicts'), report.verdicts, true),
      figure(f.t('stats.reasons'), report.reasons, false),
      figure(f.t('stats.triggers'), report.triggers, false),
      figure(f.t('stats.channels'), report.channels, true),
      figure(f.t('stats.nationalities'), report.nationalities, true),
      replyBox,
      figure(f.t('stats.outcomes'), report.outcomes, false),
      questions(
        f.t('stats.downVotes'),
        'fig-down',
        report.downVotes.map((d) => [d.question, cellText(d.count), d.comments.join(' · ')]),
        [f.t('stats.question'), f.t('stats.count'), f.t('stats.comments')],
      ),
      questions(
        f.t('stats.knowledgeGaps'),
        'fig-gaps',
        report.knowledgeGaps.map((g) => [
          g.question,
          cellText(g.count),
          el('a', { href: g.searchUrl, target: '_blank', rel: 'noopener' }, f.t('stats.search')),
        ]),
        [f.t('stats.question'), f.t('stats.count'), f.t('stats.search')],
      ),
    );
    // A table wider than a phone scrolls sideways inside its box: that box is then reachable by keyboard
    // and named after its figure, so it can be scrolled without a mouse.
    for (const box of body.querySelectorAll<HTMLElement>('.scroll-x')) {
      if (box.scrollWidth <= box.clientWidth) continue;
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', box.closest('section')?.querySelector('h2')?.textContent ?? f.t('stats'));
    }
  }

  // Only the newest request renders: an earlier range answering late must not replace the chosen one,
  // and the CSV link changes together with the figures, so both always describe the same range.
  let latest = 0;
  async function load() {
    const asked = { ...range };
    const ticket = ++latest;
    fromInput.value = asked.from;
    toInput.value = asked.to;
    const report = await api.get<Report>(withQuery('/stats', asked));
    if (ticket !== latest) return;
    render(report);
    csv.setAttribute('href', `${API_BASE}${withQuery('/stats.csv', { ...asked, lang: deps.lang })}`);
  }

  return { load, focus: () => heading.focus() };
}
