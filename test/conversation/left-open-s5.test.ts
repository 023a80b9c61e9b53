import { describe, expect, it } from 'vitest';
import { conversationDe } from '../../src/i18n/conversation.de.js';
import { conversationEn } from '../../src/i18n/conversation.en.js';
import { botTexts, realLotse, type Turn, talker } from './real-lotse.js';

// Left open after session 4 (notes/dialogue.md): conversations held on 07.12.2026, a Monday.
const TODAY = '2026-12-07';
const lotse = realLotse(TODAY);
const { conversations } = lotse;
const talk = talker(lotse);

const texts = botTexts;
const said = (turn: Turn) => texts(turn).join('\n');
const ui = (lang: 'de' | 'en') => (lang === 'de' ? conversationDe : conversationEn);

/** A Syrian on a plain Duldung who never applied for asylum: a verdict after three turns. */
const HIRING = {
  de: [
    'Syrer, Duldung seit März 2025, kein Asylantrag. Vollzeit als Lagerhelfer. Beschäftigung nur mit Erlaubnis der ABH',
    'Mai 2024',
    'nein',
  ],
  en: [
    'Syrian man, Duldung since March 2025, never applied for asylum. full-time warehouse helper. His paper says employment only with permission.',
    'May 2024',
    'no',
  ],
} as const;

async function verdict(lang: 'de' | 'en') {
  const { id, turn } = await talk(lang, HIRING[lang]);
  expect(turn.state.assessment?.outcome).toBe('permission_required');
  return { id, turn };
}

/** The card's own marks: its intro line and the steps heading. */
const CARD = { de: /Was Sie jetzt tun|Hier ist meine Einschätzung/, en: /What you do now|Here is my assessment/ };

describe('3: a known fact said again is acknowledged as known, not ignored', () => {
  it.each([
    ['de', 'er hat KEINEN Asylantrag gestellt', 'nie Asyl beantragt'],
    ['en', 'he has NOT applied for asylum, as i said', 'never applied for asylum'],
  ] as const)(
    '%s: before the verdict the line says it is known, then the same question again',
    async (lang, again, fact) => {
      const { id, turn } = await talk(lang, HIRING[lang].slice(0, 1));
      const asked = turn.state.pendingQuestion;
      expect(asked?.factKey).toBe('entryDate');
      const reply = await conversations.post(id, { text: again });
      const lines = texts(reply);
      expect(lines[0]).toBe(ui(lang).alreadyKnown.replace('{facts}', fact));
      expect(lines.at(-1)).toContain(asked?.text ?? '?');
      expect(reply.state.pendingQuestion?.factKey).toBe('entryDate');
      expect(reply.understood ?? []).toEqual([]);
      // Saying it again is no try at the question: answering it twice more still counts.
      const answered = await conversations.post(id, { text: HIRING[lang][1] });
      expect(answered.state.facts.entryDate).toBe('2024-05');
    },
  );

  it.each([
    ['de', 'er hat KEINEN Asylantrag gestellt', 'nie Asyl beantragt'],
    ['en', 'he never applied for asylum', 'never applied for asylum'],
  ] as const)(
    '%s: after the verdict one line that it is known and changes nothing, no card',
    async (lang, again, fact) => {
      const { id, turn } = await verdict(lang);
      const reply = await conversations.post(id, { text: again });
      expect(texts(reply)).toEqual([ui(lang).alreadyKnownVerdict.replace('{facts}', fact)]);
      expect(reply.state.facts).toEqual(turn.state.facts);
    },
  );
});

