import { describe, expect, it } from 'vitest';
import { conversationDe } from '../../src/i18n/conversation.de.js';
import { conversationEn } from '../../src/i18n/conversation.en.js';
import { holdConversation, loadConversations } from './conversation-set.js';
import { botTexts, realLotse, type Turn, talker } from './real-lotse.js';

// Session 6 (dialogue): the dialogue kinds of the retired conversation set and of review session 5.
// Conversations held on 07.12.2026, a Monday.
const TODAY = '2026-12-07';
const lotse = realLotse(TODAY);
const { conversations } = lotse;
const talk = talker(lotse);

const texts = botTexts;

/** A rejected asylum seeker from a safe country of origin: banned (§ 60a Abs. 6 S. 1 Nr. 3 AufenthG). */
const BANNED = {
  de: 'Bewerber aus Albanien, Duldung seit 2021, 2019 eingereist, Asylantrag 2019 abgelehnt. Vollzeit als Lagerhelfer.',
  en: 'Applicant from Albania, tolerated since 2021, came in 2019, asylum applied 2019 and rejected. Full-time warehouse helper.',
} as const;
const CORRECTED = { de: /^Korrigiert: Algerien statt Albanien/, en: /^Corrected: Algeria instead of Albania/ };

describe('an explicit correction after the verdict is taken, not asked back (retired set: "Korrektur: nicht …")', () => {
  it.each([
    ['de', 'Moment, Korrektur: er kommt aus Algerien.'],
    ['de', 'sorry, hab mich vertippt: Algerien'],
    ['de', 'ich meinte Algerien, nicht Albanien'],
    ['de', 'nicht Albanien – er ist aus Algerien'],
    ['de', 'oh, da hab ich mich vertan, er ist Algerier'],
    ['en', 'Correction: he is from Algeria.'],
    ['en', 'sorry, I meant Algeria'],
    ['en', 'I mixed that up, he is from Algeria'],
    ['en', 'not Albania, he is from Algeria'],
    ['en', 'my mistake, he is Algerian'],
  ] as const)('%s "%s": the change is taken with its old value, and the case goes on', async (lang, text) => {
    const { id, turn } = await talk(lang, [BANNED[lang]]);
    expect(turn.state.assessment?.outcome).toBe('prohibited');
    const reply = await conversations.post(id, { text });
    expect(reply.state.pendingQuestion?.factKey).not.toBe('confirmChange');
    expect(reply.state.facts.nationality).toBe('DZ');
    expect(texts(reply)[0]).toMatch(CORRECTED[lang]);
  });

  it.each([
    ['de', 'er ist aus Algerien'],
    ['en', 'he is from Algeria'],
  ] as const)(
    '%s "%s" (no word of a correction): a change that flips the verdict is still confirmed',
    async (lang, text) => {
      const { id, turn } = await talk(lang, [BANNED[lang]]);
      const reply = await conversations.post(id, { text });
      expect(reply.state.pendingQuestion?.factKey).toBe('confirmChange');
      expect(reply.state.facts).toEqual(turn.state.facts);
    },
  );

  it.each([
    ['de', 'und wenn er aus Algerien wäre?'],
    ['en', 'what if he were from Algeria? not Albania'],
  ] as const)('%s "%s": a supposition is no correction, the facts stay', async (lang, text) => {
    const { id, turn } = await talk(lang, [BANNED[lang]]);
    const reply = await conversations.post(id, { text });
    expect(reply.state.facts).toEqual(turn.state.facts);
  });
});

describe('conversations-tuning-6.yaml (tuning, written for the kinds of the retired set)', () => {
  const post = async (path: string, body?: unknown) => {
    const res = await lotse.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
    return (await res.json()) as Record<string, unknown>;
  };

  it('reaches the right verdict in at least 8 of 13 (the rest wait for reader and rules kinds)', async () => {
    const set = loadConversations('conversations-tuning-6.yaml');
    expect(set.today).toBe(TODAY);
    const wrong: string[] = [];
    for (const c of set.conversations) {
      const r = await holdConversation(post, c);
      const right = JSON.stringify(r.verdict) === JSON.stringify(c.expect);
      const kept = JSON.stringify(r.before) === JSON.stringify(r.verdict);
      if (!right || !kept) wrong.push(`${c.name}: got ${JSON.stringify(r.verdict)}`);
    }
    expect(set.conversations.length - wrong.length, wrong.join('\n')).toBeGreaterThanOrEqual(8);
  }, 60_000);
});

const ui = (lang: 'de' | 'en') => (lang === 'de' ? conversationDe : conversationEn);
const said = (turn: Turn) => texts(turn).join('\n');

/** The consent question pending after a ban (BANNED): the case for every reply to the hand-off offer. */
async function offered(lang: 'de' | 'en') {
  const { id, turn } = await talk(lang, [BANNED[lang]]);
  const consent = turn.state.pendingQuestion;
  expect(consent?.factKey).toBe('handoffConsent');
  return { id, consent: consent as NonNullable<typeof consent> };
}

