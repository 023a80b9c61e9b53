import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { assess } from '../../src/domain/assess.js';
import { CaseDateKind } from '../../src/domain/assessment.js';
import { CaseFacts, IsoDate } from '../../src/domain/facts.js';
import { createFakeKnowledge } from './fake-knowledge.js';

const Row = z
  .object({
    name: z.string().min(10),
    lawAsOf: IsoDate,
    factsAsOf: IsoDate.optional(),
    facts: CaseFacts,
    dates: z.array(z.tuple([z.string(), IsoDate, z.string()])),
    kinds: z.array(CaseDateKind).optional(),
  })
  .strict();

const here = fileURLToPath(new URL('.', import.meta.url));
const rows = z.array(Row).parse(parse(readFileSync(join(here, 'case-dates.yaml'), 'utf8')));
const knowledge = createFakeKnowledge();

describe('the dates of a case (issue 20)', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const a = assess(row.facts, row.lawAsOf, knowledge, row.factsAsOf ? { factsAsOf: row.factsAsOf } : {});
    const dates = a.caseDates ?? [];
    expect(dates.map((d) => [d.id, d.date, d.citations[0]?.entryId])).toEqual(row.dates);
    if (row.kinds) expect(dates.map((d) => d.kind)).toEqual(row.kinds);
    for (const d of dates) {
      expect(d.text, d.id).not.toMatch(/\{\w+\}|case_date/);
      expect(d.label, d.id).not.toMatch(/\{\w+\}|case_date/);
    }
  });

  it('says what to do on the day in both languages, with the date as each language writes it', () => {
    const facts = rows[0]?.facts ?? {};
    const [de] = assess(facts, '2026-11-22', knowledge, { lang: 'de' }).caseDates ?? [];
    const [en] = assess(facts, '2026-11-22', knowledge, { lang: 'en' }).caseDates ?? [];
    expect(de?.text).toContain('02.01.2027');
    expect(de?.text).toMatch(/Antrag/);
    expect(en?.text).toContain('2 January 2027');
    expect(en?.text).toMatch(/apply/i);
  });

  it('an overdue notice says so in both languages: the day it ran out, and to report now', () => {
    const facts = rows.find((r) => r.kinds?.[0] === 'notice_overdue')?.facts ?? {};
    const [de] = assess(facts, '2026-12-07', knowledge, { lang: 'de' }).caseDates ?? [];
    const [en] = assess(facts, '2026-12-07', knowledge, { lang: 'en' }).caseDates ?? [];
    const deadline = `${facts.eventKnownOn}`;
    const [y, m, d] = deadline.split('-').map(Number) as [number, number, number];
    const ran = new Date(Date.UTC(y, m - 1, d + 14));
    const dmy = (date: Date) =>
      `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${date.getUTCFullYear()}`;
    expect(de?.label).toMatch(/überfällig/);
    expect(de?.text).toContain(`ist am ${dmy(ran)} abgelaufen`);
    expect(de?.text).toMatch(/Melden Sie jetzt/);
    expect(en?.label).toMatch(/overdue/);
    expect(en?.text).toMatch(/passed on \d+ \w+ \d{4}/);
    expect(en?.text).toMatch(/Tell the office now/);
  });

  it('§ 25b at four years names the six-year date too when children at home are not known (review S3-7)', () => {
    const dmy = (iso: string) => iso.split('-').reverse().join('.');
    const plusTwoYears = (iso: string) => `${Number(iso.slice(0, 4)) + 2}${iso.slice(4)}`;
    const unknownChildren = rows.filter((r) => r.facts.minorChildren === undefined);
    const checked = unknownChildren.flatMap((row) => {
      const a = assess(row.facts, row.lawAsOf, knowledge, row.factsAsOf ? { factsAsOf: row.factsAsOf } : {});
      const en = assess(row.facts, row.lawAsOf, knowledge, {
        lang: 'en',
        ...(row.factsAsOf ? { factsAsOf: row.factsAsOf } : {}),
      });
      const opens = a.caseDates?.find((d) => d.id === 'route_opens:25b');
      if (!opens) return [];
      expect(opens.text).toContain(`Ab ${dmy(opens.date)}`);
      expect(opens.text).toContain(
        `wenn ein minderjähriges lediges Kind mit im Haushalt lebt; sonst ab ${dmy(plusTwoYears(opens.date))}`,
      );
      expect(en.caseDates?.find((d) => d.id === 'route_opens:25b')?.text).toMatch(
        /if a minor unmarried child .*; otherwise from/,
      );
      return [row.name];
    });
    expect(checked.length).toBeGreaterThan(0);
    // With children at home said, four years are simply the date.
    const withChildren = rows.find(
      (r) => r.facts.minorChildren === true && r.dates.some(([id]) => id === 'route_opens:25b'),
    );
    const a = withChildren && assess(withChildren.facts, withChildren.lawAsOf, knowledge);
    expect(a?.caseDates?.find((d) => d.id === 'route_opens:25b')?.text).not.toMatch(/sonst ab/);
  });

  it('moves no date when the same facts are looked at again on a later day', () => {
    for (const row of rows) {
      const stated = row.factsAsOf ?? row.lawAsOf;
      const first = assess(row.facts, stated, knowledge).caseDates ?? [];
      const later = '2026-12-31' > stated ? '2026-12-31' : stated;
      const again = assess(row.facts, later, knowledge, { factsAsOf: stated }).caseDates ?? [];
      const upcoming = (ds: typeof first) => ds.filter((d) => d.date > later).map((d) => `${d.id}@${d.date}`);
      expect(upcoming(again), row.name).toEqual(upcoming(first));
    }
  });
});
