import { describe, expect, it } from 'vitest';
import { acceptedPart } from '../../src/conversation/after-verdict.js';
import { withTrainingEnding } from '../../src/conversation/merge-facts.js';
import { realLotse } from './real-lotse.js';

// The reviewer's conversations of session 4 (review-findings.md "## Session 4"), held on 07.12.2026, a Monday.
const TODAY = '2026-12-07';
const YEAR = TODAY.slice(0, 4);
const { conversations } = realLotse(TODAY);

/** § 60c Abs. 5 / § 60d Abs. 3 S. 3 AufenthG: the notice is due two weeks from the day the employer learned of the end. */
const noticeDue = (knownOn: string) => {
  const day = new Date(`${knownOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 14);
  return day.toISOString().slice(0, 10);
};

async function start(text: string, lang: 'de' | 'en' = 'de') {
  const conv = await conversations.create(lang);
  const turn = await conversations.post(conv.id, { text });
  return { id: conv.id, turn };
}

type Turn = Awaited<ReturnType<typeof conversations.post>>;
const noticeDate = (turn: Turn) =>
  turn.state.assessment?.caseDates?.find((d) => d.kind === 'notice_deadline' || d.kind === 'notice_overdue')?.date;
const texts = (turn: Turn) => turn.messages.filter((m) => m.role === 'bot').map((m) => m.text);

describe('S4-1: a change that removes the notice duty of an ending is confirmed first', () => {
  async function dismissed() {
    const { id } = await start(
      'wir haben unserem mitarbeiter aus afghanistan gekündigt, betriebsbedingt, zum 31.12. er hat ne beschäftigungsduldung. was muss ich der ausländerbehörde melden und bis wann?',
    );
    const dated = await conversations.post(id, { text: 'die kündigung ging am 25.11. raus' });
    const due = noticeDue(`${YEAR}-11-25`);
    expect(noticeDate(dated)).toBe(due);
    expect(dated.state.facts.status).toBe('beschaeftigungsduldung');
    return { id, due };
  }

  it('keeps the Beschäftigungsduldung and its § 60d notice when the validity is mentioned (the reviewer’s words)', async () => {
    const { id, due } = await dismissed();
    const turn = await conversations.post(id, {
      text: 'und seine duldung gilt übrigens bis märz 2027, der 31.12. ist das vertragsende',
    });
    // Whether the reader takes no status from it or the change is asked first: the status and the duty stay.
    expect(turn.state.facts.status).toBe('beschaeftigungsduldung');
    if (turn.state.pendingQuestion?.factKey !== 'confirmChange') expect(noticeDate(turn)).toBe(due);
  });

  it('asks "Soll ich das ändern?" before a status change that drops the notice, and keeps the case on a no', async () => {
    const { id, due } = await dismissed();
    const asked = await conversations.post(id, { text: 'er hat übrigens nur eine normale duldung' });
    expect(asked.state.pendingQuestion?.factKey).toBe('confirmChange');
    expect(texts(asked).join('\n')).toContain('Soll ich das ändern: Duldung statt Beschäftigungsduldung');
    expect(asked.state.facts.status).toBe('beschaeftigungsduldung');
    const kept = await conversations.post(id, { text: 'nein' });
    expect(kept.state.facts.status).toBe('beschaeftigungsduldung');
    expect(noticeDate(kept)).toBe(due);
  });
});

/** 07.12.2026 is a Monday: "letzten Freitag" / "last friday" is three days before. */
const lastFriday = () => {
  const day = new Date(`${TODAY}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 3);
  return day.toISOString().slice(0, 10);
};

