import { describe, expect, it } from 'vitest';
import { createCtx } from '../../src/domain/context.js';
import { MISSING_FACTS_ORDER, missingFacts } from '../../src/domain/missing-facts.js';

describe('missing facts', () => {
  it('lists decisive facts in the fixed order, before the ones that only refine', () => {
    const ctx = createCtx({}, '2026-11-22');
    const result = missingFacts(
      ctx,
      ['job.kind', 'nationality', 'workClause'],
      ['removalMeasuresPending', 'entryDate'],
    );
    expect(result).toEqual(['workClause', 'nationality', 'job.kind', 'entryDate', 'removalMeasuresPending']);
  });

  it('puts a decisive fact first even when a refining fact comes earlier in the fixed order', () => {
    const ctx = createCtx({}, '2026-11-22');
    expect(missingFacts(ctx, ['job.kind'], ['toleratedSince'])).toEqual(['job.kind', 'toleratedSince']);
  });

  it('never lists a fact that is present or that the employer does not know, nor a duplicate', () => {
    const ctx = createCtx({ nationality: 'SY' }, '2026-11-22', ['entryDate']);
    expect(missingFacts(ctx, ['nationality', 'job.kind', 'job.kind'], ['entryDate', 'job.kind'])).toEqual(['job.kind']);
  });

  it('asks the § 104 Abs. 18 Nr. 2 dates before the asylum history for the seven named states from 12.06.2026', () => {
    const keys = ['asylumApplied', 'hadWorkPermitOn11June2026', 'toleratedSince'] as const;
    const tunisian = createCtx({ nationality: 'TN' }, '2026-06-12');
    expect(missingFacts(tunisian, keys, [])).toEqual(['toleratedSince', 'hadWorkPermitOn11June2026', 'asylumApplied']);
    const before = createCtx({ nationality: 'TN' }, '2026-06-11');
    expect(missingFacts(before, keys, [])).toEqual(['asylumApplied', 'toleratedSince', 'hadWorkPermitOn11June2026']);
    const georgian = createCtx({ nationality: 'GE' }, '2026-11-22');
    expect(missingFacts(georgian, keys, [])[0]).toBe('asylumApplied');
  });

  it('names a date given only as a year or month (its precision decides), never a full one or one said unknown', () => {
    const ctx = createCtx(
      { toleratedSince: '2025', entryDate: '2024-03-02', asylumAppliedOn: '2024-03' },
      '2026-11-22',
      ['asylumAppliedOn'],
    );
    expect(missingFacts(ctx, ['toleratedSince', 'entryDate', 'asylumAppliedOn'], [])).toEqual(['toleratedSince']);
  });

  it('keeps facts outside the fixed order after the ordered ones', () => {
    const ctx = createCtx({}, '2026-11-22');
    expect(missingFacts(ctx, ['age', 'status'], [])).toEqual(['status', 'age']);
  });

  it('orders the document, its entry, the ban facts and the job as the lead fixed them', () => {
    expect(MISSING_FACTS_ORDER.slice(0, 10)).toEqual([
      'status',
      'permitBasis',
      'workClause',
      'nationality',
      'asylumApplied',
      'asylumAppliedOn',
      'asylumOutcome',
      'toleratedSince',
      'hadWorkPermitOn11June2026',
      'job.kind',
    ]);
  });
});