describe('S5-9: hesitant or questioning replies to the hand-off offer', () => {
  it.each([
    ['de', 'vielleicht später'],
    ['de', 'wir überlegen uns das noch'],
    ['de', 'jetzt erstmal nicht, wir melden uns'],
    ['en', 'not now, maybe later'],
    ['en', "we'll think about it"],
    ['en', 'let me think it over'],
  ] as const)('%s "%s": not now, said kindly, with the way back', async (lang, text) => {
    const { id } = await offered(lang);
    const reply = await conversations.post(id, { text });
    expect(texts(reply)[0]).toBe(ui(lang).handoffLater);
    expect(said(reply)).not.toContain(ui(lang).notUnderstood);
    expect(reply.state.pendingQuestion).toBeUndefined();
    expect(reply.state.status).toBe('answered');
  });

  it.each([
    ['de', 'was heißt das?', ui('de').handoffAbout],
    ['de', 'muss das sein?', ui('de').handoffAbout],
    ['de', 'wer wäre das denn?', ui('de').handoffAbout],
    ['de', 'eher nicht, was kostet das denn?', 'kostet'],
    ['de', 'hmm weiss nicht, was würde das denn bringen?', ui('de').handoffAbout],
    ['en', 'what does that mean?', ui('en').handoffAbout],
    ['en', 'hmm, do I have to?', ui('en').handoffAbout],
    ['en', 'hmm not sure. who would that be, and does it cost anything?', 'costs'],
    ['en', 'I dont know, is it free?', 'costs'],
  ] as const)('%s "%s": answered, then the consent question again with its buttons', async (lang, text, answer) => {
    const { id, consent } = await offered(lang);
    const reply = await conversations.post(id, { text });
    expect(texts(reply)[0]).toContain(answer);
    expect(said(reply)).not.toContain(ui(lang).notUnderstood);
    expect(said(reply)).not.toContain(ui(lang).followUpUnknownPlain);
    expect(said(reply)).not.toContain(ui(lang).handoffDeclined);
    expect(reply.state.pendingQuestion).toEqual(consent);
    expect(reply.messages.at(-1)?.options?.map((o) => o.value)).toEqual(['yes', 'no']);
  });

  it.each([
    ['de', 'hmm weiß nicht'],
    ['en', 'not sure'],
  ] as const)('%s "%s": no decision yet, what the hand-off is, and the question again', async (lang, text) => {
    const { id, consent } = await offered(lang);
    const reply = await conversations.post(id, { text });
    expect(texts(reply)[0]).toBe(`${ui(lang).handoffUnsure} ${ui(lang).handoffAbout}`);
    expect(reply.state.pendingQuestion).toEqual(consent);
  });

  it.each([
    ['de', 'hm weiß nich. was muss er denn machen damit er arbeiten darf? pass besorgen?'],
    ['en', 'not sure. what would he have to do to be allowed to work?'],
  ] as const)('%s "%s": hesitation is no no; the question is answered and the consent stays', async (lang, text) => {
    const { id, consent } = await offered(lang);
    const reply = await conversations.post(id, { text });
    expect(said(reply)).not.toContain(ui(lang).handoffDeclined);
    expect(reply.state.pendingQuestion).toEqual(consent);
  });

  it.each([
    ['de', 'lieber erstmal nicht, vllt später', 'ok doch, mach mal', 'ja'],
    ['en', 'no thanks', 'ok, actually go ahead', 'yes'],
  ] as const)('%s: "%s", then "%s" asks for the consent again, and "%s" hands over', async (lang, no, after, yes) => {
    const { id } = await offered(lang);
    const declined = await conversations.post(id, { text: no });
    expect(declined.state.pendingQuestion).toBeUndefined();
    const again = await conversations.post(id, { text: after });
    expect(again.state.pendingQuestion?.factKey).toBe('handoffConsent');
    const handed = await conversations.post(id, { text: yes });
    expect(handed.state.status).toBe('with_adviser');
  });

  it.each([
    ['de', 'nein danke', 'ja bitte'],
    ['en', 'no thanks', 'yes please'],
  ] as const)('%s: a plain "%s" still declines and a plain "%s" still hands over', async (lang, no, yes) => {
    const first = await offered(lang);
    const declined = await conversations.post(first.id, { text: no });
    expect(texts(declined)).toEqual([ui(lang).handoffDeclined]);
    const second = await offered(lang);
    expect((await conversations.post(second.id, { text: yes })).state.status).toBe('with_adviser');
  });
});