describe('S4-2: a corrected day of a trainee’s resignation, and a reply that accepts part of a change', () => {
  it('keeps the training’s end when only the day is corrected, and takes "nur das datum"', async () => {
    const { id, turn } = await start(
      'unser azubi (syrer, ausbildungsduldung) hat die ausbildung letzten freitag abgebrochen, ist einfach nicht mehr gekommen und hat dann schriftlich gekündigt. was muss ich machen',
    );
    expect(turn.state.facts).toMatchObject({ event: 'training_ends_early', eventKnownOn: lastFriday() });
    const corrected = await conversations.post(id, {
      text: 'ne sorry, verwechselt – gekündigt hat er schon am 30.11.',
    });
    // § 60c Abs. 5 AufenthG: a trainee's resignation ends the training ("vorzeitig beendet oder abgebrochen").
    expect(texts(corrected).join('\n')).not.toContain('Beschäftigung endet');
    const taken =
      corrected.state.pendingQuestion?.factKey === 'confirmChange'
        ? await conversations.post(id, { text: 'nur das datum, es bleibt die ausbildung' })
        : corrected;
    const knownOn = `${YEAR}-11-30`;
    expect(taken.state.facts).toMatchObject({ event: 'training_ends_early', eventKnownOn: knownOn });
    expect(noticeDate(taken)).toBe(noticeDue(knownOn));
    expect(taken.state.pendingQuestion?.factKey).not.toBe('confirmChange');
  });

  it.each([
    ['de', 'er hat übrigens nur eine normale duldung und hat am 2.12. gekündigt', 'nur das datum'],
    ['en', 'he only has a normal duldung and he resigned on 2 December', 'only the date'],
  ] as const)('%s: applies the accepted part of a change with several parts', async (lang, change, reply) => {
    const { id } = await start(
      lang === 'de'
        ? 'unser mitarbeiter (kosovo, beschäftigungsduldung) hat letzten freitag gekündigt'
        : 'our worker from ghana with Beschäftigungsduldung resigned last friday, what must i do?',
      lang,
    );
    const asked = await conversations.post(id, { text: change });
    expect(asked.state.pendingQuestion?.factKey).toBe('confirmChange');
    const part = await conversations.post(id, { text: reply });
    const knownOn = `${YEAR}-12-02`;
    expect(part.state.facts).toMatchObject({ status: 'beschaeftigungsduldung', eventKnownOn: knownOn });
    expect(noticeDate(part)).toBe(noticeDue(knownOn));
    expect(part.understood?.map((u) => u.factKey)).toEqual(['eventKnownOn']);
  });
});

describe('S4-2, the policy alone', () => {
  it.each([
    [{ status: 'ausbildungsduldung' }, 'training_ends_early'],
    [{ job: { kind: 'vocational_training' } }, 'training_ends_early'],
    [{ event: 'training_ends_early' }, 'training_ends_early'],
    // A trainee's side job that ends is an employment's end; so is any ending of a Beschäftigungsduldung.
    [{ status: 'ausbildungsduldung', job: { kind: 'minijob' } }, 'employment_ends_early'],
    [{ status: 'beschaeftigungsduldung' }, 'employment_ends_early'],
  ] as const)('an employment’s end read for %j is %s', (known, event) => {
    expect(withTrainingEnding(known, { event: 'employment_ends_early' }).event).toBe(event);
  });

  it.each([
    ['nur das datum, es bleibt die ausbildung', { eventKnownOn: '2026-11-30' }],
    ['only the date', { eventKnownOn: '2026-11-30' }],
    ['nur die Gültigkeit', { documentValidUntil: '2027-03' }],
    ['ja', undefined],
    ['nein, lieber nicht', undefined],
  ] as const)('"%s" accepts %j of a change of status, validity and day', (reply, part) => {
    const proposal = { status: 'duldung', documentValidUntil: '2027-03', eventKnownOn: '2026-11-30' } as const;
    const accepted = acceptedPart(reply, proposal);
    if (part && 'eventKnownOn' in part) expect(accepted).toEqual({ documentValidUntil: '2027-03', ...part });
    else expect(accepted).toEqual(part);
  });
});

