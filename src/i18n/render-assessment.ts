import type { Assessment } from '../domain/assessment.js';
import { type Catalogue, formatMessage, type MessageKey } from '../domain/messages.js';
import type { Lang } from '../domain/ports.js';
import { assessmentDe } from './assessment.de.js';
import { assessmentEn } from './assessment.en.js';

const CATALOGUES: Record<Lang, Catalogue> = { de: assessmentDe, en: assessmentEn };

/**
 * The assessment as plain text for chat channels: verdict, the open questions, then what to do,
 * what to keep, duties, risks, routes, advice, open points and the sources with their review date.
 */
export function renderAssessmentText(assessment: Assessment, lang: Lang): string {
  const catalogue = CATALOGUES[lang];
  const t = (key: MessageKey, params?: Record<string, string | number>) => formatMessage(catalogue[key], params, lang);
  const factLabel = (key: string) => (catalogue as Readonly<Record<string, string>>)[`fact.${key}`] ?? key;
  const lines: string[] = assessment.event
    ? [t(`event.${assessment.event}`), '', t('event.then_verdict'), t(`verdict.${assessment.outcome}`)]
    : [t(`verdict.${assessment.outcome}`)];
  lines.push(t(assessment.permission.required ? 'render.permission_required' : 'render.permission_not_required'));
  lines.push(t('render.ba_consent', { value: t(`ba_consent.${assessment.baConsent}`) }));
  if (assessment.earliestStart) lines.push(t('render.earliest_start', { date: assessment.earliestStart }));

  const section = (heading: MessageKey, items: readonly string[], numbered = false) => {
    if (items.length === 0) return;
    lines.push('', `${t(heading)}:`, ...items.map((item, i) => `${numbered ? `${i + 1}.` : '-'} ${item}`));
  };
  section('render.missing_facts', assessment.missingFacts.map(factLabel));
  section(
    'render.steps',
    assessment.steps.map((s) => s.text),
    true,
  );
  section(
    'render.documents',
    assessment.documents.map((d) => d.text),
  );
  section(
    'render.duties',
    assessment.employerDuties.map((d) =>
      d.deadlineDays ? `${d.text} (${t('render.deadline', { days: d.deadlineDays })})` : d.text,
    ),
  );
  section(
    'render.risks',
    assessment.risks.map((r) => r.text),
  );
  section(
    'render.routes',
    assessment.routes.map((r) => r.text),
  );
  const { escalation } = assessment;
  if (escalation.recommended) {
    section(
      escalation.urgency === 'urgent' ? 'render.escalation_urgent' : 'render.escalation',
      escalation.reasons.map((r) => r.text),
    );
  } else {
    lines.push('', t('render.escalation_none'));
  }
  section(
    'render.open_points',
    assessment.openPoints.map((p) => p.text),
  );
  section(
    'render.sources',
    assessment.citations.map((c) => {
      const line = t('render.source_line', { title: c.title, basis: c.legalBasis.join('; '), date: c.reviewedAt });
      const urls = c.sources.map((s) => s.url).join(' ');
      return urls ? `${line} – ${urls}` : line;
    }),
  );
  lines.push('', t('render.disclaimer'));
  return lines.join('\n');
}
