import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { CaseFacts, FactKey } from '../../src/domain/facts.js';

const Intent = z.enum(['handoff', 'greeting', 'thanks', 'restart', 'question', 'correction', 'affirm', 'deny']);

/** One labelled message; omitted lists are empty, an omitted patch is `{}`. */
export const Utterance = z
  .object({
    text: z.string().min(1),
    lang: z.enum(['de', 'en']).default('de'),
    pending: FactKey.optional(),
    /** The bot asked a yes/no question that is no fact (the hand-off consent): read with `expectsYesNo`. */
    expectsYesNo: z.boolean().optional(),
    last: z.array(FactKey).optional(),
    patch: CaseFacts.default({}),
    unknown: z.array(FactKey).default([]),
    intents: z.array(Intent).default([]),
  })
  .strict();
export type Utterance = z.infer<typeof Utterance>;

export const Dataset = z.object({ today: z.iso.date(), utterances: z.array(Utterance).min(1) }).strict();
export type Dataset = z.infer<typeof Dataset>;

const FILE = fileURLToPath(new URL('./utterances.yaml', import.meta.url));

/** A labelled set next to this file (`multi-date.yaml`, `fresh/2026-12-multi-date.yaml`, …). */
export const setFile = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

/** Loads and validates a labelled set; a bad label fails with the utterance index and field. */
export function loadDataset(file: string): Dataset {
  return Dataset.parse(parse(readFileSync(file, 'utf8')));
}

/** The original tuning set of single messages. */
export function loadUtterances(): Dataset {
  return loadDataset(FILE);
}

const FRESH_DIR = fileURLToPath(new URL('./fresh/', import.meta.url));

/**
 * The held-apart sets: every `*.yaml` in test/nlu/fresh/, each in the format of utterances.yaml with
 * its own `today`. Never tuned on; scored separately (bench/nlu.ts).
 */
export function loadFreshSets(): Array<{ file: string; data: Dataset }> {
  return readdirSync(FRESH_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const parsed = Dataset.safeParse(parse(readFileSync(`${FRESH_DIR}${file}`, 'utf8')));
      if (!parsed.success) throw new Error(`test/nlu/fresh/${file}: ${parsed.error.message}`);
      return { file, data: parsed.data };
    });
}
