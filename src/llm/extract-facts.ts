import type { z } from 'zod';
import { mergeFacts, patchKeys } from '../conversation/merge-facts.js';
import { CaseFacts, type FactKey, Job } from '../domain/facts.js';
import type { GraphDeps, Understanding } from '../graph/deps.js';
import type { Logger } from '../logger.js';
import { foldText, hasEvidence, supportedDate } from './evidence.js';
import type { LlmPort } from './port.js';
import { EXTRACT_FACTS_PROMPT } from './prompts.js';

type Understand = GraphDeps['understand'];

/**
 * The only facts an LLM may contribute: what an employer reads off a document or a job offer.
 * Never `event`, `removalMeasuresPending`, identity, convictions or other facts that decide a
 * route on their own; those come from the deterministic NLU or a click.
 */
export const LLM_FACT_KEYS = [
  'status',
  'workClause',
  'nationality',
  'job.kind',
  'job.hoursPerWeek',
  'job.hourlyWage',
  'entryDate',
  'toleratedSince',
  'asylumApplied',
  'asylumOutcome',
  'germanLevel',
  'age',
] as const satisfies readonly FactKey[];
type LlmFactKey = (typeof LLM_FACT_KEYS)[number];
type JobField = 'kind' | 'hoursPerWeek' | 'hourlyWage';

/** Shorter texts are answers to a question ("ja", "B1"); the deterministic NLU owns those. */
const MIN_TEXT_LENGTH = 25;
/** With two facts found the deterministic NLU understood the message; the LLM would only add risk. */
const ENOUGH_FACTS = 2;
const MAX_TEXT_LENGTH = 2000;
const CONTROL_INTENTS = new Set(['handoff', 'restart']);

function schemaFor(key: LlmFactKey): z.ZodType {
  return key.startsWith('job.')
    ? Job.shape[key.slice(4) as JobField]
    : CaseFacts.shape[key as Exclude<LlmFactKey, `job.${string}`>];
}

/** The model's answer as a JSON object, tolerating a Markdown code fence around it. */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  const unfenced = text
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '');
  try {
    const value: unknown = JSON.parse(unfenced);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function readRaw(answer: Record<string, unknown>, key: LlmFactKey): unknown {
  const [head = '', field] = key.split('.');
  const value = answer[head];
  if (field === undefined) return value;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
}

/** Forgiving only about case: "tn" → "TN", "b1" → "B1". */
function normalise(key: LlmFactKey, raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  if (key === 'nationality' && /^[a-z]{2}$/i.test(raw)) return raw.toUpperCase();
  if (key === 'germanLevel' && /^[abc][12]$/i.test(raw)) return raw.toUpperCase();
  return raw;
}

/**
 * The facts of the LLM answer that may be taken: each field checked on its own against its
 * `CaseFacts` schema and against the text, and only where nothing is known about it yet.
 */
export function acceptLlmFacts(
  answer: Record<string, unknown>,
  text: string,
  known: ReadonlySet<string>,
): { patch: CaseFacts; dropped: LlmFactKey[] } {
  const folded = foldText(text);
  const flat: Record<string, unknown> = {};
  const job: Record<string, unknown> = {};
  const dropped: LlmFactKey[] = [];
  for (const key of LLM_FACT_KEYS) {
    const raw = readRaw(answer, key);
    if (raw === undefined || raw === null || known.has(key)) continue;
    const parsed = schemaFor(key).safeParse(normalise(key, raw));
    let value = parsed.success ? (parsed.data as string | number | boolean | undefined) : undefined;
    if (typeof value === 'string' && (key === 'entryDate' || key === 'toleratedSince')) {
      // A partial date as the text says it (contract v1.1): only the year in the text gives the year.
      value = supportedDate(folded, value);
    } else if (value !== undefined && !hasEvidence(folded, key, value)) {
      value = undefined;
    }
    if (value === undefined) dropped.push(key);
    else if (key.startsWith('job.')) job[key.slice(4)] = value;
    else flat[key] = value;
  }
  if (Object.keys(job).length > 0) flat.job = job;
  // Each field was checked alone; the whole is checked once more so the type is earned, not asserted.
  const checked = CaseFacts.safeParse(flat);
  if (!checked.success) return { patch: {}, dropped: [...LLM_FACT_KEYS] };
  return { patch: checked.data, dropped };
}

function shouldAsk(text: string, base: Understanding): boolean {
  if (text.trim().length <= MIN_TEXT_LENGTH) return false;
  if (base.intents.some((intent) => CONTROL_INTENTS.has(intent))) return false;
  return patchKeys(base.patch).length < ENOUGH_FACTS;
}

/** The employer's text as data: cut to length, with anything that looks like our delimiters removed. */
function userMessage(text: string): string {
  const body = text.slice(0, MAX_TEXT_LENGTH).replace(/<\/?\s*message\s*>/gi, '');
  return `<message>\n${body}\n</message>`;
}

/**
 * Adds LLM-extracted facts to the deterministic understanding. The deterministic result always
 * stands: the LLM only fills fact keys that neither this turn nor an earlier one has settled, and
 * any failure (disabled, timeout, 429, malformed answer) returns the deterministic result unchanged.
 */
export function withLlmExtraction(base: Understand, llm: LlmPort, options: { logger?: Logger } = {}): Understand {
  return async (text, ctx) => {
    const understood = await base(text, ctx);
    // A yes or no to the hand-off consent is read by the deterministic NLU alone.
    if (ctx.expectsYesNo || !shouldAsk(text, understood)) return understood;
    const result = await llm.complete({ system: EXTRACT_FACTS_PROMPT, user: userMessage(text), json: true });
    if (!result.ok) {
      if (result.reason !== 'disabled') options.logger?.warn('llm_extract_failed', { reason: result.reason });
      return understood;
    }
    const answer = parseJsonObject(result.text);
    if (!answer) {
      options.logger?.warn('llm_extract_failed', { reason: 'malformed' });
      return understood;
    }
    const known = new Set<string>([...patchKeys(understood.patch), ...understood.unknown, ...patchKeys(ctx.facts)]);
    const { patch, dropped } = acceptLlmFacts(answer, text, known);
    const added = patchKeys(patch);
    options.logger?.info('llm_extract', { added, dropped });
    if (added.length === 0) return understood;
    return {
      ...understood,
      // Deterministic last: even if a key slipped through, the deterministic value wins.
      patch: mergeFacts(patch, understood.patch),
    };
  };
}
