import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/domain/facts.js';
import { askAbout as ask, entries, plainEnding as plainDuldung } from './case-follow-up.js';

// Review S3-5 / S3-14: after a verdict about an ending, "does he lose his Duldung?" and "can he stay on as a
// helper?" are answered from the ending's consequences (§ 60c Abs. 4, 6, § 16g Abs. 5, 7, § 60d Abs. 3) and the
// verdict for further work, with the entries the ending flow cites — not "I cannot answer that reliably".

const trainee: CaseFacts = {
  status: 'ausbildungsduldung',
  nationality: 'AF',
  event: 'training_ends_early',
  job: { kind: 'vocational_training' },
};
const employmentToleration: CaseFacts = {
  status: 'beschaeftigungsduldung',
  nationality: 'AF',
  event: 'employment_ends_early',
};
const permit16g: CaseFacts = {
  status: 'aufenthaltserlaubnis',
  permitBasis: '16g',
  nationality: 'AF',
  event: 'training_ends_early',
  job: { kind: 'vocational_training' },
};

const STATUS_DE = [
  'Verliert er dann seine Duldung?',
  'verliert sie jetzt ihre duldung??',
  'und was passiert jetzt mit seiner Duldung',
  'Bleibt die Duldung trotzdem bestehen?',
  'muss er jetzt ausreisen?',
  'was wird jetzt aus ihm',
];
const STATUS_EN = [
  'what happens to his permit now?',
  'does he lose his status?',
  'Will she lose her Duldung',
  'is his toleration still valid after that',
  'does he have to leave germany now',
  'what happens with her now?',
];
const WORK_DE = [
  'Darf er als Helfer bei uns weiterarbeiten?',
  'kann sie als helferin weiter bei uns arbeiten',
  'Können wir ihn weiter beschäftigen, z.B. im Lager?',
  'darf er bei uns bleiben und normal weiterarbeiten',
];
const WORK_EN = [
  'can he stay on as a helper?',
  'could we keep him on in the warehouse',
  'can she keep working for us as a helper',
  'is he allowed to continue working here in another job?',
];

describe('questions about the person after an ending', () => {
  it.each([...STATUS_DE.map((q) => ['de', q] as const), ...STATUS_EN.map((q) => ['en', q] as const)])(
    '%s "%s" — the Ausbildungsduldung lapses, six months to search (§ 60c Abs. 4, 6)',
    (lang, q) => {
      const { reply } = ask(trainee, lang, q);
      expect(reply.source).toBe('case.after_end');
      expect(reply.text).toContain(lang === 'de' ? '§ 60c Abs. 4' : 'section 60c(4)');
      expect(reply.text).toMatch(lang === 'de' ? /sechs Monate/ : /six months/);
      expect(reply.citations.map((c) => c.entryId)).toContain('training.after-training');
    },
  );

  it.each([...STATUS_DE.map((q) => ['de', q] as const), ...STATUS_EN.map((q) => ['en', q] as const)])(
    '%s "%s" — the Beschäftigungsduldung is revoked (§ 60d Abs. 3)',
    (lang, q) => {
      const { reply, assessment } = ask(employmentToleration, lang, q);
      expect(reply.source).toBe('case.after_end');
      const step = assessment.steps.find((s) => s.id === 'employment_toleration_at_risk');
      expect(step).toBeDefined();
      expect(reply.text).toContain(step?.text);
      expect(reply.citations.map((c) => c.entryId)).toContain('employment-toleration.60d');
    },
  );

  it.each([
    ['de', 'Verliert er dann seine Duldung?'],
    ['en', 'does he lose his status?'],
  ] as const)(
    '%s "%s" — a plain Duldung does not hang on the job; further work needs a permission first',
    (lang, q) => {
      const { reply } = ask(plainDuldung, lang, q);
      expect(reply.source).toBe('case.after_end');
      expect(reply.text).toMatch(lang === 'de' ? /nur für Ihre Stelle/ : /only your job/);
      expect(reply.text).toMatch(lang === 'de' ? /vorher erlauben/ : /permit it first/);
      expect(reply.text).not.toMatch(/§ 60c|§ 60d|section 60c|section 60d/);
      expect(reply.citations.map((c) => c.entryId)).toContain('event.employment-ends');
    },
  );

  it.each([
    ['de', 'Verliert er dann seine Aufenthaltserlaubnis?'],
    ['en', 'what happens to his permit now?'],
  ] as const)('%s "%s" — a § 16g permit: extended once by six months to search (§ 16g Abs. 5)', (lang, q) => {
    const { reply } = ask(permit16g, lang, q);
    expect(reply.source).toBe('case.after_end');
    expect(reply.text).toContain(lang === 'de' ? '§ 16g Abs. 5' : 'section 16g(5)');
    expect(reply.citations.map((c) => c.entryId)).toContain('training.after-training');
  });

  it.each([...WORK_DE.map((q) => ['de', q] as const), ...WORK_EN.map((q) => ['en', q] as const)])(
    '%s "%s" — further work is a new job the authority must permit first',
    (lang, q) => {
      for (const facts of [trainee, employmentToleration, plainDuldung]) {
        const { reply, assessment } = ask(facts, lang, q);
        expect(assessment.outcome).toBe('permission_required');
        expect(reply.source).toBe('case.after_end');
        expect(reply.text).toMatch(lang === 'de' ? /vorher erlauben/ : /permit it first/);
      }
      // The trainee's answer also says what became of the Ausbildungsduldung.
      expect(ask(trainee, lang, q).reply.text).toContain(lang === 'de' ? '§ 60c Abs. 4' : 'section 60c(4)');
    },
  );

  it('every answer carries its entries with their review dates (Stand)', () => {
    const reviewed = (id: string) => entries.find((e) => e.id === id && e.lang === 'de')?.reviewed_at;
    for (const facts of [trainee, employmentToleration, plainDuldung, permit16g]) {
      const { reply } = ask(facts, 'de', 'Verliert er dann seine Duldung?');
      expect(reply.citations.length).toBeGreaterThan(0);
      for (const c of reply.citations) expect(c.reviewedAt).toBe(reviewed(c.entryId));
    }
  });

  it('a hiring case keeps its topics: "als Helfer weiterarbeiten" is not an ending question there', () => {
    const hiring: CaseFacts = {
      status: 'duldung',
      nationality: 'AF',
      workClause: 'beschaeftigung_nur_mit_erlaubnis',
      job: { kind: 'employment', hoursPerWeek: 30 },
    };
    const { reply } = ask(hiring, 'de', 'Und als Aushilfe?');
    expect(reply.source).toBe('case.job_variant');
    expect(ask(hiring, 'de', 'Verliert er dann seine Duldung?').reply.source).not.toBe('case.after_end');
  });
});

describe('the notice duty keeps its questions after an ending', () => {
  it.each([
    ['en', "what happens to me if I don't report it?"],
    ['de', 'Was passiert mit mir, wenn ich die Meldung vergesse?'],
    ['de', 'verliert er die duldung wenn ich zu spät melde?'],
  ] as const)('%s "%s" is about the duty', (lang, q) => {
    expect(ask(employmentToleration, lang, q).reply.source).toBe('case.duties');
  });
});
