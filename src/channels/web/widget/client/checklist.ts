import { allCitations } from './assessment-citations.js';
import { caseTimeline, dutyReminders } from './case-dates.js';
import { formatDate, type Lang, type Translate } from './i18n.js';
import type { Assessment, CaseFacts } from './types.js';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const section = (title: string, items: string[]) =>
  items.length ? `<h2>${escapeHtml(title)}</h2><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '';

/** Only http(s) links are printed as links; anything else stays text. */
const link = (url: string, title: string) =>
  /^https?:\/\//.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>` : escapeHtml(title);

export const PRINT_CSS = `body{font:14px/1.5 system-ui,sans-serif;color:#111;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem;border-bottom:1px solid #999}
li{margin:.25rem 0}.box li{list-style:none}.box li::before{content:"☐ ";font-size:1.1em}
a{color:#0645ad}@media print{a{color:#000}a[href]::after{content:" (" attr(href) ")";font-size:.85em}
body{margin:0}h2{break-after:avoid}li{break-inside:avoid}}`;

/** The case's paperwork as one self-contained, printable HTML document (also offered as download). */
export function checklistHtml(a: Assessment, facts: CaseFacts, t: Translate, lang: Lang): string {
  const date = (iso: string) => escapeHtml(formatDate(iso, lang));
  const text = (item: { text: string }) => escapeHtml(item.text);
  const duties = a.employerDuties.map((d) =>
    d.deadlineDays ? `${text(d)} <strong>(${escapeHtml(t('deadlineDays', { n: d.deadlineDays }))})</strong>` : text(d),
  );
  const routes = a.routes.map((r) => `§ ${escapeHtml(r.id)} – ${escapeHtml(t(`route_${r.status}`))}: ${text(r)}`);
  const timeline = caseTimeline(a, facts, t).map(
    (d) => `${date(d.date)}: ${escapeHtml(d.label)}${d.text ? ` – ${escapeHtml(d.text)}` : ''}`,
  );
  for (const r of dutyReminders(a))
    timeline.push(`${date(r.date)}: ${escapeHtml(t('dutyReminder', { text: r.text, n: r.days }))}`);
  const sources = allCitations(a).map(
    (c) =>
      `<strong>${escapeHtml(c.title)}</strong> (${escapeHtml(c.legalBasis.join(', '))}; ${escapeHtml(t('stand'))} ${date(c.reviewedAt)})` +
      (c.sources.length ? `<br>${c.sources.map((s) => link(s.url, s.title)).join(' · ')}` : ''),
  );
  const body = [
    `<h1>${escapeHtml(t('checklistTitle'))}</h1>`,
    `<p>${escapeHtml(t('checklistIntro'))} ${date(a.lawAsOf)}</p>`,
    a.event ? `<p>${escapeHtml(t(`event_${a.event}`))}</p>` : '',
    `<p><strong>${escapeHtml(t(a.event ? 'verdictAfterEnd' : 'verdict'))}:</strong> ${escapeHtml(t(`outcome_${a.outcome}`))}</p>`,
    a.earliestStart ? `<p><strong>${escapeHtml(t('earliestStart'))}:</strong> ${date(a.earliestStart)}</p>` : '',
    `<div class="box">${section(t('documents'), a.documents.map(text))}${section(t('steps'), a.steps.map(text))}</div>`,
    `<div class="box">${section(t('duties'), duties)}</div>`,
    section(t('timeline'), timeline),
    section(t('risks'), a.risks.map(text)),
    section(t('routes'), routes),
    section(t('openPoints'), a.openPoints.map(text)),
    section(t('sources', { n: sources.length }), sources),
  ].join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(t('checklistTitle'))}</title><style>${PRINT_CSS}</style></head><body>${body}</body></html>`;
}
