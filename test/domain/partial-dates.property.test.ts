import { describe, expect, it } from 'vitest';
import { assess } from '../../src/domain/assess.js';
import type { Assessment } from '../../src/domain/assessment.js';
import { toleratedSinceConflict } from '../../src/domain/date-conflicts.js';
import { CaseFacts, DATE_FACT_KEYS, type DateFactKey, type FactKey } from '../../src/domain/facts.js';
import { firstDay, isPartial, lastDay } from '../../src/domain/partial-date.js';
import { createFakeKnowledge } from './fake-knowledge.js';

/**
 * Contract v1.1 §5: a rule reads a partial date at its cautious end and names the fact in `missingFacts`
 * only when the precise value would change the verdict. Checked here against the definition itself:
 * the case read with the date at its first and at its last possible day.
 */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const rnd = prng(20261207);
const pick = <T>(values: readonly T[]): T => values[Math.floor(rnd() * values.length)] as T;
const maybe = <T>(values: readonly T[], absent = 0.3): T | undefined => (rnd() < absent ? undefined : pick(values));
/** Facts that are not dates are mostly given, so that a date is often what decides. */
const often = <T>(values: readonly T[]) => maybe(values, 0.08);

/** Years and months on both sides of every cut-off the rules use, and a few full dates. */
const PAST = ['2015', '2015-08', '2015-09', '2016', '2021', '2022', '2022-11', '2023', '2023-08', '2025', '2025-05'];
const PAST_MORE = [...PAST, '2025-06', '2026', '2026-08', '2026-09', '2025-05-06', '2023-08-31'];
const EXPIRY = ['2026', '2026-11', '2026-12', '2027', '2026-11-30'];
const LAW_DATES = ['2026-04-01', '2026-06-11', '2026-06-12', '2026-11-22', '2027-01-10'];

function randomCase() {
  const facts = CaseFacts.parse(
    JSON.parse(
      JSON.stringify({
        status: often(['duldung', 'duldung', 'aufenthaltsgestattung', 'ausbildungsduldung'] as const),
        workClause: often(['beschaeftigung_nur_mit_erlaubnis', 'beschaeftigung_gestattet'] as const),
        nationality: often(['TN', 'IN', 'GE', 'MD', 'AL', 'SY', 'TR']),
        asylumApplied: often([true, true, false]),
        asylumAppliedOn: maybe(PAST_MORE),
        asylumOutcome: often(['pending', 'rejected', 'rejected_manifestly_unfounded', 'withdrawn'] as const),
        entryDate: maybe(PAST_MORE),
        toleratedSince: maybe(PAST_MORE),
        identityClarifiedOn: maybe(PAST),
        documentValidUntil: maybe(EXPIRY),
        hadWorkPermitOn11June2026: maybe([true, false]),
        livesInReceptionCentre: often([true, false, false]),
        removalMeasuresPending: often([false]),
        dublinProcedure: maybe([true, false]),
        identityByPassport: maybe([true, false]),
        job: { kind: often(['employment', 'vocational_training', 'minijob', 'internship_mandatory'] as const) },
      }),
    ),
  );
  const partial = DATE_FACT_KEYS.filter((k) => facts[k] !== undefined && isPartial(facts[k] as string));
  return {
    facts,
    lawAsOf: pick(LAW_DATES),
    unknown: partial.filter(() => rnd() < 0.25) as FactKey[],
  };
}

const CASES = Array.from({ length: 800 }, randomCase);
const run = (facts: CaseFacts, lawAsOf: string, unknown: FactKey[]) =>
  assess(facts, lawAsOf, createFakeKnowledge(), { unknown });
const verdict = (a: Assessment) => `${a.outcome}|${a.baConsent}|${a.earliestStart ?? ''}`;

/** The case with `key` at its first and at its last possible day (a past fact not after lawAsOf). */
function ends(facts: CaseFacts, key: DateFactKey, lawAsOf: string): [CaseFacts, CaseFacts] {
  const value = facts[key] as string;
  let last = lastDay(value);
  if (key !== 'documentValidUntil' && last > lawAsOf && firstDay(value) <= lawAsOf) last = lawAsOf;
  return [
    { ...facts, [key]: firstDay(value) },
    { ...facts, [key]: last },
  ];
}

const checked = { flips: 0, refines: 0, unknownFlips: 0, cautiousBans: 0 };

describe('partial dates over generated cases', () => {
  it('names a partial date exactly when its precision would change the verdict, and never states a ban it cannot know', () => {
    for (const c of CASES) {
      const a = run(c.facts, c.lawAsOf, c.unknown);
      const context = JSON.stringify(c);
      const ending = c.facts.event === 'employment_ends_early' || c.facts.event === 'training_ends_early';
      for (const key of DATE_FACT_KEYS) {
        const value = c.facts[key];
        if (value === undefined || !isPartial(value) || ending) continue;
        const both = ends(c.facts, key, c.lawAsOf);
        // A Duldung start before the entry or the birth is no date to refine but a conflict (review S5-23, own rows).
        if ([c.facts, ...both].some((f) => toleratedSinceConflict(f, c.lawAsOf))) continue;
        const [early, late] = both.map((f) => run(f, c.lawAsOf, c.unknown));
        if (!early || !late) throw new Error('unreachable');
        const differs = verdict(early) !== verdict(late);
        const flips = early.outcome !== late.outcome;
        if (c.unknown.includes(key)) {
          expect(a.missingFacts, `${key} unknown: ${context}`).not.toContain(key);
          if (flips) {
            checked.unknownFlips++;
            // A "weiß nicht" on the month never yields the favourable end as certain. The banning end stands only
            // as the cautious reading of a § 104 Abs. 18 carve-out (review S4-5): said with its condition and an adviser.
            if (early.outcome === 'allowed' || late.outcome === 'allowed')
              expect(a.outcome, context).not.toBe('allowed');
            if (a.outcome === 'prohibited' && early.outcome !== late.outcome) {
              checked.cautiousBans++;
              expect(a.escalation.recommended, context).toBe(true);
              expect(a.openPoints.length, context).toBeGreaterThanOrEqual(2);
            }
          }
          continue;
        }
        expect(a.missingFacts.includes(key), `${key} named iff decisive: ${context}`).toBe(differs);
        if (flips) {
          checked.flips++;
          expect(a.outcome, `${key} flips the outcome: ${context}`).toBe('needs_facts');
        } else if (differs) checked.refines++;
      }
    }
    // The generated table must reach every branch, or the property says nothing.
    expect(checked.flips).toBeGreaterThan(20);
    expect(checked.refines).toBeGreaterThan(20);
    expect(checked.unknownFlips).toBeGreaterThan(5);
  });
});
