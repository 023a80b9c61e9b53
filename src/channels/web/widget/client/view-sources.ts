import { h } from './dom.js';
import { formatDate, type Lang, type Translate } from './i18n.js';
import type { Citation } from './types.js';

const safeUrl = (url: string) => (/^https?:\/\//.test(url) ? url : undefined);

/** Sources behind a disclosure: title, legal basis, "Stand" (review date) and links. */
export function sourcesView(citations: Citation[], t: Translate, lang: Lang): HTMLElement | null {
  if (citations.length === 0) return null;
  return h(
    'details',
    { class: 'sources' },
    h('summary', {}, t('sources', { n: citations.length })),
    h(
      'ul',
      {},
      ...citations.map((c) =>
        h(
          'li',
          {},
          h('strong', {}, c.title),
          h(
            'span',
            { class: 'meta' },
            ` – ${c.legalBasis.length ? `${c.legalBasis.join(', ')}; ` : ''}${t('stand')} ${formatDate(c.reviewedAt, lang)}`,
          ),
          ...c.sources.map((s) => {
            const href = safeUrl(s.url);
            return h(
              'span',
              {},
              ' · ',
              href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, s.title) : s.title,
            );
          }),
        ),
      ),
    ),
  );
}
