import type { Citation } from '../domain/assessment.js';
import { formatDate } from '../domain/messages.js';
import { isStopWord, stemToken, tokenize } from '../knowledge/analyse-text.js';
import type { SearchHit } from '../knowledge/search.js';
import { fold } from './topic.js';
import { answer, type CaseContext, type FollowUpAnswer, type FollowUpDeps, type FollowUpInput } from './types.js';

/** Words that ask for a consequence: they point at the risks and at what lapses or is revoked. */
const CONSEQUENCE =
  /\b(?:droh\w*|passiert|strafe\w*|bussgeld\w*|risiko\w*|folgen?|verlier\w*|verliert|risks?|penalt\w*|fines?|happens?|consequences?|lose|loses)\b/;
const LAPSES =
  /\b(?:widerruf\w*|widerruft|erlisch\w*|erlischt|entfall\w*|entfaellt|revok\w*|lapse\w*|bussgeld|strafe|fine|penalty)\b/;

export const contentStems = (text: string, lang: 'de' | 'en') => [
  ...new Set(
    tokenize(fold(text))
      .filter((t) => t.length >= 4 && !isStopWord(t, lang))
      .map((t) => stemToken(t, lang)),
  ),
];

/** A stem is found in a text when one of its stems starts with the same five letters ("anerkannt", "Anerkennung"). */
function shares(stem: string, textStems: ReadonlySet<string>, folded: string): boolean {
  if (textStems.has(stem)) return true;
  if (stem.length < 5) return false;
  const head = stem.slice(0, 5);
  return folded.includes(stem) || [...textStems].some((t) => t.startsWith(head));
}
const stemsOf = (text: string, lang: 'de' | 'en') => new Set(tokenize(fold(text)).map((t) => stemToken(t, lang)));

/**
 * A question none of the topics covers, answered from the case when one of its findings clearly
 * matches: a word stem shared (also inside a compound, "Duldung" in "Beschäftigungsduldung"), and
 * for consequence questions a finding that names one. Two points are needed, so one shared word
 * alone does not pull an unrelated finding in.
 */
export function itemAnswer(c: CaseContext): FollowUpAnswer | undefined {
  const { a, input, say } = c;
  const asked = contentStems(input.question, input.lang);
  const consequence = CONSEQUENCE.test(fold(input.question));
  const items: { text: string; citations: Citation[]; risk: boolean }[] = [
    ...a.risks.map((r) => ({ text: r.text, citations: r.citations, risk: true })),
    ...a.steps.map((s) => ({ text: s.text, citations: s.citations, risk: false })),
    ...a.employerDuties.map((d) => ({ text: d.text, citations: d.citations, risk: false })),
    ...a.openPoints.map((p) => ({ text: p.text, citations: [] as Citation[], risk: false })),
  ];
  const scored = items
    .map((item) => {
      const folded = fold(item.text);
      const stems = new Set(tokenize(folded).map((t) => stemToken(t, input.lang)));
      let score = asked.filter((s) => stems.has(s) || (s.length >= 5 && folded.includes(s))).length;
      if (consequence && (item.risk || LAPSES.test(folded))) score += 1;
      return { score, item };
    })
    .filter((s) => s.score >= 2);
  if (scored.length === 0) return undefined;
  // A consequence question gets the case's risks that match (at most two), in the assessment's order;
  // any other question the one finding that matches best.
  const chosen = consequence
    ? scored.filter((s) => s.item.risk).slice(0, 2)
    : [scored.reduce((best, s) => (s.score > best.score ? s : best))];
  const picked = chosen.length > 0 ? chosen : [scored.reduce((best, s) => (s.score > best.score ? s : best))];
  return answer(
    'case.item',
    [say('item.intro'), ...picked.map((s) => s.item.text)].join(' '),
    ...picked.map((s) => s.item.citations),
  );
}

/** Below this BM25 score a hit is too weak to answer with: say "I don't know" instead of guessing. */
export const MIN_ANSWER_SCORE = 8;
const MAX_HITS = 2;

/** What an entry is about, as searched text: its title, summary and keywords. */
const aboutText = (hit: SearchHit) => fold(`${hit.title} ${hit.snippet} ${(hit.keywords ?? []).join(' ')}`);

