import type { Assessment, Citation } from './types.js';

/** Every citation of the assessment once (by knowledge entry), in order of first use. */
export function allCitations(a: Assessment): Citation[] {
  const items = [...a.steps, ...a.documents, ...a.employerDuties, ...a.risks, ...a.routes];
  const all = [...a.citations, ...items.flatMap((i) => i.citations)];
  return all.filter((c, i) => all.findIndex((o) => o.entryId === c.entryId) === i);
}
