import type { Understanding } from './types.js';

/** A fact as scored: one leaf key with its value ("job.kind=employment"), or "unknown:<key>". */
export function factsOf(u: Pick<Understanding, 'patch' | 'unknown'>): string[] {
  const out: string[] = [];
  const walk = (obj: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(obj)) {
      if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}.`);
      else if (v !== undefined) out.push(`${prefix}${k}=${String(v)}`);
    }
  };
  walk(u.patch as Record<string, unknown>, '');
  for (const k of u.unknown) out.push(`unknown:${k}`);
  return out.sort();
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Micro-averaged fact-level precision and recall over (expected, actual) pairs. */
export function scoreFacts(pairs: ReadonlyArray<{ expected: string[]; actual: string[] }>): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { expected, actual } of pairs) {
    const want = new Set(expected);
    const got = new Set(actual);
    for (const f of got)
      if (want.has(f)) tp++;
      else fp++;
    for (const f of want) if (!got.has(f)) fn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}