/**
 * The entries in force that answer the question: a good score, close to the best hit's, and two of the
 * question's content words (one, if it has only one) in the entry's title, summary or keywords: "Wetter
 * morgen in Dresden" must not be answered with the Dresden counselling entry.
 */
function knowledgeHits(input: FollowUpInput, deps: FollowUpDeps): SearchHit[] {
  return matchingHits(input, deps).filter((hit) => !forOtherDocument(hit.id, input) && !offTopicBan(hit.id, input));
}

/** The safe-country ban's entries (the ban and its cut-off carve-outs). */
const SAFE_COUNTRY_ENTRY = /^ban\.(?:safe-country|transition-104-18)/;
const ASKS_BAN = /\b(?:sicher\w*|safe|herkunft\w*|origin|verbot\w*|ban\w*|stichtag\w*|cut-?off|104)\b/;

/**
 * Review S5-30: a safe-country ban entry answers a question after a verdict only when the case has to do with it
 * (the verdict cites one of those entries) or the question asks about it: "darf er in unserer zweiten Filiale
 * arbeiten?" for a Syrian is no question about the § 104 Abs. 18 carve-outs – better "I don't know" than those.
 */
function offTopicBan(entryId: string, input: FollowUpInput): boolean {
  if (!input.assessment || !SAFE_COUNTRY_ENTRY.test(entryId)) return false;
  if (input.assessment.citations.some((c) => SAFE_COUNTRY_ENTRY.test(c.entryId))) return false;
  return !ASKS_BAN.test(fold(input.question));
}

function matchingHits(input: FollowUpInput, deps: FollowUpDeps): SearchHit[] {
  const asked = contentStems(input.question, input.lang);
  const needed = Math.min(2, asked.length);
  return deps.search
    .search(input.question, { lang: input.lang, limit: MAX_HITS, lawAsOf: input.lawAsOf })
    .filter((hit, i, all) => hit.score >= MIN_ANSWER_SCORE && (i === 0 || hit.score >= (all[0]?.score ?? 0) * 0.6))
    .filter((hit) => {
      const folded = aboutText(hit);
      const stems = stemsOf(folded, input.lang);
      return asked.filter((s) => shares(s, stems, folded)).length >= needed;
    });
}

function answerWith(hits: readonly SearchHit[], lang: FollowUpInput['lang'], intro: string): FollowUpAnswer {
  const stand = lang === 'de' ? 'Stand' : 'reviewed';
  const body = hits
    .map((h) => `• ${h.title}: ${h.snippet} (${h.legalBasis.join(', ')}; ${stand} ${formatDate(h.reviewedAt, lang)})`)
    .join('\n');
  const citations: Citation[] = hits.map((h) => ({
    entryId: h.id,
    title: h.title,
    legalBasis: h.legalBasis,
    reviewedAt: h.reviewedAt,
    sources: h.sources,
  }));
  return answer('knowledge', `${intro}\n${body}`, citations);
}

/**
 * Entries that each hold the answer for one kind of document and so exclude each other: the notice when a job
 * ends (Ausbildungsduldung and § 16g, Beschäftigungsduldung, titles of §§ 18–21, plain Duldung). When the case
 * cites one of them, a search hit on another is the answer for someone else's document ("do I need to tell
 * anyone?" after a § 60d job matched the plain-Duldung entry): the case's own topic answers instead.
 */
const ONE_PER_DOCUMENT: readonly { topic: 'duties'; ids: readonly string[] }[] = [
  {
    topic: 'duties',
    ids: [
      'duty.notify-training-end',
      'duty.notify-employment-toleration-end',
      'duty.notify-titles-18-21',
      'duty.plain-duldung-no-notice',
    ],
  },
];

const groupOf = (entryId: string, input: FollowUpInput) => {
  const cited = new Set(input.assessment?.citations.map((c) => c.entryId) ?? []);
  return ONE_PER_DOCUMENT.find(
    (group) => group.ids.includes(entryId) && !cited.has(entryId) && group.ids.some((id) => cited.has(id)),
  );
};
const forOtherDocument = (entryId: string, input: FollowUpInput) => groupOf(entryId, input) !== undefined;

/** The topic whose case answer replaces a knowledge hit that holds another document's answer, if any. */
export function otherDocumentsEntry(input: FollowUpInput, deps: FollowUpDeps): 'duties' | undefined {
  const top = matchingHits(input, deps)[0];
  return top ? groupOf(top.id, input)?.topic : undefined;
}