describe('2: after the verdict, a statement the reader takes no fact from', () => {
  it.each([
    ['de', 'er ist wirklich zuverlässig'],
    ['de', 'sie spricht jetzt gut deutsch!'],
    ['en', 'she speaks good German now'],
    ['en', 'honestly he is the best worker we ever had'],
  ] as const)(
    '%s "%s": a short acknowledgement that the assessment stays, no "I don’t know", no card',
    async (lang, text) => {
      const { id, turn } = await verdict(lang);
      const reply = await conversations.post(id, { text });
      // The line alone, or its short form before what the knowledge base says about it (German: § 25b asks for A2).
      const lines = texts(reply);
      if (lines.length === 1) expect(lines).toEqual([ui(lang).remarkNoted]);
      else expect(lines[0]).toBe(ui(lang).remarkLead);
      expect(said(reply)).not.toContain(ui(lang).followUpUnknownPlain);
      expect(said(reply)).not.toMatch(CARD[lang]);
      expect(reply.state.facts).toEqual(turn.state.facts);
      expect(reply.state.assessment?.outcome).toBe('permission_required');
    },
  );

  it.each([
    ['de', 'ok'],
    ['de', 'alles klar, dann machen wir das so'],
    ['en', 'okay got it'],
  ] as const)('%s "%s": a plain acknowledgement gets a short line, not the verdict again', async (lang, text) => {
    const { id } = await verdict(lang);
    const reply = await conversations.post(id, { text });
    expect(texts(reply)).toEqual([ui(lang).okAck]);
  });

  it.each([
    ['de', 'er ist wirklich zuverlässig, brauchen wir da noch was von der arbeitsagentur?', /Bundesagentur/],
    ['en', 'she is great. does the employment agency have to agree?', /Federal Employment Agency|BA/],
  ] as const)('%s: a remark with a question gets the answer', async (lang, text, answer) => {
    const { id } = await verdict(lang);
    const reply = await conversations.post(id, { text });
    expect(said(reply)).toMatch(answer);
    expect(said(reply)).not.toContain(ui(lang).remarkNoted);
  });

  it.each([
    ['de', 'Details', /Einzelheiten/],
    ['de', 'erklär mir das genauer', /./],
    ['en', 'show me the sources', /sources|Quellen/i],
  ] as const)('%s "%s": a request is still answered, not acknowledged as a remark', async (lang, text, answer) => {
    const { id } = await verdict(lang);
    const reply = await conversations.post(id, { text });
    expect(said(reply)).toMatch(answer);
    expect(said(reply)).not.toContain(ui(lang).remarkNoted);
  });
});

describe('an acknowledgement is no yes to a question of fact', () => {
  it.each([
    ['de', 'ok danke'],
    ['en', 'ok thanks'],
  ] as const)('%s "%s" to the removal question leaves it open and asks again', async (lang, text) => {
    const { id, turn } = await talk(lang, HIRING[lang].slice(0, 2));
    expect(turn.state.pendingQuestion?.factKey).toBe('removalMeasuresPending');
    const reply = await conversations.post(id, { text });
    expect(reply.state.facts.removalMeasuresPending).toBeUndefined();
    expect(reply.state.pendingQuestion?.factKey).toBe('removalMeasuresPending');
    // A plain yes still answers it.
    const yes = await conversations.post(id, { text: lang === 'de' ? 'ja' : 'yes' });
    expect(yes.state.facts.removalMeasuresPending).toBe(true);
  });
});

describe('4: after an ending, keeping the person on in another job is a question about the next job', () => {
  const ENDED = {
    de: 'unser Azubi aus Syrien mit Ausbildungsduldung hat letzte Woche Freitag die Ausbildung abgebrochen, was muss ich tun?',
    en: 'our apprentice from syria (ausbildungsduldung) quit his training last friday. what do i have to do?',
  } as const;
  /** The follow-up answer after an ending: further work is a new employment the immigration office must permit. */
  const NEW_PERMISSION = { de: /neue Beschäftigung/, en: /new (?:employment|job)/ };

  it.each([
    ['de', 'können wir ihn als Helfer weiterbeschäftigen'],
    ['de', 'können wir ihn als Helfer weiterbeschäftigen?'],
    ['de', 'wir würden ihn gern als Helfer im Lager behalten'],
    ['de', 'ok. dann würden wir ihn als Lagerhelfer weiter beschäftigen, 30 std'],
    ['en', 'could we keep him on in the warehouse as a helper?'],
    ['en', 'could we keep him on in the warehouse as a helper'],
    ['en', "we'd like to keep him on as a warehouse helper"],
    ['en', 'Is it possible to keep him on as a helper in the warehouse'],
  ] as const)('%s "%s": answered (a new job needs a new permission), the facts stay', async (lang, text) => {
    const { id, turn } = await talk(lang, [ENDED[lang]]);
    expect(turn.state.facts).toMatchObject({ event: 'training_ends_early', job: { kind: 'vocational_training' } });
    const reply = await conversations.post(id, { text });
    expect(reply.state.pendingQuestion?.factKey).not.toBe('confirmChange');
    expect(reply.state.facts).toEqual(turn.state.facts);
    expect(said(reply)).toMatch(NEW_PERMISSION[lang]);
    expect(said(reply)).not.toMatch(CARD[lang]);
  });

  it.each([
    ['de', 'nein moment, er war gar kein Azubi, er war bei uns als Helfer angestellt'],
    ['en', 'sorry, correction: he was not an apprentice, he was employed as a warehouse helper'],
  ] as const)('%s: a correction of the ended job is still taken as a change', async (lang, text) => {
    const { id, turn } = await talk(lang, [ENDED[lang]]);
    const reply = await conversations.post(id, { text });
    const changed =
      reply.state.pendingQuestion?.factKey === 'confirmChange' ||
      reply.state.facts.job?.kind !== turn.state.facts.job?.kind;
    expect(changed).toBe(true);
  });
});

