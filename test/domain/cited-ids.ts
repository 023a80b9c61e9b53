import type { Draft } from '../../src/domain/findings.js';

/** Every entry id the findings of a draft cite (steps, documents, duties, risks, routes, open points), repeats kept. */
export function citedIds(draft: Draft): string[] {
  const items = [
    ...draft.steps,
    ...draft.documents,
    ...draft.duties,
    ...draft.risks,
    ...draft.routes,
    ...draft.openPoints,
  ];
  return items.flatMap((i) => [...(i.cite ?? [])]);
}
