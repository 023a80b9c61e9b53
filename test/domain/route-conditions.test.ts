import { describe, expect, it } from 'vitest';
import { assess } from '../../src/domain/assess.js';
import { allCases } from './case-table.js';
import { createFakeKnowledge } from './fake-knowledge.js';

// Contract v1.1 addition (session 7, review S6 finding 3): every route that is not excluded lists its conditions with
// a state; the open and only-if ones are exactly the texts of `detail` (nothing said twice, nothing left out), and an
// excluded route has none (its text says why). Checked over every row of the rules table.
const knowledge = createFakeKnowledge();

describe('route conditions (met / open / only_if) over the rules table', () => {
  it('lists the conditions of every route that is not excluded, the open ones as `detail` says them', () => {
    let met = 0;
    let onlyIf = 0;
    for (const c of allCases()) {
      const a = assess(c.facts, c.lawAsOf, knowledge, { unknown: c.unknown ?? [], lang: c.lang ?? 'de' });
      for (const r of a.routes) {
        const where = `${c.name}: ${r.id}`;
        if (r.status === 'excluded') {
          expect(r.conditions, where).toBeUndefined();
          continue;
        }
        const conditions = r.conditions ?? [];
        const open = conditions.filter((x) => x.state !== 'met').map((x) => x.text);
        if (open.length > 0) expect(open.join('; '), where).toBe(r.detail);
        if (r.status === 'likely') expect(open, where).toEqual([]);
        met += conditions.filter((x) => x.state === 'met').length;
        onlyIf += conditions.filter((x) => x.state === 'only_if').length;
      }
    }
    // The table must reach both kinds, or the property says nothing.
    expect(met).toBeGreaterThan(100);
    expect(onlyIf).toBeGreaterThan(5);
  });
});
