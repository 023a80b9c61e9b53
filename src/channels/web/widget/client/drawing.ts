import type { Translate } from './i18n.js';
import { svg } from './svg.js';

/**
 * A drawing (no real document, no real data) of the back page of a Duldung, with the box of the
 * Nebenbestimmungen marked: where the employer finds the entry on work. Text comes from the catalogue.
 */
/** The arrow's label in two lines, split at the space nearest the middle, so it fits beside the page. */
function twoLines(label: string): string[] {
  const middle = label.length / 2;
  let at = -1;
  for (let i = 0; i < label.length; i++)
    if (label[i] === ' ' && (at < 0 || Math.abs(i - middle) < Math.abs(at - middle))) at = i;
  return at < 0 ? [label] : [label.slice(0, at), label.slice(at + 1)];
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
    { class: 'drawing', viewBox: '0 0 340 210', role: 'img', 'aria-label': t('drawingLabel') },
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
    ...twoLines(t('drawingArrow')).map((line, i) =>
      text(262, 36 + i * 13, line, { 'font-size': 10, fill: '#9a3412', 'font-weight': 700 }),
    ),
    text(18, 188, t('drawingSample'), { 'font-size': 9, fill: '#4a4a4a', 'font-style': 'italic' }),
  );
}
