import { describe, expect, it } from 'vitest';
import type { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { formatDate } from '../../src/domain/format.js';
import { askAbout as ask, LAW, plainEnding as plain, plusDays } from './case-follow-up.js';

// Review S4 (answers' notes): "do i need to tell anyone?" after a Beschäftigungsduldung job ended got the
// plain-Duldung entry ("no notice duty") – another document's answer. Asking whom to tell, inform or let know
// is a question about the case's notice duty: for § 60d the two-week notice to the immigration office, with its
// day, citing the entry that holds it. A plain Duldung keeps its "no statutory notice" answer.

const worker: CaseFacts = { status: 'beschaeftigungsduldung', nationality: 'AF', event: 'employment_ends_early' };
const workerKnown: CaseFacts = { ...worker, eventKnownOn: plusDays(LAW, -2) };
const trainee: CaseFacts = {
  status: 'ausbildungsduldung',
  nationality: 'AF',
  event: 'training_ends_early',
  job: { kind: 'vocational_training' },
};
/** The day the rules set for the notice (their case date), else 14 days from the day of learning or today. */
function dueDay(facts: CaseFacts, assessment: ReturnType<typeof assess>) {
  const dated = assessment.caseDates?.find((d) => d.id === 'notice_deadline:notify_abh_early_end')?.date;
  return dated ?? plusDays(facts.eventKnownOn ?? LAW, 14);
}

const TELL_EN = [
  'do i need to tell anyone?',
  'who do I have to inform?',
  'should I let the immigration office know?',
  'do we have to inform someone that he left?',
  'Do I need to notify anybody about this?',
  'is there anyone I must tell',
];
const TELL_DE = [
  'muss ich das irgendwem melden?',
  'muss ich jemandem Bescheid sagen?',
  'muss ich die Ausländerbehörde informieren?',
  'wem muss ich das sagen?',
  'sollen wir das der Behörde mitteilen?',
  'muss ich irgendwen informieren',
];
const ASKED = [...TELL_DE.map((q) => ['de', q] as const), ...TELL_EN.map((q) => ['en', q] as const)];

describe('"do I need to tell anyone?" after a § 60d job ended', () => {
  it.each(ASKED)('%s "%s" — the § 60d notice to the immigration office, with its day', (lang, q) => {
    for (const facts of [worker, workerKnown]) {
      const { reply, assessment } = ask(facts, lang, q);
      expect(reply.source).toBe('case.duties');
      const cited = reply.citations.map((c) => c.entryId);
      expect(cited).toContain('duty.notify-employment-toleration-end');
      expect(cited).not.toContain('duty.plain-duldung-no-notice');
      expect(reply.text).toMatch(lang === 'de' ? /Ausländerbehörde/ : /immigration office/);
      expect(reply.text).toContain(formatDate(dueDay(facts, assessment), lang));
      expect(reply.text).not.toMatch(lang === 'de' ? /keine gesetzliche Meldepflicht/ : /no statutory duty/);
    }
  });

  it.each([
    ['de', 'muss ich jemandem Bescheid sagen?', /^Ja\b/],
    ['en', 'do i need to tell anyone?', /^Yes\b/],
  ] as const)('%s: a yes/no question "%s" is answered yes first', (lang, q, yes) => {
    expect(ask(workerKnown, lang, q).reply.text).toMatch(yes);
  });

  it.each([
    ['de', 'wem muss ich das sagen?', /^Der Ausländerbehörde\b/],
    ['en', 'who do I have to inform?', /^The immigration office\b/],
  ] as const)('%s: "%s" names whom first', (lang, q, whom) => {
    expect(ask(workerKnown, lang, q).reply.text).toMatch(whom);
  });

  it('an Ausbildungsduldung ending names its own notice entry', () => {
    const { reply } = ask(trainee, 'en', 'do i need to tell anyone?');
    expect(reply.citations.map((c) => c.entryId)).toContain('duty.notify-training-end');
  });

  it.each([
    ['de', 'muss ich jemandem Bescheid sagen?'],
    ['en', 'do i need to tell anyone?'],
  ] as const)('%s: a plain Duldung keeps "no statutory notice" ("%s")', (lang, q) => {
    const { reply } = ask(plain, lang, q);
    expect(reply.source).toBe('case.duties');
    expect(reply.citations.map((c) => c.entryId)).toContain('duty.plain-duldung-no-notice');
    expect(reply.text).not.toMatch(/^(?:Ja|Yes)\b/);
  });

  it.each([
    ['de', 'Abmeldung bei der Ausländerbehörde?'],
    ['en', 'job ended, immigration office?'],
  ] as const)('%s: "%s" (no cue) never gets the plain-Duldung entry for a § 60d case', (lang, q) => {
    const { reply } = ask(worker, lang, q);
    const cited = reply.citations.map((c) => c.entryId);
    expect(cited).not.toContain('duty.plain-duldung-no-notice');
    expect(cited).toContain('duty.notify-employment-toleration-end');
  });

  it.each([
    ['en', 'can you tell me more about the Chancen-Aufenthaltsrecht?'],
    ['de', 'Wo kann ich mich über Förderung informieren?'],
  ] as const)('%s: "%s" asks for information, not whom to notify', (lang, q) => {
    expect(ask(worker, lang, q).reply.source).not.toBe('case.duties');
  });
});
