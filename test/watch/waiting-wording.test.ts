import { describe, expect, it } from 'vitest';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { createFakeKnowledge } from '../domain/fake-knowledge.js';

/**
 * Review S3-8 (c): what the office may do when the waiting period ends, as the statute says it for the status
 * (statute extracts of 19.08.2026): an asylum seeker is entitled ("ist … zu erlauben", § 61 Abs. 1 S. 2 and
 * Abs. 2 S. 1 AsylG) once the BA has consented or none is needed; a Duldung in a reception centre "soll" be
 * permitted (§ 61 Abs. 1 S. 6); a Duldung otherwise is the office's discretion (§ 4a Abs. 4 AufenthG, § 32
 * Abs. 1 BeschV "kann"). The reminder on the day carries this text (watch.ts), in German and English.
 */
const knowledge = createFakeKnowledge();
const LAW_AS_OF = '2026-11-22';
const base = {
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  nationality: 'SY',
  removalMeasuresPending: false,
} as const;

const ROWS: Array<{ name: string; facts: CaseFacts; de: RegExp; en: RegExp; notDe: RegExp }> = [
  {
    name: 'Duldung (three months, § 32 Abs. 1 BeschV): discretion',
    facts: {
      ...base,
      status: 'duldung',
      toleratedSince: '2026-10-01',
      livesInReceptionCentre: false,
      job: { kind: 'employment' },
    },
    de: /darf die Ausländerbehörde die Beschäftigung erlauben/,
    en: /may permit the job/,
    notDe: /ist die Beschäftigung zu erlauben|muss/,
  },
  {
    name: 'Aufenthaltsgestattung outside the reception centre (§ 61 Abs. 2 S. 1 AsylG), BA consent: entitled',
    facts: {
      ...base,
      status: 'aufenthaltsgestattung',
      asylumAppliedOn: '2026-10-15',
      livesInReceptionCentre: false,
      job: { kind: 'employment' },
    },
    de: /ist die Beschäftigung zu erlauben, sobald die Bundesagentur für Arbeit zugestimmt hat/,
    en: /is to be permitted once the Federal Employment Agency \(BA\) has consented/,
    notDe: /darf die Ausländerbehörde/,
  },
  {
    name: 'Aufenthaltsgestattung in the reception centre (§ 61 Abs. 1 S. 2 AsylG), BA consent: entitled',
    facts: {
      ...base,
      status: 'aufenthaltsgestattung',
      asylumAppliedOn: '2026-10-03',
      livesInReceptionCentre: true,
      dublinProcedure: false,
      protectionInOtherEuState: false,
      job: { kind: 'employment' },
    },
    de: /ist die Beschäftigung zu erlauben, sobald die Bundesagentur für Arbeit zugestimmt hat/,
    en: /The immigration office \(Ausländerbehörde\) must then permit it/,
    notDe: /darf die Ausländerbehörde/,
  },
  {
    name: 'Aufenthaltsgestattung in the reception centre, vocational training (no BA consent): entitled without it',
    facts: {
      ...base,
      status: 'aufenthaltsgestattung',
      asylumAppliedOn: '2026-10-03',
      livesInReceptionCentre: true,
      dublinProcedure: false,
      protectionInOtherEuState: false,
      job: { kind: 'vocational_training' },
    },
    de: /ist die Beschäftigung zu erlauben; eine Zustimmung der Bundesagentur für Arbeit braucht es dafür nicht/,
    en: /no consent of the Federal Employment Agency \(BA\) is needed for it/,
    notDe: /sobald die Bundesagentur/,
  },
  {
    name: 'Duldung with the duty to live in a reception centre (§ 61 Abs. 1 S. 6 AsylG): "soll"',
    facts: {
      ...base,
      status: 'duldung',
      toleratedSince: '2026-10-01',
      livesInReceptionCentre: true,
      identityByPassport: false,
      job: { kind: 'employment' },
    },
    de: /soll die Ausländerbehörde die Beschäftigung erlauben/,
    en: /should \(soll\) permit the job/,
    notDe: /ist die Beschäftigung zu erlauben/,
  },
];

describe('the waiting period’s date says what the statute gives for the status (review S3-8 c)', () => {
  it.each(ROWS)('$name', ({ facts, de, en, notDe }) => {
    const date = (lang: 'de' | 'en') =>
      assess(facts, LAW_AS_OF, knowledge, { lang }).caseDates?.find((d) => d.id === 'waiting_period_ends');
    const [inDe, inEn] = [date('de'), date('en')];
    expect(inDe, JSON.stringify(assess(facts, LAW_AS_OF, knowledge, { lang: 'de' }).caseDates)).toBeDefined();
    expect(inDe?.text).toMatch(de);
    expect(inDe?.text).not.toMatch(notDe);
    expect(inEn?.text).toMatch(en);
    // Every variant asks for the application now and says work starts only with the permission.
    expect(inDe?.text).toMatch(/Stellen Sie den Antrag jetzt.*erst mit der Erlaubnis/);
    expect(inEn?.text).toMatch(/work starts only with the permission/);
  });
});