/** The knowledge base as the fallback: at most two entries in force, each with basis and "Stand". */
export function knowledgeAnswer(input: FollowUpInput, deps: FollowUpDeps, intro: string): FollowUpAnswer | undefined {
  const hits = knowledgeHits(input, deps);
  return hits.length > 0 ? answerWith(hits, input.lang, intro) : undefined;
}

/**
 * Words every question about this subject shares; a knowledge entry matching only these is no
 * more specific than the case. The immigration office decides every case, so naming it names no other
 * subject ("Wie lange braucht die Ausländerbehörde?" asks the case's processing time). Consequence
 * words belong to the case's risks.
 */
export const GENERIC_STEM = new RegExp(
  `^(?:${[
    'person',
    'arbeit',
    'beschaft',
    'duldung',
    'erlaubnis',
    'auslanderbehord',
    'behord',
    'stell',
    'firma',
    'betrieb',
    'mitarbeit',
    'woch',
    'stund',
    'monat',
    'jahr',
    'genau',
    'eigent',
    'trotzd',
    'wirklich',
    'einfach',
    'gibts',
    'irgend',
    'denn',
    'bitte',
    'vorher',
    'schon',
    'erst',
    'jetzt',
    'dann',
    'spat',
    'work',
    'employ',
    'toler',
    'permiss',
    'immigr',
    'offic',
    'author',
    'week',
    'hour',
    'month',
    'year',
    'exact',
    'realli',
    'still',
    'pleas',
    'befor',
    'after',
    'first',
    'alreadi',
    'come',
    'droh',
    'passier',
    'folg',
    'risk',
    'happen',
    'consequ',
    'verlier',
    'lose',
  ].join('|')})\\w{0,4}$`,
);

/** An entry id belongs to the case's answer when the verdict cites it or it is of the topic's own family. */
export type IsCaseEntry = (entryId: string) => boolean;

/**
 * A knowledge entry more specific than the case's answer: the question names something (an
 * "Eingliederungszuschuss", a "Visum", "abgeschoben") that is the entry's own subject – a word of its
 * title or keywords –, beyond the words that made the question look like one of the case's topics.
 * The case answers when its own entries rank first (the question is about the case's assessment).
 * Of the hits that name the question's words, the one naming most of them answers ("Familie in
 * Tunesien besuchen" is about travel, which names visiting the family abroad, more than about a
 * family business, which names only the family).
 */
export function specificKnowledge(
  input: FollowUpInput,
  deps: FollowUpDeps,
  intro: string,
  cueWords: readonly string[],
  isCaseEntry: IsCaseEntry,
): FollowUpAnswer | undefined {
  const cue = new Set(cueWords.flatMap((w) => contentStems(w, input.lang)));
  const own = contentStems(input.question, input.lang).filter((s) => !cue.has(s) && !GENERIC_STEM.test(s));
  if (own.length === 0) return undefined;
  const hits = knowledgeHits(input, deps);
  const top = hits[0];
  if (!top || isCaseEntry(top.id)) return undefined;
  const named = hits
    .filter((hit) => !isCaseEntry(hit.id))
    .map((hit) => ({ hit, count: own.filter((s) => namesSubject(s, hit, input.lang)).length }))
    .filter((n) => n.count > 0);
  if (named.length === 0) return undefined;
  const best = named.reduce((b, n) => (n.count > b.count ? n : b));
  return answerWith([best.hit], input.lang, intro);
}

/**
 * The entry's subject names the stem: a word of its title or keywords; a stem of five letters or more
 * (or a year) also inside a compound ("Eingliederungszuschuss") or as the compound the subject's word
 * begins ("Sozialversicherungsnummer" for "Sozialversicherung"). Shorter stems only as whole words.
 */
function namesSubject(stem: string, hit: SearchHit, lang: FollowUpInput['lang']): boolean {
  const folded = fold(`${hit.title} ${(hit.keywords ?? []).join(' ')}`);
  const stems = stemsOf(folded, lang);
  if (stems.has(stem)) return true;
  if (stem.length < 5 && !/^\d{4}$/.test(stem)) return false;
  return folded.includes(stem) || [...stems].some((t) => t.length >= 6 && stem.startsWith(t));
}
