import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/domain/assess.js';
import { ENTRY_IDS } from '../../src/domain/citations.js';
import { allCases } from './case-table.js';
import { citedIds } from './cited-ids.js';
import { PLANNED_ENTRIES } from './fake-knowledge.js';

describe('citations', () => {
  it('cite only ids that the knowledge plan defines', () => {
    const planned = new Set(PLANNED_ENTRIES.map((e) => e.id));
    for (const id of ENTRY_IDS) expect(planned.has(id), id).toBe(true);
  });

  it('list no id that no case of the table cites, so the list does not go stale', () => {
    const cited = new Set(allCases().flatMap((c) => citedIds(evaluate(c.facts, c.lawAsOf, c.unknown ?? []))));
    const unused = ENTRY_IDS.filter((id) => !cited.has(id));
    expect(unused).toEqual([]);
  });

  it('give every finding at least one source', () => {
    for (const c of allCases()) {
      const draft = evaluate(c.facts, c.lawAsOf, c.unknown ?? []);
      for (const item of [...draft.steps, ...draft.documents, ...draft.duties, ...draft.risks, ...draft.routes]) {
        expect(item.cite.length, `${c.name}: ${item.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('cite for a dated rule only the entry in force on the law date (checked against the plan)', () => {
    const byId = new Map(PLANNED_ENTRIES.map((e) => [e.id, e]));
    for (const c of allCases()) {
      for (const id of citedIds(evaluate(c.facts, c.lawAsOf, c.unknown ?? []))) {
        const entry = byId.get(id);
        const inForce =
          entry !== undefined && entry.from <= c.lawAsOf && (entry.until === null || c.lawAsOf <= entry.until);
        expect(inForce, `${c.name}: ${id} on ${c.lawAsOf}`).toBe(true);
      }
    }
  });
});
