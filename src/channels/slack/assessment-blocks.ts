import type { AnswerCard, AnswerItem } from '../../answer/card.js';
import { shortFacts } from '../../answer/render-text.js';
import { sayIn } from '../../answer/texts.js';
import type { Lang } from '../../conversation/questions.js';
import type { Citation } from '../../domain/assessment.js';
import { type Block, type Button, contexts, encodeActionId, LIMITS, sections } from './block-kit.js';
import { clip, escapeMrkdwn, slackText } from './texts.js';

/** Colour alone never carries the verdict: each tone has its icon, and the label says it in words. */
const ICON: Record<AnswerCard['tone'], string> = {
  ban: ':no_entry:',
  no: ':no_entry_sign:',
  wait: ':hourglass_flowing_sand:',
  go: ':white_check_mark:',
  open: ':grey_question:',
};

/** Pseudo fact key of the "Details" button: the click posts the card's sections, it is no conversation turn. */
export const DETAILS_KEY = 'details';

const safeLink = (url: string) => /^https?:\/\/[^\s|<>]+$/.test(url);

/** A citation as one context element: title, legal basis, review date ("Stand") and its links. */
export function citationLine(citation: Citation, lang: Lang, n?: number): string {
  const links = citation.sources
    .filter((s) => safeLink(s.url))
    .map((s) => `<${s.url}|${escapeMrkdwn(s.title).replace(/\|/g, '/')}>`);
  const basis = citation.legalBasis.length ? ` (${escapeMrkdwn(citation.legalBasis.join('; '))})` : '';
  const stand = slackText(lang, 'stand', { date: citation.reviewedAt });
  const number = n === undefined ? '' : `[${n}] `;
  return clip(
    [`${number}*${escapeMrkdwn(citation.title)}*${basis} · ${stand}`, ...links].join(' · '),
    LIMITS.sectionText,
  );
}

/** Citations as context blocks, each entry once (the same entry backs several findings). */
export function sourceBlocks(citations: readonly Citation[], lang: Lang, numbered = false): Block[] {
  const unique = [...new Map(citations.map((c) => [c.entryId, c])).values()];
  if (unique.length === 0) return [];
  const heading = `*${escapeMrkdwn(sayIn(lang)('section.sources'))}*`;
  return contexts([heading, ...unique.map((c, i) => citationLine(c, lang, numbered ? i + 1 : undefined))]);
}

/** The facts as one context line: what the verdict rests on (and what Lotse understood). */
export function factsContext(facts: readonly string[], lang: Lang): Block[] {
  if (facts.length === 0) return [];
  const label = sayIn(lang)('text.facts');
  return contexts([clip(`*${escapeMrkdwn(label)}:* ${facts.map(escapeMrkdwn).join(' · ')}`, LIMITS.sectionText)]);
}

/**
 * The verdict as Block Kit, the same structure as everywhere: the headline with icon and label,
 * "Was Sie jetzt tun" (at most three numbered steps), the facts as context, the law-as-of date, and a
 * "Details" button that posts the sections in the thread. `messageId` identifies the card for that click.
 */
export function assessmentBlocks(
  card: AnswerCard,
  lang: Lang,
  messageId: string,
): { blocks: Block[]; details: Button } {
  const say = sayIn(lang);
  const [label, ...rest] = card.headline.startsWith(`${card.label}:`)
    ? [card.label, card.headline.slice(card.label.length + 1).trim()]
    : ['', card.headline];
  const head = label
    ? `${ICON[card.tone]} *${escapeMrkdwn(label)}:* ${escapeMrkdwn(rest.join(''))}`
    : `${ICON[card.tone]} ${escapeMrkdwn(card.headline)}`;
  const blocks: Block[] = [...sections([head])];
  if (card.steps.length > 0)
    blocks.push(
      ...sections([
        `*${escapeMrkdwn(say('text.steps'))}*`,
        ...card.steps.map((s, i) => `${i + 1}. ${escapeMrkdwn(s.text)}`),
      ]),
    );
  blocks.push(...factsContext(shortFacts(card), lang), ...contexts([escapeMrkdwn(card.footer)]));
  const details: Button = {
    type: 'button',
    text: { type: 'plain_text', text: clip(say('text.details_button'), LIMITS.buttonText) },
    action_id: encodeActionId(DETAILS_KEY, 0),
    value: messageId,
  };
  return { blocks, details };
}

const itemLine = (i: AnswerItem) =>
  `• ${i.lead ? `*${escapeMrkdwn(i.lead)}:* ` : ''}${escapeMrkdwn(i.text)}${i.refs.length ? ` _[${i.refs.join(', ')}]_` : ''}`;

/** The card's sections, posted in the thread when "Details" is clicked: one section each, sources as context. */
export function detailBlocks(card: AnswerCard, lang: Lang): Block[] {
  const blocks: Block[] = [];
  for (const section of card.sections) {
    if (section.id === 'sources') continue;
    const lines = [`*${escapeMrkdwn(section.title)}*`, ...section.items.map(itemLine)];
    if (section.folded) lines.push(`• _${escapeMrkdwn(section.folded.text)}_`);
    blocks.push(...sections(lines));
  }
  if (card.escalation)
    blocks.push(
      ...sections([
        `*${escapeMrkdwn(card.escalation.title)}*`,
        ...card.escalation.reasons.map((r) => `• ${escapeMrkdwn(r)}`),
      ]),
    );
  const citations: Citation[] = card.sources.map((s) => ({
    entryId: s.entryId,
    title: s.title,
    legalBasis: s.legalBasis,
    reviewedAt: s.reviewedAt,
    sources: s.links,
  }));
  blocks.push({ type: 'divider' }, ...sourceBlocks(citations, lang, true));
  return blocks;
}

/** Notification text for a verdict (Slack shows it where blocks cannot be shown). */
export const assessmentFallback = (card: AnswerCard) => card.headline;
