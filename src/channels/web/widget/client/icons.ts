import { svg } from './svg.js';
import type { AnswerCard } from './types.js';

type Tone = AnswerCard['tone'];

/** One shape per verdict, so the verdict never rests on colour alone (the label says it in words too). */
const SHAPES: Record<Tone, () => SVGElement[]> = {
  // No entry: a filled disc with a bar.
  ban: () => [
    svg('circle', { cx: 12, cy: 12, r: 11, fill: 'currentColor' }),
    svg('rect', { x: 5, y: 10, width: 14, height: 4, class: 'bar' }),
  ],
  // Not possible: a ring with a cross.
  no: () => [
    svg('circle', { cx: 12, cy: 12, r: 10, fill: 'none', stroke: 'currentColor', 'stroke-width': 2.5 }),
    svg('path', { d: 'M8 8l8 8M16 8l-8 8', stroke: 'currentColor', 'stroke-width': 2.5 }),
  ],
  // Waiting for the permission: an hourglass.
  wait: () => [
    svg('path', {
      d: 'M6 3h12M6 21h12M7 3c0 5 10 6 10 9s-10 4-10 9M17 3c0 5-10 6-10 9s10 4 10 9',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': 2,
    }),
  ],
  // Allowed: a check mark in a ring.
  go: () => [
    svg('circle', { cx: 12, cy: 12, r: 10, fill: 'none', stroke: 'currentColor', 'stroke-width': 2.5 }),
    svg('path', { d: 'M7 12.5l3.5 3.5L17 9', fill: 'none', stroke: 'currentColor', 'stroke-width': 2.5 }),
  ],
  // Still open: a question mark in a ring.
  open: () => [
    svg('circle', { cx: 12, cy: 12, r: 10, fill: 'none', stroke: 'currentColor', 'stroke-width': 2.5 }),
    svg('path', {
      d: 'M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.7.4-1 .9-1 1.7v.8',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': 2.2,
    }),
    svg('circle', { cx: 12, cy: 17.3, r: 1.3, fill: 'currentColor' }),
  ],
};

export const toneIcon = (tone: Tone): SVGElement =>
  svg(
    'svg',
    { class: 'icon', viewBox: '0 0 24 24', width: 28, height: 28, 'aria-hidden': 'true', focusable: 'false' },
    ...SHAPES[tone](),
  );
