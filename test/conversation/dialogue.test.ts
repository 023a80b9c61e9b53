import { describe, expect, it } from 'vitest';
import { realLotse } from './real-lotse.js';

// One Lotse for the file: building the knowledge index is the slow part; conversations are independent.
const { conversations } = realLotse();

async function start(text: string, lang: 'de' | 'en' = 'de') {
  const conv = await conversations.create(lang);
  const turn = await conversations.post(conv.id, { text });
  return { id: conv.id, turn };
}

/** Answers every question with "nein"/"no" or the given text until the verdict. */
async function toVerdict(id: string, answers: Record<string, string> = {}, fallback = 'nein') {
  let turn = await conversations.post(id, { text: answers.__first ?? fallback });
  for (let i = 0; i < 10 && turn.state.status === 'collecting' && turn.state.pendingQuestion; i++) {
    const key = turn.state.pendingQuestion.factKey;
    turn = await conversations.post(id, { text: answers[key] ?? fallback });
  }
  return turn;
}

describe('what the bot understood, every turn', () => {
  it('says in one line what a message added, before its question, and carries it as data', async () => {
    const { turn } = await start('Tunesier. Duldung hat er seit September 2025. Asylantrag 2024 gestellt, abgelehnt.');
    expect(turn.messages[0]?.text).toBe('Verstanden: Tunesien · Asylantrag 2024, abgelehnt · Duldung seit 09/2025');
    expect(turn.understood).toEqual(
      expect.arrayContaining([
        { factKey: 'nationality', value: 'TN', text: 'Tunesien' },
        { factKey: 'toleratedSince', value: '2025-09', text: 'Duldung seit 09/2025' },
      ]),
    );
    expect(turn.state.facts).toMatchObject({ toleratedSince: '2025-09', asylumAppliedOn: '2024' });
  });

  it('acknowledges a correction with the old and the new value', async () => {
    const { id } = await start('Wir möchten einen Iraker mit Duldung als Helfer einstellen, er ist 2023 eingereist.');
    const turn = await conversations.post(id, { text: 'Korrektur: eingereist ist er 2019' });
    expect(turn.messages[0]?.text).toBe('Korrigiert: Einreise 2019 statt 2023');
    expect(turn.understood).toEqual([
      { factKey: 'entryDate', value: '2019', previous: '2023', text: 'Einreise 2019 statt 2023' },
    ]);
  });
});

describe('a date given to the day keeps its day', () => {
  // A sentence splitter that cut at every full stop turned "seit dem 01.10.2025" into "01. 10. 2025", read as
  // the year 2025 alone (found by the Worker's watch test on 07.12.2026).
  it.each([
    ['Sie hat seit dem 01.10.2025 eine Duldung, Beschäftigung nur mit Erlaubnis.', { toleratedSince: '2025-10-01' }],
    [
      'Eingereist am 03.02.2023, geduldet seit 15.06.2024. Geht das?',
      { entryDate: '2023-02-03', toleratedSince: '2024-06-15' },
    ],
    [
      'Er ist am 4. Dezember 2023 eingereist. Geduldet ist er seit dem 1. März 2024.',
      { entryDate: '2023-12-04', toleratedSince: '2024-03-01' },
    ],
  ])('in the opening message: %s', async (text, facts) => {
    const { turn } = await start(text);
    expect(turn.state.facts).toMatchObject(facts);
  });

  it('in a later message', async () => {
    const { id } = await start('Wir möchten einen Iraker mit Duldung als Helfer einstellen.');
    const turn = await conversations.post(id, { text: 'Er ist am 15.03.2023 eingereist. Reicht das?' });
    expect(turn.state.facts).toMatchObject({ entryDate: '2023-03-15' });
  });
});

describe('yes and no to the hand-off', () => {
  async function askConsent() {
    const { id } = await start('Ich möchte mit einem Menschen sprechen.');
    return id;
  }

  it.each(['Natürlich nicht!', 'Klar nicht', 'Ja nein, lieber nicht', 'Auf keinen Fall'])(
    '"%s" declines and keeps the conversation with the bot',
    async (reply) => {
      const id = await askConsent();
      const turn = await conversations.post(id, { text: reply });
      expect(turn.state.status).not.toBe('with_adviser');
      expect(turn.state.pendingQuestion?.factKey).not.toBe('handoffConsent');
    },
  );

  it('hands over on "einverstanden", and asks again with buttons when the reply is unclear', async () => {
    const id = await askConsent();
    const unclear = await conversations.post(id, { text: 'hmm, vielleicht' });
    expect(unclear.state.pendingQuestion?.factKey).toBe('handoffConsent');
    expect(unclear.messages.at(-1)?.options?.map((o) => o.value)).toEqual(['yes', 'no']);
    const agreed = await conversations.post(id, { text: 'einverstanden' });
    expect(agreed.state.status).toBe('with_adviser');
  });
});

