import { el } from './dom.js';
import type { Format } from './format.js';
import type { Line } from './types.js';

/** "Dringend", and beside it "laut Arbeitgeber" with what the urgency rests on (own words or a clicked answer). */
export function urgencyBadges(line: Pick<Line, 'urgency' | 'urgencyBasis'>, f: Format): HTMLElement[] {
  if (line.urgency !== 'urgent') return [];
  const badges = [el('span', { class: 'badge urgent' }, f.t('urgency.urgent'))];
  if (line.urgencyBasis)
    badges.push(
      el('span', { class: 'badge hint', title: f.t(urgencyBasisText(line.urgencyBasis)) }, f.t('urgencyFromEmployer')),
    );
  return badges;
}

export const urgencyBasisText = (basis: NonNullable<Line['urgencyBasis']>) =>
  basis.source === 'own_words' ? 'urgencyOwnWords' : 'urgencyAnswered';