describe('1: a change with several parts shows each part and takes a part on its own', () => {
  /** A worker with a Beschäftigungsduldung who resigned last Friday (07.12.2026 is a Monday). */
  const RESIGNED = {
    de: 'unser mitarbeiter (kosovo, beschäftigungsduldung) hat letzten freitag gekündigt',
    en: 'our worker from ghana with Beschäftigungsduldung resigned last friday, what must i do?',
  } as const;
  /** Two parts: the document (de: status, en: the Duldung's start) and the day the employer learned of the end. */
  const CHANGE = {
    de: 'er hat übrigens nur eine normale duldung und hat am 2.12. gekündigt',
    en: 'he has a Duldung since March 2024 and he resigned on 2 December',
  } as const;
  const FIRST = { de: 'status', en: 'toleratedSince' } as const;
  const knownOn = `${TODAY.slice(0, 4)}-12-02`;

  async function asked(lang: 'de' | 'en') {
    const { id, turn } = await talk(lang, [RESIGNED[lang], CHANGE[lang]]);
    const question = turn.state.pendingQuestion;
    expect(question?.factKey).toBe('confirmChange');
    return { id, turn, question: question as NonNullable<typeof question> };
  }

  it.each(['de', 'en'] as const)('%s: the question lists the parts, with a button for each part', async (lang) => {
    const { question } = await asked(lang);
    expect(question.text).toMatch(/\n1\. .+\n2\. .+/);
    const only = question.options.filter((o) => o.value.startsWith('only:'));
    expect(only.map((o) => o.value)).toEqual([`only:${FIRST[lang]}`, 'only:eventKnownOn']);
    expect(question.options.map((o) => o.value)).toEqual(expect.arrayContaining(['yes', 'no']));
  });

  it.each(['de', 'en'] as const)('%s: the button of one part takes that part only', async (lang) => {
    const { id, turn } = await asked(lang);
    const part = await conversations.post(id, { choice: { factKey: 'confirmChange', value: 'only:eventKnownOn' } });
    expect(part.state.facts).toMatchObject({ status: turn.state.facts.status, eventKnownOn: knownOn });
    expect(part.state.facts.toleratedSince).toBe(turn.state.facts.toleratedSince);
    expect(part.understood?.map((u) => u.factKey)).toEqual(['eventKnownOn']);
  });

  it.each([
    ['de', 'das datum ja, die duldung nicht'],
    ['en', 'yes to 2, no to 1'],
  ] as const)('%s "%s": the day only', async (lang, reply) => {
    const { id, turn } = await asked(lang);
    const part = await conversations.post(id, { text: reply });
    expect(part.state.facts).toMatchObject({ status: turn.state.facts.status, eventKnownOn: knownOn });
    expect(part.understood?.map((u) => u.factKey)).toEqual(['eventKnownOn']);
  });

  it.each([
    ['de', 'Ja, nur die Duldung'],
    ['de', 'nur 1'],
    ['de', 'alles außer dem Datum'],
    ['en', 'yes but only the first one'],
    ['en', 'only 1, not the date'],
  ] as const)('%s "%s": the first part only, the day stays', async (lang, reply) => {
    const { id, turn } = await asked(lang);
    const part = await conversations.post(id, { text: reply });
    expect(part.state.facts.eventKnownOn).toBe(turn.state.facts.eventKnownOn);
    expect(part.understood?.map((u) => u.factKey)).toContain(FIRST[lang]);
    expect(part.state.pendingQuestion?.factKey).not.toBe('confirmChange');
  });
});