describe('S4-6: a date correction with "not on friday" is no answer to the adviser offer', () => {
  it.each([
    [
      'en',
      'our worker from ghana with Beschäftigungsduldung resigned last friday, what must i do?',
      'what is the weather tomorrow?',
      'we learned it on 2 December, not on friday',
      'All right, I will not hand it over',
    ],
    [
      'de',
      'unser mitarbeiter (kosovo, beschäftigungsduldung) hat letzten freitag gekündigt',
      'wie ist das wetter morgen?',
      'wir haben es am 2.12. erfahren, nicht am freitag',
      'In Ordnung, ich übergebe nicht',
    ],
  ] as const)('%s: "%s" … "%s" … "%s"', async (lang, opening, unanswerable, correction, declined) => {
    const { id } = await start(opening, lang);
    const offer = await conversations.post(id, { text: unanswerable });
    expect(offer.messages.at(-1)?.unanswered).toBe(true);
    const turn = await conversations.post(id, { text: correction });
    expect(texts(turn).join('\n')).not.toContain(declined);
  });

  it('takes a corrected day said with "nicht am freitag" while the offer is open, confirmed first as it moves the deadline', async () => {
    const { id } = await start('unser mitarbeiter (kosovo, beschäftigungsduldung) hat letzten freitag gekündigt');
    await conversations.post(id, { text: 'wie ist das wetter morgen?' });
    const asked = await conversations.post(id, { text: 'er hat am 2.12. gekündigt, nicht am freitag' });
    expect(asked.state.pendingQuestion?.factKey).toBe('confirmChange');
    const taken = await conversations.post(id, { text: 'ja' });
    const knownOn = `${YEAR}-12-02`;
    expect(taken.state.facts.eventKnownOn).toBe(knownOn);
    expect(noticeDate(taken)).toBe(noticeDue(knownOn));
  });
});

describe('S4-9: a no to the hand-off followed by a fact', () => {
  const ban =
    'georgier mit duldung, 2024 eingereist, hat nie asyl beantragt, beschäftigung nur mit erlaubnis, als spüler im minijob';

  it('takes the no and the fact, does not offer again, and says in one line that the verdict stays', async () => {
    const { id, turn } = await start(ban);
    expect(turn.state.pendingQuestion?.factKey).toBe('handoffConsent');
    const reply = await conversations.post(id, { text: 'nein danke. er ist übrigens 31 jahre alt' });
    expect(texts(reply)).toEqual([
      'In Ordnung, ich übergebe nicht. Sie können weiter Fragen stellen.',
      'Verstanden: 31 Jahre alt – an der Einschätzung ändert das nichts.',
    ]);
    expect(reply.state.facts.age).toBe(31);
    expect(reply.state.pendingQuestion?.factKey).not.toBe('handoffConsent');
    expect(reply.state.assessment?.outcome).toBe(turn.state.assessment?.outcome);
  });

  it('in English, and a fact that leaves the verdict asks for the consent again while it is not declined', async () => {
    const conv = await conversations.create('en');
    const first = await conversations.post(conv.id, {
      text: 'georgian with duldung, came 2024, never applied for asylum, employment only with permission of the immigration office, minijob as dishwasher',
    });
    expect(first.state.pendingQuestion?.factKey).toBe('handoffConsent');
    const fact = await conversations.post(conv.id, { text: 'he is 31 years old by the way' });
    expect(texts(fact)[0]).toBe('Understood: 31 years old – this does not change the assessment.');
    expect(fact.state.pendingQuestion?.factKey).toBe('handoffConsent');
    const no = await conversations.post(conv.id, { text: 'no thanks. he works 10 hours a week' });
    expect(texts(no)[0]).toBe('All right, I will not hand it over. You can keep asking questions.');
    expect(no.state.facts.job?.hoursPerWeek).toBe(10);
    expect(no.state.pendingQuestion?.factKey).not.toBe('handoffConsent');
  });
});

describe('a fact said again after the verdict (held through the API, session 4)', () => {
  it('is one line, not the verdict again, and the same change said again while it waits is taken', async () => {
    const { id, turn } = await start('unser mitarbeiter (kosovo, beschäftigungsduldung) hat letzten freitag gekündigt');
    expect(turn.state.status).toBe('answered');
    const again = await conversations.post(id, { text: 'er hat übrigens letzten freitag gekündigt' });
    expect(texts(again)).toHaveLength(1);
    expect(texts(again)[0]).toMatch(/– an der Einschätzung ändert das nichts\.$/);
    const asked = await conversations.post(id, { text: 'er hat am 2.12. gekündigt' });
    expect(asked.state.pendingQuestion?.factKey).toBe('confirmChange');
    const insisted = await conversations.post(id, { text: 'doch, er hat am 2.12. gekündigt' });
    expect(insisted.state.facts.eventKnownOn).toBe(`${YEAR}-12-02`);
    expect(insisted.state.pendingQuestion?.factKey).not.toBe('confirmChange');
  });
});