describe('no question about a fact already stated', () => {
  it('reads "Iranerin", "never had a work permit" and "Friseurin lernen" instead of asking for them', async () => {
    const { turn } = await start('Sie ist Iranerin, hat eine Duldung und möchte bei uns Friseurin lernen.');
    expect(turn.state.facts).toMatchObject({ nationality: 'IR', job: { kind: 'vocational_training' } });
    expect(turn.state.pendingQuestion?.factKey).not.toMatch(/^(?:nationality|job\.kind)$/);
    const en = await start('Tunisian man with a Duldung since 2024, he never had a work permit.', 'en');
    expect(en.turn.state.facts.hadWorkPermitOn11June2026).toBe(false);
  });

  it('quotes the employer’s words when a stated fact was not understood', async () => {
    const { turn } = await start('Wir möchten jemanden einstellen, seine Papiere sind grün mit Stempel.');
    expect(turn.state.pendingQuestion?.factKey).toBe('status');
    expect(turn.state.pendingQuestion?.text).toMatch(/^Sie schrieben „seine Papiere sind grün mit Stempel“ – /);
  });
});

describe('after the verdict, a question is not a statement', () => {
  async function answered() {
    const { id } = await start(
      'Tunesier mit Duldung seit März 2024, Beschäftigung nur mit Erlaubnis der ABH, als Koch, eingereist 2019, Asyl 2019 beantragt und abgelehnt.',
    );
    const turn = await toVerdict(id);
    expect(turn.state.status).toBe('answered');
    return { id, facts: turn.state.facts, assessment: turn.state.assessment };
  }

  it.each([
    'Kann er über die Beschäftigungsduldung bleiben?',
    'Verliert er dann seine Duldung?',
    'Muss ich ihm den Mindestlohn zahlen?',
    'Und wenn er eine Ausbildung macht?',
    'Wie alt ist Angela Merkel?',
  ])('"%s" leaves the facts alone and goes to the follow-up answer', async (question) => {
    const { id, facts, assessment } = await answered();
    const turn = await conversations.post(id, { text: question });
    expect(turn.state.facts).toEqual(facts);
    expect(turn.state.assessment?.outcome).toBe(assessment?.outcome);
    expect(turn.understood).toEqual([]);
  });

  it('takes a statement, and asks before a change that flips the verdict', async () => {
    const { id, facts } = await answered();
    const same = await conversations.post(id, { text: 'Er arbeitet übrigens 30 Stunden.' });
    expect(same.state.facts).toMatchObject({ job: { hoursPerWeek: 30 } });
    // Geduldet only since June 2025, a Tunisian is no longer carved out of the ban (§ 104 Abs. 18 Nr. 2).
    const flip = await conversations.post(id, { text: 'Geduldet ist er übrigens erst seit Juni 2025.' });
    expect(flip.state.facts.toleratedSince).toBe(facts.toleratedSince);
    expect(flip.state.pendingQuestion?.factKey).toBe('confirmChange');
    expect(flip.state.pendingQuestion?.text).toBe(
      'Soll ich das ändern: Duldung seit 06/2025 statt 03/2024? Das ändert die Einschätzung.',
    );
    const kept = await conversations.post(id, { text: 'nein, doch nicht' });
    expect(kept.state.facts.toleratedSince).toBe('2024-03');
    await conversations.post(id, { text: 'Geduldet ist er übrigens erst seit Juni 2025.' });
    const taken = await conversations.post(id, { choice: { factKey: 'confirmChange', value: 'yes' } });
    expect(taken.state.facts.toleratedSince).toBe('2025-06');
    expect(taken.messages[0]?.text).toBe('Korrigiert: Duldung seit 06/2025 statt 03/2024');
    expect(taken.state.assessment?.outcome ?? taken.state.pendingQuestion?.factKey).not.toBe(
      same.state.assessment?.outcome,
    );
  });

  it('never changes a fact given before by a question, also while the facts are collected', async () => {
    const { id, turn } = await start('Syrer mit Duldung, soll bei uns als Koch anfangen.');
    expect(turn.state.facts.nationality).toBe('SY');
    const asked = await conversations.post(id, {
      text: 'Wie alt ist Angela Merkel? Und ist er eigentlich aus Angola?',
    });
    expect(asked.state.facts.nationality).toBe('SY');
    expect(asked.understood?.map((u) => u.factKey) ?? []).not.toContain('nationality');
    // A statement in the same message still corrects.
    const stated = await conversations.post(id, { text: 'Ist das ein Problem? Er ist übrigens Iraker.' });
    expect(stated.state.facts.nationality).toBe('IQ');
  });

  it('erases the case only on an explicit request', async () => {
    const { id, facts } = await answered();
    const plan = await conversations.post(id, { text: 'Er will woanders neu anfangen.' });
    expect(plan.state.facts).toEqual(facts);
    const reset = await conversations.post(id, { text: 'Bitte neu starten' });
    expect(reset.state.facts).toEqual({});
  });
});

