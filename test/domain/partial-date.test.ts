import { describe, expect, it } from 'vitest';
import { datesToRefine } from '../../src/domain/date-precision.js';
import { CaseFacts } from '../../src/domain/facts.js';
import { firstDay, isPartial, lastDay, PartialDate, precisionOf } from '../../src/domain/partial-date.js';

describe('PartialDate', () => {
  it.each(['2025', '2025-01', '2025-01-01', '2024-02-29', '1999-12-31'])('accepts %s', (value) => {
    expect(PartialDate.safeParse(value).success).toBe(true);
  });

  it.each([
    '25',
    '2025-1',
    '2025-13',
    '2025-00',
    '2025-02-29',
    '2025-04-31',
    '2025-01-00',
    '2025-01-01T00:00:00Z',
    '01.05.2025',
    '2025-05-6',
    '',
  ])('rejects %s', (value) => {
    expect(PartialDate.safeParse(value).success).toBe(false);
  });

  it('knows its precision', () => {
    expect(precisionOf('2025')).toBe('year');
    expect(precisionOf('2025-05')).toBe('month');
    expect(precisionOf('2025-05-06')).toBe('day');
    expect(isPartial('2025-05')).toBe(true);
    expect(isPartial('2025-01-01')).toBe(false);
  });

  it('spans the whole year or month, leap days included', () => {
    expect([firstDay('2025'), lastDay('2025')]).toEqual(['2025-01-01', '2025-12-31']);
    expect([firstDay('2024-02'), lastDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect([firstDay('2025-02'), lastDay('2025-02')]).toEqual(['2025-02-01', '2025-02-28']);
    expect([firstDay('2025-04'), lastDay('2025-04')]).toEqual(['2025-04-01', '2025-04-30']);
    expect([firstDay('2025-05-06'), lastDay('2025-05-06')]).toEqual(['2025-05-06', '2025-05-06']);
  });
});

describe('CaseFacts date facts (contract v1.1)', () => {
  const keys = ['entryDate', 'toleratedSince', 'asylumAppliedOn', 'identityClarifiedOn', 'documentValidUntil'];

  it.each(keys)('%s accepts a year, a month or a day', (key) => {
    for (const value of ['2021', '2021-09', '2021-09-14']) {
      expect(CaseFacts.safeParse({ [key]: value }).success, `${key}=${value}`).toBe(true);
    }
    expect(CaseFacts.safeParse({ [key]: '2021-02-30' }).success).toBe(false);
  });

  it('accepts the v1.1 facts and the new event', () => {
    const facts = {
      dublinProcedure: true,
      protectionInOtherEuState: false,
      identityByPassport: true,
      workClauseNamesThisJob: true,
      job: { kind: 'employment', relation: 'first_degree', sharedHousehold: true },
      event: 'asylum_rejected_while_employed',
    };
    expect(CaseFacts.parse(facts)).toEqual(facts);
    expect(CaseFacts.safeParse({ job: { relation: 'cousin' } }).success).toBe(false);
  });
});

describe('datesToRefine (for the conversation)', () => {
  it('lists the partial dates that missingFacts names, with what is known', () => {
    const facts = { toleratedSince: '2025', entryDate: '2024-03', asylumAppliedOn: '2024-03-02' } as const;
    expect(datesToRefine(facts, ['toleratedSince', 'entryDate', 'asylumAppliedOn', 'status'])).toEqual([
      { key: 'entryDate', value: '2024-03', precision: 'month' },
      { key: 'toleratedSince', value: '2025', precision: 'year' },
    ]);
    expect(datesToRefine(facts, ['status'])).toEqual([]);
  });
});
