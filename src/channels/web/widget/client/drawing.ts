import type { Translate } from './i18n.js';
import { svg } from './svg.js';

/**
 * A drawing (no real document, no real data) of the back page of a Duldung, with the box of the
 * Nebenbestimmungen marked: where the employer finds the entry on work. Text comes from the catalogue.
 */
/** The arrow's label in lines of at most `width` characters, so it fits beside the page. */
function lines(label: string, width = 16): string[] {
  const out: string[] = [];
  for (const word of label.split(' ')) {
    const last = out[out.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

export function duldungBackDrawing(t: Translate): SVGElement {
  const text = (x: number, y: number, value: string, attrs: Record<string, string | number> = {}) =>
    svg('text', { x, y, 'font-size': 11, fill: '#1a1a1a', ...attrs }, value);
  const field = (y: number, label: string) => [
    text(18, y, label, { 'font-size': 9, fill: '#4a4a4a' }),
    svg('rect', { x: 110, y: y - 9, width: 120, height: 10, rx: 2, fill: '#d9dde3' }),
  ];
  return svg(
    'svg',
    { class: 'drawing', viewBox: '0 0 350 210', role: 'img', 'aria-label': t('drawingLabel') },
    svg('rect', {
      x: 4,
      y: 4,
      width: 250,
      height: 196,
      rx: 8,
      fill: '#fbf7ee',
      stroke: '#5f6b7a',
      'stroke-width': 1.5,
    }),
    text(18, 26, t('drawingBack'), { 'font-weight': 700 }),
    ...field(50, t('drawingValid')),
    ...field(70, t('drawingAuthority')),
    svg('rect', {
      x: 12,
      y: 86,
      width: 234,
      height: 74,
      rx: 4,
      fill: '#fff4d6',
      stroke: '#c2410c',
      'stroke-width': 2.5,
      'stroke-dasharray': '6 3',
    }),
    text(20, 104, t('drawingClause'), { 'font-weight': 700 }),
    text(20, 124, t('drawingClauseText')),
    text(20, 140, t('drawingClauseText2')),
    svg('path', { d: 'M300 70 C 290 100, 275 110, 252 118', fill: 'none', stroke: '#c2410c', 'stroke-width': 2.5 }),
    svg('path', { d: 'M252 118 l10 -8 l-1 10 z', fill: '#c2410c' }),
    ...lines(t('drawingArrow')).map((line, i) =>
      text(262, 30 + i * 13, line, { 'font-size': 10, fill: '#9a3412', 'font-weight': 700 }),
    ),
    text(18, 188, t('drawingSample'), { 'font-size': 9, fill: '#4a4a4a', 'font-style': 'italic' }),
  );
}
