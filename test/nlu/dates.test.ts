import { afterEach, describe, expect, it, vi } from 'vitest';
import { addMonths } from '../../src/nlu/date-math.js';
import { understand } from '../../src/nlu/index.js';
import { de, en, TODAY } from './helpers.js';

afterEach(() => {
  vi.useRealTimers();
});

/** The day `months` months and `days` days before `today`, written as the employer would (dd.mm.yyyy). */
function before(today: string, months: number, days: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const shifted = addMonths({ y, m, d }, -months);
  const t = new Date(Date.UTC(shifted.y, shifted.m - 1, shifted.d - days));
  return `${t.getUTCDate()}.${t.getUTCMonth() + 1}.${t.getUTCFullYear()}`;
}

/** The month (YYYY-MM) `months` months before `today`: where a duration counted back lands. */
function monthBack(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const t = addMonths({ y, m, d }, -months);
  return `${t.y}-${String(t.m).padStart(2, '0')}`;
}

describe('months counted from "seit <Datum>" (§§ 187, 188 BGB)', () => {
  // A stay starts with an event during a day (§ 187 Abs. 1): on the anniversary the month is not complete yet.
  // An employment starts with its first working day (§ 187 Abs. 2): on the anniversary the month is complete.
  it.each([
    ['the anniversary itself', '2026-11-22', 3, 0, 2, 3],
    ['the day after the anniversary', '2026-11-22', 3, 1, 3, 3],
    ['the day before the anniversary', '2026-11-22', 3, -1, 2, 2],
    ['a year to the day', '2026-11-22', 12, 0, 11, 12],
    ['a month end with no such day (31.08. → 30.11., § 188 Abs. 3)', '2026-11-30', 3, -1, 2, 2],
    ['the day after that month end', '2026-12-01', 3, 1, 3, 3],
    ['the start day itself', '2026-11-22', 0, 0, 0, 0],
  ])('%s', (_name, today, months, days, stay, employed) => {
    const since = before(today, months, days);
    const read = (text: string) => understand(text, { lang: 'de', today });
    expect(read(`Aufenthalt seit ${since}`).patch.stayMonths).toBe(stay);
    expect(read(`Er arbeitet seit dem ${since} bei uns.`).patch.priorEmploymentMonths).toBe(employed);
  });
});

describe('a day said in words', () => {
  it.each([
    ['Geduldet seit dem dritten Oktober 2025.', 'de', 'toleratedSince', '2025-10-03'],
    ['Eingereist am einundzwanzigsten Juni 2019.', 'de', 'entryDate', '2019-06-21'],
    ['am dreißigsten Januar 2024 eingereist', 'de', 'entryDate', '2024-01-30'],
    ['He has been tolerated since the third of October 2025.', 'en', 'toleratedSince', '2025-10-03'],
    ['His Duldung runs until the twenty-first of March 2027.', 'en', 'documentValidUntil', '2027-03-21'],
  ])('"%s" gives the day', (text, lang, key, value) => {
    const patch = understand(text, { lang: lang as 'de' | 'en', today: '2026-11-22' }).patch as Record<string, unknown>;
    expect(patch[key]).toBe(value);
  });

  it('puts "zum ersten März" on the coming 1 March, and leaves "zum ersten Mal" alone', () => {
    const today = '2026-11-22';
    const march = `${Number(today.slice(0, 4)) + 1}-03-01`;
    expect(understand('Seine Duldung gilt bis zum ersten März.', { lang: 'de', today }).patch.documentValidUntil).toBe(
      march,
    );
    expect(understand('Er kam zum ersten Mal 2019.', { lang: 'de', today }).patch.entryDate).toBe('2019');
  });
});

describe('dates and durations', () => {
  it('counts "seit 14 Monaten geduldet" back from today to the month it lands in, never a made-up day', () => {
    expect(de('seit 14 Monaten geduldet').patch.toleratedSince).toBe(monthBack(TODAY, 14));
    expect(de('vor 2 Monaten eingereist').patch.entryDate).toBe(monthBack(TODAY, 2));
    expect(de('seit anderthalb Jahren geduldet').patch.toleratedSince).toBe(monthBack(TODAY, 18));
    expect(de('Er ist vor drei Jahren eingereist.').patch.entryDate).toMatch(/^\d{4}-\d{2}$/);
  });

  it('gives the same words another date when today is another day, and never reads the clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    expect(
      understand('seit einem halben Jahr geduldet', { lang: 'de', today: '2026-03-31' }).patch.toleratedSince,
    ).toBe(monthBack('2026-03-31', 6));
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
    expect(de('Er ist seit 30 Monaten in Deutschland.').patch).toEqual({ entryDate: monthBack(TODAY, 30) });
  });

  it('uses the pending question for a bare answer', () => {
    expect(de('2021', { pendingFactKey: 'toleratedSince' }).patch).toEqual({ toleratedSince: '2021' });
    expect(de('1,5 Jahre', { pendingFactKey: 'priorEmploymentMonths' }).patch).toEqual({ priorEmploymentMonths: 18 });
    expect(de('1,5 Jahre').patch).toEqual({});
  });

  it('reads English durations ("2 years ago", "for two and a half years")', () => {
    expect(en('He came to Germany 2 years ago.').patch.entryDate).toBe(monthBack(TODAY, 24));
    expect(en("He's been in Germany for two and a half years").patch.entryDate).toBe(monthBack(TODAY, 30));
  });

  it('clamps month ends when counting back', () => {
    expect(addMonths({ y: 2026, m: 3, d: 31 }, -1)).toEqual({ y: 2026, m: 2, d: 28 });
  });
});
