import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { allCases } from '../domain/case-table.js';

// The card of a job or training that ends is about the ending duties of this one, in the order the employer acts.
// Review S6-16: a worker with a plain Duldung resigned → "Die Beschäftigung endet. Für eine weitere oder neue
// Beschäftigung: Erlaubnis nötig … Die Bundesagentur für Arbeit muss zustimmen." – a future job, not this one's end.
// No-show trainee (a training no longer pursued, § 60c Abs. 5 AufenthG): the notice deadline was counted from today
// ("bei Kenntnis heute bis 22.12.2026") though the employer learned of it earlier, on a day not said; and
// "bei der Sozialversicherung abmelden" came second, as if the contract had already ended.

const knowledge = createAssessmentKnowledge(loadKnowledgeFromDir('knowledge'));
const LAW = '2026-12-08';
const cardOf = (facts: CaseFacts, lang: 'de' | 'en') =>
  buildAnswerCard(assess(facts, LAW, knowledge, { lang }), facts, lang);

const resigned: CaseFacts = {
  status: 'duldung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  nationality: 'GM',
  job: { kind: 'employment' },
  event: 'employment_ends_early',
};
const noShow: CaseFacts = {
  status: 'ausbildungsduldung',
  nationality: 'GN',
  job: { kind: 'vocational_training' },
  event: 'training_ends_early',
};
const FUTURE_JOB =
  /weitere oder neue Beschäftigung|further or new employment|Erlaubnis nötig|Permission needed|Bundesagentur|Employment Agency/;

describe('a worker with a plain Duldung who resigned (S6-16)', () => {
  it.each(['de', 'en'] as const)('%s: the card speaks of this job’s end, not of a future job', (lang) => {
    const card = cardOf(resigned, lang);
    expect(card.headline).not.toMatch(FUTURE_JOB);
    // Led by its label, as every headline (the widget and Slack show the label once, set apart).
    expect(card.headline.startsWith(`${card.label}: `)).toBe(true);
    expect(card.label).toBe(lang === 'de' ? 'Beschäftigung endet' : 'Employment ends');
    // The rules' open point: no statutory notice on a plain Duldung – said, from its entry.
    expect(card.headline).toMatch(lang === 'de' ? /nicht melden/ : /need not report/);
    expect(card.steps.map((s) => s.text).join(' ')).toMatch(
      lang === 'de' ? /Sozialversicherung ab/ : /social insurance/,
    );
    expect(card.steps.every((s) => s.refs.length > 0)).toBe(true);
  });

  it('a ban still says that a further job is prohibited', () => {
    const banned = cardOf({ ...resigned, workClause: 'erwerbstaetigkeit_nicht_gestattet' }, 'de');
    expect(banned.headline).toMatch(/^Beschäftigung endet: /);
    expect(banned.headline).toMatch(/verboten/);
  });
});

describe('a trainee who stopped coming (training no longer pursued)', () => {
  it.each(['de', 'en'] as const)('%s: the deadline runs from the unknown day the employer learned of it', (lang) => {
    const card = cardOf(noShow, lang);
    const notify = card.steps[0];
    expect(notify?.text).toMatch(lang === 'de' ? /Ausländerbehörde/ : /immigration office/);
    expect(notify?.text).toMatch(lang === 'de' ? /jetzt/ : /now/);
    // Not counted from today: no "heute"/"today", no date, nothing for a calendar.
    expect(notify?.text).not.toMatch(/heute|today|bis \d|by \d/);
    expect(notify?.date).toBeUndefined();
    // Said that the day is unknown, and what follows if it lies further back.
    expect(notify?.text).toMatch(
      lang === 'de' ? /wann Sie davon erfahren haben, weiß ich nicht/ : /I do not know when you learned of it/,
    );
    expect(notify?.text).toMatch(
      lang === 'de' ? /nach 14 Tagen ist die Frist abgelaufen/ : /after 14 days the deadline has passed/,
    );
  });

  it.each(['de', 'en'] as const)('%s: deregistration comes last, when the relationship ends', (lang) => {
    const steps = cardOf(noShow, lang).steps.map((s) => s.text);
    const deregister = steps.findIndex((s) => /Sozialversicherung|social insurance/.test(s));
    expect(deregister).toBe(steps.length - 1);
    expect(steps[deregister]).toMatch(lang === 'de' ? /sobald das Verhältnis endet/ : /once the relationship ends/);
  });

  it('with the day the employer learned of it, the deadline is dated from that day', () => {
    const card = cardOf({ ...noShow, eventKnownOn: '2026-12-01' }, 'de');
    expect(card.steps[0]?.text).toMatch(/also bis 15\.12\.2026/);
    expect(card.steps[0]?.date).toBe('2026-12-15');
  });
});

describe('every ending of the case table', () => {
  const endings = allCases().filter(
    (c) => c.facts.event === 'employment_ends_early' || c.facts.event === 'training_ends_early',
  );
  it.each(['de', 'en'] as const)(
    '%s: leads with its label and speaks of no future job unless a ban forbids one',
    (lang) => {
      expect(endings.length).toBeGreaterThanOrEqual(10);
      for (const c of endings) {
        const a = assess(c.facts, c.lawAsOf, knowledge, { unknown: c.unknown ?? [], lang });
        const card = buildAnswerCard(a, c.facts, lang);
        if (a.outcome === 'needs_facts') continue;
        expect(card.headline.startsWith(`${card.label}: `), c.name).toBe(true);
        if (a.outcome !== 'prohibited') expect(card.headline, c.name).not.toMatch(FUTURE_JOB);
      }
    },
  );
});