describe('S5-8: "nein danke" and two questions: every question is answered or named', () => {
  const TRAINEE = {
    de: 'Iraker, Duldung seit 2022, Asyl 2021 abgelehnt, eingereist 2021, Beschäftigung nur mit Erlaubnis, keine Abschiebung geplant. Wir wollen ihn ab August 2027 als Azubi zum Kfz-Mechatroniker nehmen.',
    en: 'Iraqi man, Duldung since 2022, asylum rejected, came 2021, employment only with permission, no deportation planned. We want to take him on as an apprentice mechatronics technician from August 2027.',
  } as const;
  const TWO = {
    de: [
      'nein danke. kriegt er dann ne ausbildungsduldung? wann sollen wir das beantragen, die ausbildung fängt ja erst im august an',
      /Ausbildungsduldung/,
      /wann sollen wir das beantragen|sieben Monate/,
    ],
    en: [
      'no thanks. will he get a training toleration? when should we apply, the training only starts in august',
      /Ausbildungsduldung|training toleration/,
      /when should we apply|seven months/,
    ],
  } as const;

  it.each(['de', 'en'] as const)(
    '%s: the route question is answered and the second one answered or named',
    async (lang) => {
      const { id, turn } = await talk(lang, [TRAINEE[lang]]);
      expect(turn.state.assessment?.outcome).toBe('permission_required');
      const [text, route, when] = TWO[lang];
      const reply = await conversations.post(id, { text });
      expect(said(reply)).not.toContain(ui(lang).followUpAck);
      expect(said(reply)).toMatch(route);
      expect(said(reply)).toMatch(when);
      expect(reply.state.facts).toEqual(turn.state.facts);
    },
  );
});

describe('"weiß nicht" typed to a question is acknowledged', () => {
  const CASE = {
    de: [
      'Syrer, Duldung seit 2020, Asyl 2019 abgelehnt, eingereist 2019, als Koch Vollzeit',
      'weiß nicht',
      'keine ahnung',
    ],
    en: ['Syrian, Duldung since 2020, asylum rejected 2019, came 2019, cook full time', "don't know", 'no idea'],
  } as const;

  it.each(['de', 'en'] as const)(
    '%s: one line names the fact noted as unknown, then the case goes on',
    async (lang) => {
      const [opening, first, second] = CASE[lang];
      const { id, turn } = await talk(lang, [opening]);
      expect(turn.state.pendingQuestion?.factKey).toBe('workClause');
      const clause = await conversations.post(id, { text: first });
      expect(texts(clause)[0]).toBe(
        ui(lang).notedUnknown.replace('{facts}', lang === 'de' ? 'Eintrag zur Arbeit' : 'Work condition'),
      );
      expect(clause.state.pendingQuestion?.factKey).toBe('removalMeasuresPending');
      const removal = await conversations.post(id, { text: second });
      expect(texts(removal)[0]).toBe(
        ui(lang).notedUnknown.replace('{facts}', lang === 'de' ? 'Abschiebung' : 'Removal'),
      );
      expect(removal.state.status).toBe('answered');
    },
  );
});

describe('S5-22: a name and a birth date typed into the chat', () => {
  const TYPED = {
    de: [
      'Es geht um Herrn Mohammed Rahimi, geb. 03.04.1998, aus Afghanistan, Duldung seit 2020, Asyl abgelehnt, eingereist 2019, als Lagerhelfer Vollzeit',
      'Mohammed Rahimi',
      '03.04.1998',
      '[Name]',
    ],
    en: [
      'It is about Mr Ali Hassan, born 3 April 1998, from Iraq, Duldung since 2020, asylum rejected, came 2019, warehouse helper full time',
      'Ali Hassan',
      '3 April 1998',
      '[name]',
    ],
  } as const;

  it.each(['de', 'en'] as const)(
    '%s: said once that they are not needed; the transcript keeps neither',
    async (lang) => {
      const [text, name, born, placeholder] = TYPED[lang];
      const { id, turn } = await talk(lang, [text]);
      expect(turn.state.facts.age).toBeGreaterThanOrEqual(28);
      expect(texts(turn)).toContain(ui(lang).noNames);
      const again = await conversations.post(id, { text: `${text.split(',')[0]} again` });
      expect(texts(again)).not.toContain(ui(lang).noNames);
      const stored = (await conversations.get(id)).messages.map((m) => m.text).join('\n');
      expect(stored).not.toContain(name);
      expect(stored).not.toContain(born);
      expect(stored).toContain(placeholder);
    },
  );

  it.each([
    ['de', 'Frau aus Syrien, Anfang 30, Duldung seit 2020'],
    ['en', 'a woman from Syria, Duldung since 2020, born in Aleppo'],
  ] as const)('%s "%s": no name, no remark, the message kept as typed', async (lang, text) => {
    const { id, turn } = await talk(lang, [text]);
    expect(texts(turn)).not.toContain(ui(lang).noNames);
    expect((await conversations.get(id)).messages.map((m) => m.text)).toContain(text);
  });
});