describe('what a real employer does in between (session 2, held through the HTTP API by hand)', () => {
  it('answers a question asked while the facts are collected, then asks its question again with the buttons', async () => {
    const { id, turn } = await start('Wir haben einen Afghanen mit Duldung, er soll bei uns eine Ausbildung machen.');
    const asked = turn.state.pendingQuestion;
    expect(asked?.factKey).toBe('workClause');
    const reply = await conversations.post(id, { text: 'Was heißt denn Nebenbestimmung?' });
    expect(reply.messages.at(-2)?.text).toMatch(/Dokument/);
    expect(reply.messages.at(-1)?.text).toBe(asked?.text);
    expect(reply.messages.at(-1)?.options).toEqual(asked?.options);
    expect(reply.state.pendingQuestion?.factKey).toBe('workClause');
  });

  it('explains a word and takes the facts of the same message', async () => {
    const { id } = await start('Wir haben einen Afghanen mit Duldung, er soll bei uns eine Ausbildung machen.');
    await conversations.post(id, { text: 'Weiß ich nicht' });
    const reply = await conversations.post(id, {
      text: 'Was ist eine Erstaufnahmeeinrichtung? Er wohnt in einer WG mit zwei Kumpels.',
    });
    expect(reply.state.facts.livesInReceptionCentre).toBe(false);
    expect(reply.messages.some((m) => /Asylsuchende nach der Ankunft/.test(m.text))).toBe(true);
    expect(reply.state.pendingQuestion?.factKey).not.toBe('livesInReceptionCentre');
  });

  it('takes a date said beside its fact after a comma', async () => {
    const { turn } = await start('Eritreer, Duldung, seit 2020, soll bei uns als Spülkraft arbeiten.');
    expect(turn.state.facts.toleratedSince).toBe('2020');
  });

  it('takes "lieber erstmal nicht" with a question as a no, answers the question, and does not offer again', async () => {
    const { id } = await start('Wir haben einen Afghanen mit Duldung, er soll bei uns eine Ausbildung machen.');
    let turn = await conversations.post(id, { text: 'weiß nicht' });
    for (let i = 0; i < 8 && turn.state.status === 'collecting'; i++)
      turn = await conversations.post(id, { text: 'nein' });
    expect(turn.state.pendingQuestion?.factKey).toBe('handoffConsent');
    const no = await conversations.post(id, {
      text: 'hmm lieber erstmal nicht. Wie lange dauert das bei der Behörde?',
    });
    expect(no.state.status).toBe('answered');
    expect(no.state.pendingQuestion).toBeUndefined();
    expect(no.messages.length).toBeGreaterThanOrEqual(2);
    const again = await conversations.post(id, { text: 'Er ist übrigens seit 2021 in Deutschland.' });
    expect(again.state.pendingQuestion?.factKey).not.toBe('handoffConsent');
  });
});

