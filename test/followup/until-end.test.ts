import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/domain/facts.js';
import { realLotse } from '../conversation/real-lotse.js';
import { askAbout, LAW, plainEnding as plain } from './case-follow-up.js';

// Review S5-4: during the notice period ("darf er bis ende januar noch weiterarbeiten?", "can he still work for us
// until the 31st?") the answer is yes: until the contract ends the person works in the same permitted job; the
// Beschäftigungsduldung is revoked only when its conditions fall away (§ 60d Abs. 3), the Ausbildungsduldung lapses
// only with the early end (§ 60c Abs. 4). Never "continuing is a new employment that needs a permission", never
// two headline labels glued together; the notice deadline follows.

const worker60d: CaseFacts = {
  status: 'beschaeftigungsduldung',
  nationality: 'XK',
  event: 'employment_ends_early',
  eventKnownOn: '2026-11-30',
};
const trainee60c: CaseFacts = {
  status: 'ausbildungsduldung',
  nationality: 'AF',
  event: 'training_ends_early',
  eventKnownOn: '2026-12-01',
  job: { kind: 'vocational_training' },
};
const ask = (facts: CaseFacts, lang: 'de' | 'en', question: string) => askAbout(facts, lang, question).reply;

const DE = [
  'darf er bis ende januar noch weiterarbeiten oder muss er sofort aufhören?',
  'Kann er bis zum 31. noch bei uns arbeiten?',
  'darf sie in der kündigungsfrist noch arbeiten?',
  'muss er sofort aufhören zu arbeiten?',
  'arbeitet er bis zum letzten Tag normal weiter?',
];
const EN = [
  'can he still work for us until the 31st?',
  'can she keep working until the end of january?',
  'may he work during his notice period?',
  'does he have to stop working immediately?',
  'can he work until his last day?',
];
const WRONG = /neue Beschäftigung|new employment|Erlaubnis nötig:|Permission needed:|Meldepflicht:|Notice required:/;

describe('working on until the end (S5-4)', () => {
  it.each([...DE.map((q) => ['de', q] as const), ...EN.map((q) => ['en', q] as const)])(
    '§ 60d %s "%s": yes, same job until the end; revoked only with the end; notice by the day',
    (lang, q) => {
      const a = ask(worker60d, lang, q);
      expect(a.source).toBe('case.after_end');
      expect(a.text).toMatch(lang === 'de' ? /^Ja\b/ : /^Yes\b/);
      expect(a.text).toMatch(/60d Abs\. 3|60d\(3\)/);
      expect(a.text).not.toMatch(WRONG);
      expect(a.text).toContain(lang === 'de' ? '14.12.2026' : '14 December 2026');
      const ids = a.citations.map((c) => c.entryId);
      expect(ids).toContain('duty.notify-employment-toleration-end');
    },
  );

  it.each([
    ['de', 'darf er bis ende dezember noch weiterarbeiten?'],
    ['en', 'can he still work for us until the 31st?'],
  ] as const)(
    '§ 60c %s "%s": yes, the training toleration lapses only with the early end (§ 60c Abs. 4)',
    (lang, q) => {
      const a = ask(trainee60c, lang, q);
      expect(a.source).toBe('case.after_end');
      expect(a.text).toMatch(lang === 'de' ? /^Ja\b/ : /^Yes\b/);
      expect(a.text).toMatch(/60c Abs\. 4|60c\(4\)/);
      expect(a.text).not.toMatch(WRONG);
      expect(a.citations.map((c) => c.entryId)).toContain('duty.notify-training-end');
    },
  );

  it('a plain Duldung: yes, the permission covers this job until it ends; no notice duty invented', () => {
    const a = ask(plain, 'de', 'darf er bis ende januar noch weiterarbeiten?');
    expect(a.text).toMatch(/^Ja\b/);
    expect(a.text).not.toMatch(WRONG);
    expect(a.text).not.toMatch(/Tage ab dem Tag/);
  });

  it('another job after the end still needs a permission (the old answer stays for that question)', () => {
    const a = ask(worker60d, 'de', 'Darf er danach als Helfer bei uns weiterarbeiten?');
    expect(a.text).toMatch(/neue Beschäftigung/);
  });
});

describe('whole turns (the reviewer’s d5 and e3)', () => {
  const { conversations } = realLotse(LAW);
  const bot = (turn: Awaited<ReturnType<typeof conversations.post>>) =>
    turn.messages
      .filter((m) => m.role === 'bot')
      .map((m) => m.text)
      .join('\n');

  it('d5: notice given, "darf er bis ende januar noch weiterarbeiten oder muss er sofort aufhören?"', async () => {
    const conv = await conversations.create('de');
    await conversations.post(conv.id, {
      text: 'hallo, unser Fahrer (Kosovare) hat ne Beschäftigungsduldung. wir müssen ihn leider kündigen wegen auftragsmangel, kündigung haben wir ihm am montag übergeben, er geht dann ende januar. was muss ich jetzt machen? muss das zur ausländerbehörde?',
    });
    const turn = await conversations.post(conv.id, {
      text: 'darf er bis ende januar noch weiterarbeiten oder muss er sofort aufhören?',
    });
    const text = bot(turn);
    expect(text).toMatch(/^Ja\b/m);
    expect(text).not.toMatch(WRONG);
  });

  it('e3: apprentice quits, "can he still work for us until the 31st?"', async () => {
    const conv = await conversations.create('en');
    await conversations.post(conv.id, {
      text: 'our apprentice (carpenter, 2nd year, from Afghanistan, he has the Ausbildungsduldung) told us last tuesday he wants to quit, his last day will be 31 dec. what do we have to do now and by when?',
    });
    const turn = await conversations.post(conv.id, { text: 'can he still work for us until the 31st?' });
    const text = bot(turn);
    expect(text).toMatch(/^Yes\b/m);
    expect(text).not.toMatch(WRONG);
  });
});
