import { describe, expect, it } from 'vitest';
import { botTexts, realLotse, talker } from './real-lotse.js';

// Session 7 (dialogue): the open review findings of session 6 and the kinds of the session-7 tuning conversations.
// Conversations held on 07.12.2026, a Monday.
const TODAY = '2026-12-07';
const lotse = realLotse(TODAY);
const { conversations } = lotse;
const talk = talker(lotse);

const texts = botTexts;

describe('an asylum application without its outcome, and "weiß nicht" to the document: the outcome is asked', () => {
  it.each([
    ['de', 'Syrer, Asylantrag 2025 gestellt, wohnt nicht in der Erstaufnahme. Als Koch Vollzeit.', 'weiß nicht'],
    [
      'de',
      'Somalier, hat im Juni 2026 Asyl beantragt, wohnt in einer Gemeinschaftsunterkunft. Helfer, 30 Stunden.',
      'keine Ahnung',
    ],
    [
      'en',
      'A man from Sudan applied for asylum in May 2026 and lives in a shared flat. Kitchen porter, 35 hours.',
      "I don't know",
    ],
  ] as const)('%s: "%s" + "%s"', async (lang, opening, dontKnow) => {
    const { turn } = await talk(lang, [opening, dontKnow]);
    // Before: the verdict came at once on an unknown document, as if the state of the procedure were known.
    expect(turn.state.status).toBe('collecting');
    expect(turn.state.pendingQuestion?.factKey).toBe('asylumOutcome');
    expect(turn.state.pendingQuestion?.options.map((o) => o.value)).toContain('pending');
  });

  it('is asked once: "weiß nicht" to it too gives the verdict with the document open', async () => {
    const { turn } = await talk('de', [
      'Syrer, Asylantrag 2025 gestellt, wohnt nicht in der Erstaufnahme. Als Koch Vollzeit.',
      'weiß nicht',
      'weiß nicht',
    ]);
    expect(turn.state.status).toBe('answered');
    expect(turn.state.facts).not.toHaveProperty('asylumOutcome');
  });

  it('is not asked when the outcome was said, or when no application is known', async () => {
    const said = await talk('de', [
      'Syrer, Asylantrag 2025 gestellt und abgelehnt, wohnt nicht in der Erstaufnahme. Als Koch Vollzeit.',
      'weiß nicht',
    ]);
    expect(said.turn.state.pendingQuestion?.factKey).not.toBe('asylumOutcome');
    const none = await talk('de', ['Syrer, wohnt nicht in der Erstaufnahme. Als Koch Vollzeit.', 'weiß nicht']);
    expect(none.turn.state.pendingQuestion?.factKey).not.toBe('asylumOutcome');
    expect(texts(none.turn).join('\n')).not.toMatch(/Asylverfahren ausgegangen/);
  });
});

describe('an urgent start question is answered at once, then the questions go on (review S6-14/S5-13)', () => {
  const ui = {
    de: { lead: /^Vorläufig, nach Ihren bisherigen Angaben: /, open: /Noch offen: .*Eintrag zur Arbeit/ },
    en: { lead: /^For now, from what you have told me: /, open: /Still open: .*[Ww]ork condition/ },
  } as const;

  it.each([
    [
      'de',
      [
        'Darf er morgen anfangen?? Syrer, Duldung seit 2022, eingereist 2021, Asylantrag 2021 abgelehnt. Lagerhelfer 30 Std.',
      ],
    ],
    ['de', ['Syrer mit Duldung, als Koch.', 'Kann er schon morgen anfangen?']],
    [
      'en',
      [
        'Quick one – can she start on Monday? Afghan woman with a Duldung, asylum turned down. Packing job, 20 hrs/week.',
      ],
    ],
    ['en', ['Syrian man with a Duldung, as a cook.', 'Could he start tomorrow?']],
  ] as const)('%s: %j', async (lang, messages) => {
    const { turn } = await talk(lang, messages);
    const said = texts(turn);
    // Before: "Das hängt noch von Ihren Angaben ab …" and only the next question.
    const early = said.find((t) => ui[lang].lead.test(t));
    expect(early, said.join('\n')).toBeDefined();
    // What is still open is named, and the fact questions go on after the answer.
    expect(early).toMatch(ui[lang].open);
    expect(turn.state.status).toBe('collecting');
    expect(said.at(-1)).toBe(turn.state.pendingQuestion?.text);
    expect(said.indexOf(early as string)).toBeLessThan(said.length - 1);
  });

  it('does not answer the verdict itself provisionally ("darf ich ihn einstellen?" waits for the facts)', async () => {
    const { turn } = await talk('de', ['Syrer mit Duldung, als Koch. Darf ich ihn einstellen?']);
    expect(texts(turn).some((t) => /^Vorläufig/.test(t))).toBe(false);
  });
});