describe('a message that gives facts and asks (session 3)', () => {
  it('takes the facts and answers the question before it asks on, while the facts are collected', async () => {
    const { id, turn } = await start(
      'Wir möchten einen Tunesier einstellen, Duldung seit 2024. Asylantrag 2023 gestellt, abgelehnt. Spielt das eine Rolle?',
    );
    expect(turn.state.facts).toMatchObject({ nationality: 'TN', asylumOutcome: 'rejected', toleratedSince: '2024' });
    const asked = turn.state.pendingQuestion;
    expect(asked).toBeDefined();
    // The verdict will answer it: said so, then the question, with its buttons, last.
    expect(turn.messages.at(-2)?.text).toMatch(/hängt noch von Ihren Angaben ab/);
    expect(turn.messages.at(-1)?.text).toBe(asked?.text);
    const wage = await conversations.post(id, {
      text: 'Er wohnt übrigens in einer eigenen Wohnung. Muss ich Mindestlohn zahlen?',
    });
    expect(wage.state.facts.livesInReceptionCentre).toBe(false);
    expect(wage.messages.some((m) => /Mindestlohn gilt/.test(m.text))).toBe(true);
    expect(wage.messages.at(-1)?.text).toBe(wage.state.pendingQuestion?.text);
  });

  it('after the verdict takes new facts and answers the question, not only the verdict again', async () => {
    const { id } = await start(
      'Tunesier mit Duldung seit März 2024, Beschäftigung nur mit Erlaubnis der ABH, als Koch, eingereist 2019, Asyl 2019 beantragt und abgelehnt.',
    );
    const verdict = await toVerdict(id);
    expect(verdict.state.status).toBe('answered');
    const turn = await conversations.post(id, {
      text: 'Er arbeitet übrigens 30 Stunden. Muss ich Mindestlohn zahlen?',
    });
    expect(turn.state.facts.job?.hoursPerWeek).toBe(30);
    expect(turn.messages[0]?.text).toMatch(/^Verstanden: /);
    expect(turn.messages.at(-1)?.text).toMatch(/Mindestlohn gilt/);
    expect(turn.state.assessment?.outcome).toBe(verdict.state.assessment?.outcome);
  });

  it('takes a fact not known before after a provisional verdict, in any order, without asking to confirm it', async () => {
    const { id } = await start('Sie kommt aus Syrien.');
    // The document is asked twice after the opening message (the greeting's question is no try), then the
    // verdict is provisional.
    const again = await conversations.post(id, { text: 'Sie ist seit 2019 in Deutschland.' });
    expect(again.state.pendingQuestion?.factKey).toBe('status');
    const provisional = await conversations.post(id, { text: 'Sie ist 30 Jahre alt.' });
    expect(provisional.state.status).toBe('answered');
    // While the hand-off is offered, a statement of facts is no "no" to the offer.
    const removal = await conversations.post(id, { text: 'Es laufen keine Abschiebungsmaßnahmen.' });
    expect(removal.state.facts.removalMeasuresPending).toBe(false);
    const status = await conversations.post(id, { text: 'Sie hat eine Duldung.' });
    expect(status.state.facts.status).toBe('duldung');
    expect(status.state.pendingQuestion?.factKey).not.toBe('confirmChange');
  });
});

describe('an ending told with its day (review findings 2 and 3)', () => {
  // 07.12.2026 is a Monday: "letzten Freitag" is 04.12.2026.
  const monday = realLotse('2026-12-07').conversations;

  it('takes the past Ausbildungsduldung and the day, and counts the notice deadline from that day', async () => {
    const conv = await monday.create('de');
    const turn = await monday.post(conv.id, {
      text: 'Notfall, unser Azubi aus Afghanistan hat letzten Freitag hingeschmissen, einfach gekündigt. Er hatte Ausbildungsduldung. Was muss ich jetzt tun??',
    });
    expect(turn.state.facts).toMatchObject({
      status: 'ausbildungsduldung',
      event: 'training_ends_early',
      eventKnownOn: '2026-12-04',
    });
    const deadline = turn.state.assessment?.caseDates?.find((d) => d.kind === 'notice_deadline');
    // § 60c Abs. 5 AufenthG: two weeks from knowledge.
    expect(deadline?.date).toBe('2026-12-18');
  });
});

