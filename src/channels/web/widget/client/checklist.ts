import { formatDate, type Lang, type Translate } from './i18n.js';
import type { AnswerCard } from './types.js';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Only http(s) links are printed as links; anything else stays text. */
const link = (url: string, title: string) =>
  /^https?:\/\//.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>` : escapeHtml(title);

export const PRINT_CSS = `body{font:14px/1.5 system-ui,sans-serif;color:#111;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem;border-bottom:1px solid #999}
li{margin:.25rem 0}.box li{list-style:none}.box li::before{content:"☐ ";font-size:1.1em}
a{color:#0645ad}@media print{a{color:#000}a[href]::after{content:" (" attr(href) ")";font-size:.85em}
body{margin:0}h2{break-after:avoid}li{break-inside:avoid}}`;

/** An ending is no hiring (review S6-18): its checklist is titled for the job or training that ends. */
const TITLES = {
  employment_ends_early: 'checklistTitleEmploymentEnds',
  training_ends_early: 'checklistTitleTrainingEnds',
} as const;

/** The case's paperwork as one self-contained, printable HTML document (also offered as download). */
export function checklistHtml(card: AnswerCard, t: Translate, lang: Lang): string {
  const title = t(card.event ? TITLES[card.event] : 'checklistTitle');
  const list = (items: string[], box = false) =>
    items.length ? `<ul${box ? ' class="box"' : ''}>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '';
  const parts = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(t('checklistIntro'))} ${escapeHtml(formatDate(card.lawAsOf, lang))}</p>`,
    `<p><strong>${escapeHtml(card.headline)}</strong></p>`,
    `<h2>${escapeHtml(t('nowSteps'))}</h2>`,
    list(
      card.steps.map((s) => escapeHtml(s.text)),
      true,
    ),
  ];
  for (const section of card.sections) {
    if (section.id === 'sources') continue;
    parts.push(`<h2>${escapeHtml(section.title)}</h2>`);
    const items = section.items.map(
      (i) => `${i.lead ? `<strong>${escapeHtml(i.lead)}:</strong> ` : ''}${escapeHtml(i.text)}`,
    );
    if (section.folded) items.push(escapeHtml(section.folded.text));
    parts.push(list(items, section.id === 'documents' || section.id === 'duties'));
  }
  parts.push(`<h2>${escapeHtml(t('sources', { n: card.sources.length }))}</h2>`);
  parts.push(
    list(
      card.sources.map(
        (s) =>
          `[${s.n}] <strong>${escapeHtml(s.title)}</strong> (${escapeHtml(s.legalBasis.join(', '))}; ${escapeHtml(t('stand'))} ${escapeHtml(formatDate(s.reviewedAt, lang))})` +
          (s.links.length ? `<br>${s.links.map((l) => link(l.url, l.title)).join(' · ')}` : ''),
      ),
    ),
  );
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${PRINT_CSS}</style></head><body>${parts.join('\n')}</body></html>`;
}
