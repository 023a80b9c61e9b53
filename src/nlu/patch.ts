import { CaseFacts, type FactKey } from '../domain/facts.js';
import type { CaseFactsPatch, Finding } from './types.js';

type Loose = Record<string, unknown>;

function set(patch: Loose, key: FactKey, value: unknown): void {
  if (key.startsWith('job.')) {
    const job = (patch.job ?? {}) as Loose;
    job[key.slice(4)] = value;
    patch.job = job;
  } else patch[key] = value;
}

/**
 * Turns findings into a patch that is valid against CaseFacts. A value the schema rejects is
 * dropped with its key rather than failing the whole message (an age of 150 is a misreading).
 */
export function buildPatch(findings: readonly Finding[]): CaseFactsPatch {
  let kept = [...findings];
  for (let attempt = 0; attempt < 5; attempt++) {
    const patch: Loose = {};
    for (const f of kept) set(patch, f.key, f.value);
    const parsed = CaseFacts.safeParse(patch);
    if (parsed.success) {
      return parsed.data;
    }
    const bad = new Set(parsed.error.issues.map((i) => i.path.map(String).join('.')));
    kept = kept.filter((f) => !bad.has(f.key) && !(f.key.startsWith('job.') && bad.has('job')));
  }
  return {};
}
