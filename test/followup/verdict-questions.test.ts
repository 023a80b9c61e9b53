import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/answer/render-text.js';
import { answerFollowUp } from '../../src/followup/answer-follow-up.js';
import { realLotse } from '../conversation/real-lotse.js';
import { ask, deps } from './follow-up-set.js';

// Review S4-14: a question the verdict itself answers ("possible?", "Geht das?", "what must I do now?",
// "braucht man da ne Erlaubnis?") got a knowledge dump beside the flow: the travel entry before the first
// question, 126 words on paperwork, 205 words on asylum rejections after an ending verdict. Before the verdict
// it is the case question ("Das hängt noch von Ihren Angaben ab"); after it, the verdict's own reason or steps;
// in the turn that brings the verdict, nothing more.

const VERDICT_QUESTIONS_DE = [
  'Geht das?',
  'geht das überhaupt',
  'möglich?',
  'ist das erlaubt?',
  'braucht man da ne erlaubnis??',
  'brauchen wir dafür eine Genehmigung?',
  'dürfen wir ihn einstellen?',
  'kann ich die einfach so beschäftigen',
  'was muss ich jetzt machen?',
  'Was ist jetzt zu tun?',
];
const VERDICT_QUESTIONS_EN = [
  'possible?',
  'is that possible?',
  'is it allowed',
  'can we hire him?',
  'do we need a permit for him?',
  'does she need permission',
  'what i must do now?',
  'what should we do now?',
  'what now?',
];
const ALL = [
  ...VERDICT_QUESTIONS_DE.map((q) => ['de', q] as const),
  ...VERDICT_QUESTIONS_EN.map((q) => ['en', q] as const),
];

const before = (question: string, lang: 'de' | 'en') =>
  answerFollowUp(
    {
      question,
      lang,
      lawAsOf: '2026-12-07',
      facts: { status: 'duldung', nationality: 'GE', age: 27, job: { kind: 'employment', hoursPerWeek: 25 } },
      unknown: [],
      assessment: null,
    },
    deps,
  );

describe('a question the verdict answers, asked before it', () => {
  it.each(ALL)('%s "%s" — the case question, no knowledge entry', (lang, q) => {
    const reply = before(q, lang);
    expect(reply.source).toBe('case.pending');
    expect(reply.text).toMatch(lang === 'de' ? /hängt noch von Ihren Angaben ab/ : /still depends on your details/);
    expect(countWords(reply.text)).toBeLessThan(30);
  });
});

describe('a question the verdict answers, asked after it', () => {
  it.each(ALL)('%s "%s" — answered from the verdict, not from the knowledge base', (lang, q) => {
    const { answer } = ask('permission-af', q, lang);
    expect(answer.source).toMatch(/^case\./);
    expect(answer.citations.map((c) => c.entryId)).not.toContain('residence.travel');
    // A follow-up is a few sentences (the follow-up set's bound), never the card again.
    expect(countWords(answer.text)).toBeLessThanOrEqual(110);
  });

  it('"what must I do now?" gets the verdict’s first steps', () => {
    const { answer } = ask('permission-af', 'was muss ich jetzt machen?', 'de');
    expect(answer.source).toBe('case.steps');
    expect(answer.text).toMatch(/1\. .+2\. /s);
  });

  it('"Geht das?" gets the verdict’s reason', () => {
    expect(ask('ban-tn', 'Geht das?', 'de').answer.text).toMatch(/^Verboten: /);
    expect(ask('permission-af', 'possible?', 'en').answer.text).toMatch(/^Permission needed: /);
  });

  it('a question that names more than the verdict keeps its topic', () => {
    expect(ask('permission-af', 'geht das auch als Minijob?', 'de').answer.source).toBe('case.job_variant');
    expect(ask('permission-af', 'can we hire him for a trial day first?', 'en').answer.source).toBe('case.trial_work');
  });
});

describe('whole turns (the reviewer’s messages)', () => {
  const { conversations } = realLotse('2026-12-07');
  const botTexts = (turn: Awaited<ReturnType<typeof conversations.post>>) =>
    turn.messages.filter((m) => m.role === 'bot').map((m) => m.text);

  it('the verdict of an ending asked with "what i must do now?" comes without a knowledge dump (e5)', async () => {
    const conv = await conversations.create('en');
    const turn = await conversations.post(conv.id, {
      text: 'urgent: our worker from ghana with Beschäftigungsduldung resigned last friday, he just sent whatsapp he found other job. what i must do now?',
    });
    expect(turn.state.status).toBe('answered');
    const texts = botTexts(turn);
    expect(texts.join('\n')).not.toMatch(/My knowledge base says/);
    expect(texts.some((t) => /What you do now/.test(t))).toBe(true);
  });

  it('"possible?" before the first question is the case question, not the travel entry (e4)', async () => {
    const conv = await conversations.create('en');
    const turn = await conversations.post(conv.id, {
      text: 'Hello, georgian guy, 27, came 2024 without asylum, now he has duldung. we want him as kitchen help 25h. possible?',
    });
    const texts = botTexts(turn).join('\n');
    expect(texts).not.toMatch(/My knowledge base says|Holidays/);
    expect(turn.messages.flatMap((m) => m.citations ?? []).map((c) => c.entryId)).not.toContain('residence.travel');
  });

  it('"braucht man da ne erlaubnis??" before the verdict gets the one line, not the paperwork entries (d8)', async () => {
    const conv = await conversations.create('de');
    const turn = await conversations.post(conv.id, {
      text: 'moin. moldawierin (duldung, asylantrag war 2021, abgelehnt) würde gern 4 wochen praktikum bei uns im friseursalon machen um zu sehen ob ne ausbildung passt. braucht man da ne erlaubnis?? steht drauf beschäftigung nur mit erlaubnis',
    });
    const texts = botTexts(turn).join('\n');
    expect(texts).not.toMatch(/Dazu steht in meiner Wissensbasis/);
    if (turn.state.status === 'collecting') expect(texts).toMatch(/hängt noch von Ihren Angaben ab/);
  });
});
