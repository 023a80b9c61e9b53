import type { Lang } from '../../conversation/questions.js';
import type { Assessment, Citation } from '../../domain/assessment.js';
import { type Catalogue, formatMessage, type MessageKey } from '../../domain/messages.js';
import { assessmentDe } from '../../i18n/assessment.de.js';
import { assessmentEn } from '../../i18n/assessment.en.js';
import { type Block, contexts, LIMITS, sections } from './block-kit.js';
import { clip, escapeMrkdwn, slackText } from './texts.js';

const CATALOGUES: Record<Lang, Catalogue> = { de: assessmentDe, en: assessmentEn };

/** A citation as one context element: title, legal basis, review date ("Stand") and its links. */
export function citationLine(citation: Citation, lang: Lang): string {
  const links = citation.sources
    .filter((s) => /^https?:\/\/[^\s|<>]+$/.test(s.url))
    .map((s) => `<${s.url}|${escapeMrkdwn(s.title).replace(/\|/g, '/')}>`);
  const basis = citation.legalBasis.length ? ` (${escapeMrkdwn(citation.legalBasis.join('; '))})` : '';
  const stand = slackText(lang, 'stand', { date: citation.reviewedAt });
  return clip([`*${escapeMrkdwn(citation.title)}*${basis} · ${stand}`, ...links].join(' · '), LIMITS.sectionText);
}

/** Citations as context blocks, deduplicated by entry (the same entry backs several findings). */
export function sourceBlocks(citations: readonly Citation[], lang: Lang): Block[] {
  const unique = [...new Map(citations.map((c) => [c.entryId, c])).values()];
  if (unique.length === 0) return [];
  const heading = `*${escapeMrkdwn(CATALOGUES[lang]['render.sources'])}*`;
  return contexts([heading, ...unique.map((c) => citationLine(c, lang))]);
}

/**
 * The assessment as Block Kit: a header with the law-as-of date, the verdict, one section per
 * list (steps, documents, duties with deadlines, risks, routes, advice, open points), then the
 * sources and their review dates as context, then the disclaimer. Texts come from the catalogues.
 */
export function assessmentBlocks(assessment: Assessment, lang: Lang): Block[] {
  const catalogue = CATALOGUES[lang];
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    escapeMrkdwn(formatMessage(catalogue[key], params, lang));
  const factLabel = (key: string) =>
    escapeMrkdwn((catalogue as Readonly<Record<string, string>>)[`fact.${key}`] ?? key);

  const blocks: Block[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: clip(formatMessage(catalogue['render.title'], { date: assessment.lawAsOf }, lang), LIMITS.headerText),
      },
    },
  ];
  const summary = [
    ...(assessment.event ? [`*${t(`event.${assessment.event}`)}*`, t('event.then_verdict')] : []),
    `*${t(`verdict.${assessment.outcome}`)}*`,
    t(assessment.permission.required ? 'render.permission_required' : 'render.permission_not_required'),
    t('render.ba_consent', { value: catalogue[`ba_consent.${assessment.baConsent}`] }),
  ];
  if (assessment.earliestStart) summary.push(t('render.earliest_start', { date: assessment.earliestStart }));
  blocks.push(...sections(summary));

  const list = (heading: MessageKey, items: readonly string[], numbered = false) => {
    if (items.length === 0) return;
    blocks.push(...sections([`*${t(heading)}*`, ...items.map((item, i) => `${numbered ? `${i + 1}.` : '•'} ${item}`)]));
  };
  list('render.missing_facts', assessment.missingFacts.map(factLabel));
  list(
    'render.steps',
    assessment.steps.map((s) => escapeMrkdwn(s.text)),
    true,
  );
  list(
    'render.documents',
    assessment.documents.map((d) => escapeMrkdwn(d.text)),
  );
  list(
    'render.duties',
    assessment.employerDuties.map((d) =>
      d.deadlineDays
        ? `${escapeMrkdwn(d.text)} _(${t('render.deadline', { days: d.deadlineDays })})_`
        : escapeMrkdwn(d.text),
    ),
  );
  list(
    'render.risks',
    assessment.risks.map((r) => escapeMrkdwn(r.text)),
  );
  list(
    'render.routes',
    assessment.routes.map((r) => escapeMrkdwn(r.text)),
  );
  const { escalation } = assessment;
  if (escalation.recommended) {
    const heading = escalation.urgency === 'urgent' ? 'render.escalation_urgent' : 'render.escalation';
    list(
      heading,
      escalation.reasons.map((r) => escapeMrkdwn(r.text)),
    );
    if (escalation.reasons.length === 0) blocks.push(...sections([`*${t(heading)}*`]));
  } else blocks.push(...sections([t('render.escalation_none')]));
  list(
    'render.open_points',
    assessment.openPoints.map((p) => escapeMrkdwn(p.text)),
  );

  blocks.push({ type: 'divider' });
  blocks.push(...sourceBlocks(assessment.citations, lang));
  blocks.push(
    ...contexts([
      escapeMrkdwn(slackText(lang, 'lawAsOf', { date: assessment.lawAsOf })),
      escapeMrkdwn(catalogue['render.disclaimer']),
    ]),
  );
  return blocks;
}

/** Notification text for an assessment message (Slack shows it where blocks cannot be shown). */
export const assessmentFallback = (assessment: Assessment, lang: Lang) =>
  `${formatMessage(CATALOGUES[lang]['render.title'], { date: assessment.lawAsOf }, lang)}: ${formatMessage(CATALOGUES[lang][`verdict.${assessment.outcome}`], undefined, lang)}`;