describe('review session 3: dates refined, questions, the adviser offer', () => {
  it('keeps the year when the day of a month is asked and the answer names only the month again (S3-1)', async () => {
    const { id } = await start('Tunesier, Asylantrag 2023 abgelehnt, Duldung seit Mai 2025, soll als Helfer anfangen.');
    const refine = await conversations.post(id, { text: 'Beschäftigung nur mit Erlaubnis der ABH' });
    expect(refine.state.pendingQuestion?.factKey).toBe('toleratedSince');
    // The day is asked, not "(Monat und Jahr)" again.
    expect(refine.state.pendingQuestion?.text).toMatch(/An welchem Tag genau/);
    const vague = await conversations.post(id, { text: 'weiß nicht genau, so mitte mai' });
    expect(vague.state.facts.toleratedSince).toBe('2025-05');
    const day = await conversations.post(id, { text: 'am 12. Mai' });
    expect(day.state.facts.toleratedSince).toBe('2025-05-12');
  });

  it('takes no fact from a question or a hypothesis once the case has facts (S3-3)', async () => {
    const { id, turn } = await start('Wir möchten eine Moldauerin mit Duldung im Minijob beschäftigen.');
    const facts = turn.state.facts;
    const trial = await conversations.post(id, {
      text: 'Könnte sie erst ein 2-wöchiges Praktikum machen, um zu sehen, ob es passt?',
    });
    expect(trial.state.facts).toEqual(facts);
    const hypothesis = await conversations.post(id, {
      text: 'und wenn auf der Duldung Erwerbstätigkeit nicht gestattet steht?',
    });
    expect(hypothesis.state.facts).toEqual(facts);
  });
});

