import { svg, uid } from './dom.js';
import type { Cell } from './types.js';

/** Drawn at the width it is shown (at most this), so its 11-unit text stays about 11 px on a phone too. */
const MAX_WIDTH = 640;
const MIN_WIDTH = 260;
const BAR = 14;
const GAP = 10;
const COLORS = ['#0b5394', '#d26a00'];

/** A suppressed cell ("< 5") is drawn as half of five, dashed, so it is seen but not read as a number. */
const size = (value: Cell) => (value === '< 5' ? 2.5 : value);
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Horizontal bars, one group per row and one bar per series. The SVG is an image with a title (the
 * numbers are in the table beside it, which is what assistive technology reads).
 */
export function barChart(options: {
  title: string;
  description: string;
  rows: { label: string; values: Cell[] }[];
  /** The width it will be shown at, in CSS pixels (clamped to 260–640). */
  width?: number;
}): SVGElement {
  const WIDTH = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, options.width ?? MAX_WIDTH)));
  // Label column: 190 at full width, less on a phone; labels cut to what fits at about 6.5 units a letter.
  const LABEL = Math.round(Math.min(190, WIDTH * 0.36));
  const labelChars = Math.floor((LABEL - 12) / 6.5);
  const series = Math.max(1, ...options.rows.map((r) => r.values.length));
  const groupHeight = series * BAR + GAP;
  const height = Math.max(40, options.rows.length * groupHeight + GAP);
  // At least ten: a few suppressed bars must not fill the width as if they were large.
  const max = Math.max(10, ...options.rows.flatMap((r) => r.values.map(size)));
  const scale = (WIDTH - LABEL - 60) / max;
  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      preserveAspectRatio: 'xMinYMin meet',
    },
    svg('title', { id: titleId }, options.title),
    svg('desc', { id: descId }, options.description),
  );
  options.rows.forEach((row, i) => {
    const top = GAP + i * groupHeight;
    chart.append(
      svg(
        'text',
        { x: LABEL - 8, y: top + (series * BAR) / 2 + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#1a1a1a' },
        cut(row.label, labelChars),
      ),
    );
    row.values.forEach((value, s) => {
      const y = top + s * BAR;
      const width = Math.max(value === 0 ? 0 : 2, size(value) * scale);
      chart.append(
        svg('rect', {
          x: LABEL,
          y,
          width,
          height: BAR - 3,
          fill: COLORS[s % COLORS.length] ?? '#0b5394',
          'fill-opacity': value === '< 5' ? 0.45 : 1,
          ...(value === '< 5' ? { stroke: '#1a1a1a', 'stroke-dasharray': '3 2' } : {}),
        }),
        svg('text', { x: LABEL + width + 4, y: y + BAR - 5, 'font-size': 11, fill: '#1a1a1a' }, String(value)),
      );
    });
  });
  return chart;
}
