import type { CaseDate } from './card-dates.js';
import { daysBetween } from './dates.js';
import { h } from './dom.js';
import { formatDate, type Lang, type Translate } from './i18n.js';

/** Minimum distance between two dots (percent of the track), so close dates stay readable. */
const MIN_GAP = 12;

/** Proportional positions on the track, nudged apart where dates lie close together. */
export function trackPositions(dates: string[]): number[] {
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) return [];
  const span = Math.max(daysBetween(first, last), 1);
  const positions: number[] = [];
  for (const date of dates) {
    const previous = positions[positions.length - 1];
    const raw = (daysBetween(first, date) / span) * 100;
    positions.push(previous === undefined ? raw : Math.max(raw, previous + MIN_GAP));
  }
  const end = positions[positions.length - 1] ?? 100;
  return end > 100 ? positions.map((p) => (p * 100) / end) : positions;
}

/**
 * A small timeline: numbered dots on a track (decorative, hidden from screen readers) and a
 * numbered legend that carries the same content as text.
 */
export function timelineView(dates: CaseDate[], t: Translate, lang: Lang): HTMLElement | null {
  if (dates.length < 2) return null;
  const positions = trackPositions(dates.map((d) => d.date));
  return h(
    'figure',
    { class: 'timeline' },
    h('figcaption', {}, h('strong', {}, t('timeline'))),
    h(
      'div',
      { class: 'track', 'aria-hidden': 'true' },
      ...dates.map((d, i) =>
        h('span', { class: `dot ${d.kind}`, style: `left:${positions[i] ?? 0}%`, title: d.label }, String(i + 1)),
      ),
    ),
    h(
      'ol',
      { class: 'legend' },
      ...dates.map((d, i) =>
        h(
          'li',
          {},
          `${i + 1} · ${formatDate(d.date, lang)}: ${d.label}`,
          // What to do on the day (the rules' case dates): under the label, in the legend's smaller type.
          d.text ? h('span', { class: 'meta what' }, d.text) : null,
        ),
      ),
    ),
  );
}