describe('replies around the adviser offer and the consent (session 3, review S3-4 and S3-15)', () => {
  // "Asyl abgelehnt": whether he ever applied decides where the four years of stay start (review S5-2, domain).
  const urgent =
    'Iraker, Asyl abgelehnt, Duldung seit 2022, eingereist 2021, Beschäftigung nur mit Erlaubnis, soll bei uns als Maler anfangen 40 Std. Er sagt sein Flug für die Abschiebung ist schon gebucht, nächsten Dienstag!!';

  it('answers a question while the consent is pending, asks for the consent again, and hands over on "ja bitte"', async () => {
    const { id, turn } = await start(urgent);
    const consent = turn.state.pendingQuestion;
    expect(consent?.factKey).toBe('handoffConsent');
    const asked = await conversations.post(id, { text: 'was können wir tun?' });
    expect(asked.state.pendingQuestion).toEqual(consent);
    expect(asked.messages.at(-1)?.text).toBe(consent?.text);
    expect(asked.messages.at(-1)?.options?.map((o) => o.value)).toEqual(['yes', 'no']);
    // The answer does not offer an adviser a second time: the consent question that follows is the offer.
    expect(asked.messages.filter((m) => /Möchten Sie mit einer Beraterin/.test(m.text))).toEqual([]);
    const yes = await conversations.post(id, { text: 'ja bitte' });
    expect(yes.state.status).toBe('with_adviser');
  });

  it('keeps the consent pending over a question, so a following "Natürlich nicht" declines', async () => {
    const { id, turn } = await start(
      'Georgier mit Duldung, Asylantrag 2024 abgelehnt, eingereist 2024, soll als Helfer anfangen',
    );
    expect(turn.state.pendingQuestion?.factKey).toBe('handoffConsent');
    const asked = await conversations.post(id, { text: 'Gibts irgendeinen Weg?' });
    expect(asked.state.pendingQuestion?.factKey).toBe('handoffConsent');
    const no = await conversations.post(id, { text: 'Natürlich nicht' });
    expect(no.state.status).toBe('answered');
    expect(no.state.pendingQuestion).toBeUndefined();
    expect(no.messages.map((m) => m.text)).toEqual([
      'In Ordnung, ich übergebe nicht. Sie können weiter Fragen stellen.',
    ]);
  });

  it('answers a question while the consent asked for during the facts is pending, then asks for it again', async () => {
    const { id, turn } = await start('Ich möchte mit einem Menschen sprechen.');
    const consent = turn.state.pendingQuestion;
    const asked = await conversations.post(id, { text: 'Wie lange dauert das?' });
    expect(asked.messages.at(-1)?.text).toBe(consent?.text);
    expect(asked.state.pendingQuestion?.factKey).toBe('handoffConsent');
    expect(asked.messages[0]?.text).not.toMatch(/nicht verstanden/);
  });

  it('answers a question while a change is waiting for its confirmation, then asks for the confirmation again', async () => {
    const { id } = await start(
      'Tunesier mit Duldung seit März 2024, Beschäftigung nur mit Erlaubnis der ABH, als Koch, eingereist 2019, Asyl 2019 beantragt und abgelehnt.',
    );
    expect((await toVerdict(id)).state.status).toBe('answered');
    const flip = await conversations.post(id, { text: 'Geduldet ist er übrigens erst seit Juni 2025.' });
    const confirm = flip.state.pendingQuestion;
    expect(confirm?.factKey).toBe('confirmChange');
    const asked = await conversations.post(id, { text: 'Warum ist das wichtig?' });
    expect(asked.state.pendingQuestion).toEqual(confirm);
    expect(asked.messages.at(-1)?.text).toBe(confirm?.text);
    const yes = await conversations.post(id, { text: 'ja' });
    expect(yes.state.facts.toleratedSince).toBe('2025-06');
  });

  it('takes "no wait, go ahead" as the yes it ends with', async () => {
    const { id } = await start("I'd rather talk to someone", 'en');
    const turn = await conversations.post(id, { text: 'no wait, go ahead' });
    expect(turn.state.status).toBe('with_adviser');
  });

  it('takes a yes to its own offer after "I cannot answer that" as the wish for an adviser, never repeating itself', async () => {
    const { id } = await start(
      'Mann aus Tunesien mit Duldung seit 2019, Beschäftigung nur mit Erlaubnis, als Koch, eingereist 2018, Asyl abgelehnt, hatte am 11.6.2026 eine Erlaubnis',
    );
    const verdict = await toVerdict(id);
    expect(verdict.state.status).toBe('answered');
    const unknown = await conversations.post(id, { text: 'Wie alt ist Angela Merkel?' });
    expect(unknown.messages.at(-1)?.text).toMatch(/Möchten Sie mit einer Beraterin/);
    const yes = await conversations.post(id, { text: 'Ja gerne' });
    expect(yes.state.pendingQuestion?.factKey).toBe('handoffConsent');
    expect(yes.messages.at(-1)?.text).not.toBe(unknown.messages.at(-1)?.text);
    const agreed = await conversations.post(id, { text: 'ja' });
    expect(agreed.state.status).toBe('with_adviser');
  });

  it('takes a yes to the offer that follows new facts and an unanswerable question after the verdict', async () => {
    const { id } = await start(
      'Mann aus Tunesien mit Duldung seit 2019, Beschäftigung nur mit Erlaubnis, als Koch, eingereist 2018, Asyl abgelehnt, hatte am 11.6.2026 eine Erlaubnis',
    );
    expect((await toVerdict(id)).state.status).toBe('answered');
    const both = await conversations.post(id, { text: 'Er arbeitet übrigens 30 Stunden. Wie alt ist Angela Merkel?' });
    expect(both.messages.at(-1)?.text).toMatch(/Möchten Sie mit einer Beraterin/);
    const yes = await conversations.post(id, { text: 'ja gerne' });
    expect(yes.state.pendingQuestion?.factKey).toBe('handoffConsent');
  });

  it.each([
    ['de', 'Syrer mit Duldung, soll bei uns als Koch anfangen.', 'Wie alt ist Angela Merkel?', 'Ja gerne', 'yes'],
    [
      'en',
      'Syrian with a Duldung, should start as a cook with us.',
      'How old is Angela Merkel?',
      'Absolutely not',
      'no',
    ],
  ] as const)(
    '%s: while facts are collected, "%s" … "%s" … "%s" answers the offer (%s)',
    async (lang, first, question, reply, meant) => {
      const { id, turn } = await start(first, lang);
      const pending = turn.state.pendingQuestion;
      expect(pending?.factKey).toBe('workClause');
      await conversations.post(id, { text: question });
      const answered = await conversations.post(id, { text: reply });
      expect(answered.messages.map((m) => m.text).join(' ')).not.toMatch(/nicht verstanden|did not understand/);
      if (meant === 'yes') expect(answered.state.pendingQuestion?.factKey).toBe('handoffConsent');
      else {
        expect(answered.state.pendingQuestion).toEqual(pending);
        expect(answered.messages.at(-1)?.options).toEqual(pending?.options);
      }
    },
  );
});
