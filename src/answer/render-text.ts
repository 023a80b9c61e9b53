import { describeFact } from '../i18n/fact-labels.js';
import type { AnswerCard, AnswerItem } from './card.js';
import { type Lang, sayIn } from './texts.js';

/**
 * At most this many facts in the text line (the card and the details keep all of them); one fewer
 * when an adviser is recommended, as the consent question then follows in the same turn.
 */
const FACTS_IN_TEXT = 5;

/**
 * The facts that decide most verdicts first: the document (and since when), its entry, origin, the
 * asylum history and the dates a safe-country ban and its carve-outs turn on (§ 104 Abs. 18 AufenthG),
 * then the job and the document's expiry, which the employer knows best anyway.
 */
const TEXT_ORDER = [
  'event',
  'status',
  'toleratedSince',
  'permitBasis',
  'workClause',
  'nationality',
  'asylumOutcome',
  'asylumApplied',
  'entryDate',
  'asylumAppliedOn',
  'hadWorkPermitOn11June2026',
  'job.kind',
  'documentValidUntil',
];
/**
 * A work permission held on 11.06.2026 is asked only when the Duldung date misses the carve-out of § 104 Abs. 18
 * Nr. 2: held, it alone keeps the person out of the ban, so it stands beside the Duldung date (review S4-16).
 */
const CARVE_OUT_HELD = 'hadWorkPermitOn11June2026';
/**
 * The fact an urgent escalation rests on (src/domain/escalation.ts: concrete removal measures, § 60a Abs. 5b):
 * it made the case urgent, so it leads the line (review S4-16, u1: "Ihre Angaben" did not name it).
 */
const URGENT_BECAUSE = 'removalMeasuresPending';
/** A document whose renewal is a step on the card (it runs out within weeks) is said beside the document (S5-18). */
const EXPIRY = 'documentValidUntil';
const rank = (key: string, ban: boolean, held = false, urgent = false, renew = false) => {
  if (urgent && key === URGENT_BECAUSE) return -1;
  if (renew && key === EXPIRY) return TEXT_ORDER.indexOf('toleratedSince') + 0.25;
  if (held && key === CARVE_OUT_HELD) return TEXT_ORDER.indexOf('toleratedSince') + 0.5;
  // A ban's headline already names its reason (the clause among them); the line keeps its room for the
  // origin, the asylum history and the dates its carve-outs turn on.
  if (ban && key === 'workClause') return TEXT_ORDER.length - 0.5;
  const i = TEXT_ORDER.indexOf(key);
  return i < 0 ? TEXT_ORDER.length : i;
};

/** The facts for one line of a chat message: the most decisive five, "…" for the rest (the card keeps all). */
export function shortFacts(card: AnswerCard): string[] {
  const has = (key: string) => card.facts.some((f) => f.key === key);
  // As in the understood line: "Asylantrag gestellt" beside its date or outcome, "Duldung" beside
  // "Duldung seit …" say nothing more.
  const implied = (key: string) =>
    (key === 'asylumApplied' && (has('asylumAppliedOn') || has('asylumOutcome'))) ||
    (key === 'status' &&
      has('toleratedSince') &&
      card.facts.some((f) => f.key === 'status' && /^Duldung$|^Toleration/.test(f.text)));
  const held = card.facts.some(
    (f) => f.key === CARVE_OUT_HELD && f.text === describeFact(CARVE_OUT_HELD, true, card.lang),
  );
  const ban = card.outcome === 'prohibited';
  const urgent = card.escalation?.urgent === true;
  const expires = card.dates?.find((d) => d.kind === 'document_expires')?.date;
  const renew = expires !== undefined && card.steps.some((s) => s.date === expires);
  const facts = card.facts
    .filter((f) => !implied(f.key))
    .sort((x, y) => rank(x.key, ban, held, urgent, renew) - rank(y.key, ban, held, urgent, renew))
    .slice(0, card.escalation ? FACTS_IN_TEXT - 1 : FACTS_IN_TEXT)
    .map((f) => f.text);
  if (card.facts.filter((f) => !implied(f.key)).length > facts.length) facts.push('…');
  return facts;
}

const numbered = (items: readonly { text: string }[]) => items.map((s, i) => `${i + 1}. ${s.text}`);

/**
 * The verdict turn as plain text (API `text`, Slack fallback, transcript): headline, "Was Sie jetzt
 * tun", the facts in one line, where the details are, the law-as-of date. Kept under 150 words;
 * the details come on request (`renderDetailsText`).
 */
export function renderVerdictText(card: AnswerCard, lang: Lang = card.lang, detailsHint = true): string {
  const say = sayIn(lang);
  const lines = [card.headline];
  if (card.steps.length > 0) lines.push('', `${say('text.steps')}:`, ...numbered(card.steps));
  const facts = shortFacts(card);
  lines.push('', `${say('text.facts')}: ${facts.length ? facts.join(' · ') : say('text.no_facts')}`);
  if (detailsHint) lines.push('', say('text.details_hint', { n: card.sources.length }));
  lines.push(card.footer);
  return lines.join('\n');
}

const itemLine = (i: AnswerItem) =>
  `- ${i.lead ? `${i.lead}: ` : ''}${i.text}${i.refs.length ? ` [${i.refs.join(', ')}]` : ''}`;

/** The sections of a card as plain text: what "Details" shows in a text channel. */
export function renderDetailsText(card: AnswerCard, lang: Lang = card.lang): string {
  const say = sayIn(lang);
  const lines = [say('details.intro', { date: card.lawAsOf })];
  for (const section of card.sections) {
    lines.push('', `${section.title}:`);
    if (section.id === 'sources') {
      for (const s of card.sources) {
        const links = s.links.map((l) => l.url).join(' ');
        lines.push(
          `[${s.n}] ${say('source.line', { title: s.title, basis: s.legalBasis.join('; '), date: s.reviewedAt })}${links ? ` – ${links}` : ''}`,
        );
      }
      continue;
    }
    lines.push(...section.items.map(itemLine));
    if (section.folded) lines.push(`- ${section.folded.text}`);
  }
  if (card.escalation) lines.push('', `${card.escalation.title}:`, ...card.escalation.reasons.map((r) => `- ${r}`));
  return lines.join('\n');
}

/** Words as a reader counts them: runs of letters or digits (a date or "§ 60a" counts once per part). */
export const countWords = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,/-]*/gu) ?? []).length;