describe('another applicant mid-conversation is no correction of this case (review S7-17)', () => {
  const AFGHAN =
    'Afghane, Duldung seit 2021, Beschäftigung nur mit Erlaubnis, keine Abschiebung, Asyl 2020 abgelehnt, Lagerhelfer 40h';

  it('asks whether a new case begins, and changes nothing before the answer', async () => {
    const { id, turn: first } = await talk('de', [AFGHAN]);
    const turn = await conversations.post(id, {
      text: 'Danke! Noch was anderes: unser anderer Bewerber ist aus Georgien, nie Asyl beantragt, Duldung seit 2024. Geht der auch?',
    });
    // Before: "Korrigiert: Georgien statt Afghanistan · …" and a verdict on a hybrid of both people.
    expect(turn.understood).toEqual([]);
    expect(turn.state.facts).toEqual(first.state.facts);
    expect(turn.state.pendingQuestion?.options.map((o) => o.value)).toEqual(['yes', 'no']);
    expect(texts(turn).at(-1)).toMatch(/andere Person.*Georgien/);
    // Yes: a new case with the second person's facts only (the first one's clause and job are not carried over).
    const fresh = await conversations.post(id, { choice: { factKey: 'confirmChange', value: 'yes' } });
    expect(fresh.state.facts).toMatchObject({ nationality: 'GE', asylumApplied: false, toleratedSince: '2024' });
    expect(fresh.state.facts).not.toHaveProperty('workClause');
    expect(fresh.state.facts).not.toHaveProperty('job');
  });

  it('a no keeps the case as it was (English)', async () => {
    const { id, turn: first } = await talk('en', [
      'Afghan man, tolerated since 2021, employment only with permission, asylum rejected 2020, warehouse 40h.',
    ]);
    const asked = await conversations.post(id, {
      text: 'We also have another applicant, from Georgia, never applied for asylum, tolerated since 2024.',
    });
    expect(asked.state.facts).toEqual(first.state.facts);
    const kept = await conversations.post(id, { text: 'no' });
    expect(kept.state.facts).toEqual(first.state.facts);
    expect(kept.state.pendingQuestion?.factKey).toBe(first.state.pendingQuestion?.factKey);
  });

  it('"Neuer Fall: …" after "vergessen Sie den letzten Fall" keeps the new case\'s facts', async () => {
    const { turn } = await talk('de', [
      AFGHAN,
      'Ok vergessen Sie den letzten Fall. Neuer Fall: Syrer mit Aufenthaltserlaubnis nach § 25 Abs. 2, darf der bei uns als Elektriker arbeiten?',
    ]);
    expect(turn.state.facts).toMatchObject({ nationality: 'SY', status: 'aufenthaltserlaubnis' });
    expect(turn.state.facts).not.toHaveProperty('toleratedSince');
    expect(turn.state.pendingQuestion?.factKey).not.toBe('status');
  });
});

describe('a verb-first statement without its subject is no question (review S7-8)', () => {
  it.each([
    'Tunesier, Duldung seit 2021, Asyl 2020 abgelehnt. Soll als Reinigungskraft 20h anfangen.',
    'Syrerin mit Duldung seit 2022. Soll im Hotel als Zimmermädchen anfangen, 30h. Keine Abschiebung.',
    'Afghane, Duldung seit 2023. Kann sofort anfangen, 40h als Helfer in der Backstube.',
  ])('%s', async (text) => {
    const { turn } = await talk('de', [text]);
    // Before: an extra "Das hängt noch von Ihren Angaben ab …" although nothing was asked.
    expect(texts(turn).some((t) => /hängt noch von Ihren Angaben ab|^Vorläufig/.test(t))).toBe(false);
  });

  it('a question typed without its "?" still asks ("kann er morgen anfangen")', async () => {
    const { turn } = await talk('de', ['Syrer mit Duldung, als Koch. Kann er morgen anfangen']);
    expect(texts(turn).some((t) => /^Vorläufig/.test(t))).toBe(true);
  });
});

describe('"ja, stimmt so" after a correction is no answer to the next yes/no question (review S7-11)', () => {
  it.each(['ja, stimmt so', 'Genau so.', 'passt so, danke'])('%s', async (reply) => {
    const { id } = await talk('de', [
      'Tunesier, Asylantrag 2024 abgelehnt, geduldet seit Januar 2025, Beschäftigung nur mit Erlaubnis, keine Abschiebung, Helfer 40h.',
    ]);
    const corrected = await conversations.post(id, { text: 'Geduldet ist er erst seit September 2025.' });
    const key = corrected.state.pendingQuestion?.factKey;
    expect(corrected.state.pendingQuestion?.options.some((o) => o.value === 'true')).toBe(true);
    const turn = await conversations.post(id, { text: reply });
    // Before: "Verstanden: Arbeitserlaubnis am 11.06.2026" (a fact that lifts the ban) from a confirmation.
    expect(turn.state.facts).not.toHaveProperty(key as string);
    expect(turn.state.pendingQuestion?.factKey).toBe(key);
  });

  it('"ja" still answers it', async () => {
    const { id } = await talk('de', [
      'Tunesier, Asylantrag 2024 abgelehnt, geduldet seit Januar 2025, Beschäftigung nur mit Erlaubnis, keine Abschiebung, Helfer 40h.',
    ]);
    const corrected = await conversations.post(id, { text: 'Geduldet ist er erst seit September 2025.' });
    const key = corrected.state.pendingQuestion?.factKey as string;
    const turn = await conversations.post(id, { text: 'ja' });
    expect(turn.state.facts).toHaveProperty(key);
  });
});
