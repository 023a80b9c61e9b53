import type { Assessment } from '../domain/assessment.js';
import type { CaseFacts } from '../domain/facts.js';
import type { Lang } from '../domain/ports.js';
import type { GraphDeps } from '../graph/deps.js';
import type { Logger } from '../logger.js';
import type { LlmPort } from './port.js';
import { REPHRASE_ANSWER_PROMPT } from './prompts.js';

export type GuardFailure =
  | 'empty'
  | 'length'
  | 'first_line_changed'
  | 'missing_reference'
  | 'new_reference'
  | 'missing_date'
  | 'new_date'
  | 'missing_number'
  | 'new_number'
  | 'missing_url'
  | 'new_url'
  | 'negation_changed';
export type GuardResult = { ok: true } | { ok: false; failure: GuardFailure };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"')\]]+|\bwww\.[^\s<>"')\]]+/gi;
/** Bare domains ("siehe bamf.de") count as links too: a new one would be an invented source. */
const DOMAIN = /\b(?:[a-z0-9-]+\.)+(?:de|eu|com|org|net|info|gov|int|bund)\b/gi;
/** "§ 60a Abs. 6 Nr. 3 AufenthG", "§ 4a AufenthG", "§§ 19d": the reference as far as it is written. */
const PARAGRAPH =
  /§§?\s*\d+[a-z]?\b(?:\s*(?:Abs\.|Absatz)\s*\d+[a-z]?\b)?(?:\s*(?:S\.|Satz)\s*\d+\b)?(?:\s*(?:Nr\.|Nummer)\s*\d+[a-z]?\b)?(?:\s+[A-Z][A-Za-zÄÖÜäöü]*[GVO]\b)?/g;
const DATE = /\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/g;
const NUMBER = /\d+/g;
/** Words that turn a statement round; a plainer version must keep as many as the original has. */
const NEGATION =
  /\b(?:nicht|kein\w*|nie|niemals|ohne|weder|verboten|untersagt|not|no|never|without|none|cannot|prohibited|forbidden)\b|n't\b/gi;

const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const all = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((m) => squash(m[0])));
const trimUrl = (url: string) => url.replace(/[.,;:!?]+$/, '');
const links = (text: string) => new Set([...all(text, URL_PATTERN)].map(trimUrl));
const withoutLinks = (text: string) => text.replace(URL_PATTERN, ' ');
/** Numbers by value: "07" in a date and "7" elsewhere are the same number. */
const numbers = (text: string) => new Set([...withoutLinks(text).matchAll(NUMBER)].map((m) => String(Number(m[0]))));
const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;
const subset = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].every((x) => b.has(x));

/**
 * Accepts a rephrased answer only when it keeps every § reference, date, number and link of the
 * original, adds none (no date either), keeps the first line (the verdict) and every negation, and stays within
 * 50–150 % of the original length. Lexical by design: it cannot prove the meaning is kept, it can
 * only refuse the changes that would make the answer cite, date or promise something else.
 */
export function rephraseGuard(original: string, candidate: string): GuardResult {
  const fail = (failure: GuardFailure): GuardResult => ({ ok: false, failure });
  const text = candidate.trim();
  if (text.length === 0) return fail('empty');
  const ratio = text.length / Math.max(1, original.trim().length);
  if (ratio < 0.5 || ratio > 1.5) return fail('length');
  const firstLine = (s: string) => squash(s.trim().split('\n')[0] ?? '');
  if (firstLine(text) !== firstLine(original)) return fail('first_line_changed');

  const [origRefs, candRefs] = [all(original, PARAGRAPH), all(text, PARAGRAPH)];
  if (!subset(origRefs, candRefs)) return fail('missing_reference');
  if (!subset(candRefs, origRefs) || count(text, /§/g) > count(original, /§/g)) return fail('new_reference');
  if (!subset(all(original, DATE), all(text, DATE))) return fail('missing_date');
  // A day the original does not give ("Asylantrag 2024 (Monat?)" made "am 01.01.2024") is a made-up date.
  if (!subset(all(text, DATE), all(original, DATE))) return fail('new_date');
  const [origUrls, candUrls] = [links(original), links(text)];
  if (!subset(origUrls, candUrls)) return fail('missing_url');
  const origDomains = all(original.toLowerCase(), DOMAIN);
  if (!subset(candUrls, origUrls) || !subset(all(text.toLowerCase(), DOMAIN), origDomains)) return fail('new_url');
  const [origNumbers, candNumbers] = [numbers(original), numbers(text)];
  if (!subset(origNumbers, candNumbers)) return fail('missing_number');
  if (!subset(candNumbers, origNumbers)) return fail('new_number');
  if (count(text, NEGATION) !== count(original, NEGATION)) return fail('negation_changed');
  return { ok: true };
}

function userMessage(original: string, lang: Lang): string {
  const body = original.replace(/<\/?\s*answer\s*>/gi, '');
  return `Language: ${lang === 'de' ? 'German (de)' : 'English (en)'}\n<answer>\n${body}\n</answer>`;
}

/** The LLM's plainer version of `original` when the guard accepts it; otherwise `original`, unchanged. */
export async function rephraseGuarded(
  original: string,
  lang: Lang,
  llm: LlmPort,
  options: { logger?: Logger } = {},
): Promise<string> {
  const result = await llm.complete({ system: REPHRASE_ANSWER_PROMPT, user: userMessage(original, lang), json: false });
  if (!result.ok) {
    if (result.reason !== 'disabled') options.logger?.warn('llm_rephrase_failed', { reason: result.reason });
    return original;
  }
  const verdict = rephraseGuard(original, result.text);
  if (!verdict.ok) {
    options.logger?.warn('llm_rephrase_rejected', { failure: verdict.failure });
    return original;
  }
  return result.text.trim();
}

/**
 * Splits off the sources: from the first paragraph with a link to the end (sources, disclaimer) the
 * text stays verbatim. Long link lists gain nothing from plainer words and are easy to garble.
 */
export function splitForRephrasing(text: string): { body: string; rest: string } {
  const firstLink = text.search(URL_PATTERN);
  if (firstLink < 0) return { body: text, rest: '' };
  const paragraph = text.lastIndexOf('\n\n', firstLink);
  return paragraph < 0 ? { body: '', rest: text } : { body: text.slice(0, paragraph), rest: text.slice(paragraph) };
}

export type RenderAssessmentAsync = (assessment: Assessment, lang: Lang, facts?: CaseFacts) => Promise<string>;

/**
 * The deterministic rendering with its body rephrased when a model is configured and the guard lets
 * it through. The first line (the verdict) must come back unchanged; the sources and the disclaimer
 * are not sent at all.
 */
export function withLlmRephrasing(
  base: GraphDeps['renderAssessment'],
  llm: LlmPort,
  options: { logger?: Logger } = {},
): RenderAssessmentAsync {
  return async (assessment, lang, facts) => {
    const { body, rest } = splitForRephrasing(await base(assessment, lang, facts));
    if (body.trim() === '') return rest;
    return `${await rephraseGuarded(body, lang, llm, options)}${rest}`;
  };
}
