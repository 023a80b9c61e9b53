import { afterEach, describe, expect, it, vi } from 'vitest';
import { addMonths } from '../../src/nlu/date-math.js';
import { understand } from '../../src/nlu/index.js';
import { de, en } from './helpers.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('dates and durations', () => {
  it('counts "seit 14 Monaten geduldet" back from today', () => {
    expect(de('seit 14 Monaten geduldet').patch.toleratedSince).toBe('2025-09-22');
  });

  it('gives the same words another date when today is another day, and never reads the clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    expect(
      understand('seit einem halben Jahr geduldet', { lang: 'de', today: '2026-03-31' }).patch.toleratedSince,
    ).toBe('2025-09-30');
  });

  it('keeps each date at the precision it was said with, never a placeholder day (contract v1.1)', () => {
    expect(de('Er ist 2019 eingereist.').patch.entryDate).toBe('2019');
    expect(de('geduldet seit Januar 2025').patch.toleratedSince).toBe('2025-01');
    expect(de('geduldet seit 1.1.2025').patch.toleratedSince).toBe('2025-01-01');
    expect(de('seit Sommer 2023 geduldet').patch.toleratedSince).toBe('2023');
    expect(de('seit Mitte März 2024 geduldet').patch.toleratedSince).toBe('2024-03');
    expect(en('tolerated since 03/2024').patch.toleratedSince).toBe('2024-03');
    expect(de('seit märz 24 geduldet').patch.toleratedSince).toBe('2024-03');
  });

  it('puts an expiry without a year on the next such month, and "Ende März" on its last day', () => {
    expect(de('Seine Duldung läuft im März ab.').patch.documentValidUntil).toBe('2027-03');
    expect(de('gültig bis Ende Januar 2027').patch.documentValidUntil).toBe('2027-01-31');
    expect(de('Die Duldung gilt bis Ende des Jahres').patch.documentValidUntil).toBe('2026-12-31');
  });

  it('tells arrival, toleration, asylum application and prior employment apart in one message', () => {
    const u = de(
      'Er ist 2017 eingereist, hat 2018 Asyl beantragt, ist seit März 2021 geduldet und arbeitet seit 14 Monaten bei uns.',
    );
    expect(u.patch).toMatchObject({
      entryDate: '2017',
      asylumAppliedOn: '2018',
      toleratedSince: '2021-03',
      priorEmploymentMonths: 14,
    });
  });

  it('keeps total stay months apart from an entry date ("insgesamt 30 Monate" vs "seit 30 Monaten")', () => {
    expect(de('Er ist insgesamt 30 Monate in Deutschland.').patch).toEqual({ stayMonths: 30 });
    expect(de('Er ist seit 30 Monaten in Deutschland.').patch).toEqual({ entryDate: '2024-05-22' });
  });

  it('uses the pending question for a bare answer', () => {
    expect(de('2021', { pendingFactKey: 'toleratedSince' }).patch).toEqual({ toleratedSince: '2021' });
    expect(de('1,5 Jahre', { pendingFactKey: 'priorEmploymentMonths' }).patch).toEqual({ priorEmploymentMonths: 18 });
    expect(de('1,5 Jahre').patch).toEqual({});
  });

  it('reads English durations ("2 years ago", "for two and a half years")', () => {
    expect(en('He came to Germany 2 years ago.').patch.entryDate).toBe('2024-11-22');
    expect(en("He's been in Germany for two and a half years").patch.entryDate).toBe('2024-05-22');
  });

  it('clamps month ends when counting back', () => {
    expect(addMonths({ y: 2026, m: 3, d: 31 }, -1)).toEqual({ y: 2026, m: 2, d: 28 });
  });
});
