import type { z } from 'zod';
import { CaseFacts, type FactKey, Job } from '../domain/facts.js';

/** A fact set by a click or a chip: its flat key and the typed value, or `unknown` ("weiß nicht"). */
export type FactChoice = { key: FactKey; value: unknown } | { key: FactKey; unknown: true };
export type ChoiceResult = { ok: true; choice: FactChoice } | { ok: false; message: string };

const UNKNOWN = 'unknown';

/** The schema of one flat fact key (`job.kind` → `Job.shape.kind`), or undefined for a key that is no fact. */
export function factSchema(key: string): z.ZodType | undefined {
  const [shape, field] = key.startsWith('job.') ? [Job.shape, key.slice(4)] : [CaseFacts.shape, key];
  // Own keys only: "constructor" or "__proto__" from a client are no facts.
  if (field === 'job' || !Object.hasOwn(shape, field)) return undefined;
  return (shape as Record<string, z.ZodType>)[field];
}

export const isFactKey = (key: string): key is FactKey => factSchema(key) !== undefined;

/**
 * The raw choice value (always a string on the wire) typed for the fact: "true"/"false" for yes/no
 * facts, a number for numeric ones, the string itself for dates and enums. The fact's own schema
 * decides, so a choice can set exactly what a free-text answer could.
 */
function typed(raw: string): unknown[] {
  const candidates: unknown[] = [raw];
  if (raw === 'true' || raw === 'false') candidates.unshift(raw === 'true');
  const n = Number(raw.replace(',', '.'));
  if (raw.trim() !== '' && Number.isFinite(n)) candidates.unshift(n);
  return candidates;
}

/** Checks a choice `{ factKey, value }` against the fact's schema; a readable message when it does not fit. */
export function parseFactChoice(key: string, raw: string): ChoiceResult {
  const schema = factSchema(key);
  if (!schema) return { ok: false, message: `"${key}" is not a fact key of the contract` };
  if (raw === UNKNOWN) return { ok: true, choice: { key: key as FactKey, unknown: true } };
  const issues = [];
  for (const candidate of typed(raw)) {
    const parsed = schema.safeParse(candidate);
    if (parsed.success && parsed.data !== undefined)
      return { ok: true, choice: { key: key as FactKey, value: parsed.data } };
    if (!parsed.success) issues.push(...parsed.error.issues);
  }
  // "too big" or "invalid date" says more than "expected a number" for the other readings of the text.
  const why = (issues.find((i) => i.code !== 'invalid_type') ?? issues.at(-1))?.message ?? 'no value';
  return { ok: false, message: `"${raw}" is not a valid value for ${key}: ${why}` };
}

/** A one-fact patch (`job.hoursPerWeek` → `{ job: { hoursPerWeek } }`). */
export function patchOf(key: FactKey, value: unknown): CaseFacts {
  if (key.startsWith('job.')) return { job: { [key.slice(4)]: value } } as CaseFacts;
  return { [key]: value } as CaseFacts;
}

/** The value of a flat fact key in the facts, if set. */
export function factValue(facts: CaseFacts, key: string): unknown {
  if (key.startsWith('job.')) return (facts.job as Record<string, unknown> | undefined)?.[key.slice(4)];
  return (facts as Record<string, unknown>)[key];
}
