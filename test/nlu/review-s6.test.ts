import { describe, expect, it } from 'vitest';
import { de, en } from './helpers.js';

// The reviewer's session-6 findings owned by understanding (coord/review-findings.md S6-1, S6-19, S6-28) and the
// session-5 reading items still open (S5-2, S5-5), with the reviewer's wordings and others of the same kind.
const REVIEW_DAY = { today: '2026-12-07' };

describe('S6-19: an unclear identity beside an ordinary Duldung is no § 60b paper', () => {
  it('reads the status as Duldung and the passport as missing', () => {
    const r = de(
      'Syrer mit Duldung, Identität ungeklärt, kein Pass. Beschäftigung nur mit Erlaubnis der Ausländerbehörde. Asyl abgelehnt 2023, eingereist 2022, keine Abschiebung geplant. Helfer 40 Std.',
      REVIEW_DAY,
    ).patch;
    expect(r).toMatchObject({ status: 'duldung', identityByPassport: false });
    expect(
      de('Eritreer, Duldung, Identität noch nicht geklärt, Auflage: Beschäftigung nur mit Erlaubnis.').patch.status,
    ).toBe('duldung');
    expect(
      en(
        'eritrean guy with duldung, his identity is not clarified yet (no passport), paper says employment only with permission',
      ).patch,
    ).toMatchObject({ status: 'duldung', identityByPassport: false });
  });

  it('keeps § 60b for the paper named as such, unless its work clause says work may be permitted', () => {
    for (const text of [
      'Er hat eine Duldung für Personen mit ungeklärter Identität.',
      'Duldung light',
      'Er hat eine Duldung nach § 60b.',
      'Er hat eine Duldung wegen ungeklärter Identität, so steht es oben auf dem Papier.',
    ])
      expect(de(text).patch.status, text).toBe('duldung_ungeklaerte_identitaet');
    expect(en('She has a toleration for persons with unclear identity').patch.status).toBe(
      'duldung_ungeklaerte_identitaet',
    );
    expect(de('Duldung light, Beschäftigung nur mit Erlaubnis').patch.status).toBe('duldung');
  });
});

describe('S6-28: a condition states nothing of the case', () => {
  it('keeps the stated pending procedure when the message asks what happens if the claim is rejected', () => {
    const r = de(
      'Sie hat eine Aufenthaltsgestattung, Asylverfahren läuft noch seit März 2024, wohnt in einer WG. Was passiert eigentlich, wenn ihr Asylantrag während der Ausbildung abgelehnt wird?',
      REVIEW_DAY,
    ).patch;
    expect(r).toMatchObject({ status: 'aufenthaltsgestattung', asylumOutcome: 'pending' });
    expect(en('what happens if his asylum claim is rejected during the training?').patch.asylumOutcome).toBeUndefined();
    expect(de('Falls er abgeschoben werden sollte, was passiert mit dem Vertrag?').patch).toEqual({});
  });
});

describe('S6-1: what the document says is the work clause, not the job offered', () => {
  const facts = {
    status: 'ausbildungsduldung',
    job: { kind: 'employment' },
    qualification: 'german_vocational',
  } as const;
  it('reads the training named on the paper as a clause for another job', () => {
    for (const [text, lang] of [
      ['auf der duldung steht nur die ausbildung bei uns drin', 'de'],
      ['on the paper it says only the apprenticeship with us', 'en'],
      ['nur die Ausbildung', 'de'],
    ] as const) {
      const read = (lang === 'de' ? de : en)(text, { ...REVIEW_DAY, pendingFactKey: 'workClause', facts });
      expect(read.patch, text).toEqual({ workClause: 'nur_bestimmte_taetigkeit', workClauseNamesThisJob: false });
    }
  });
});

describe('S5-2, S5-5: asylum never applied in other verbs; the work clause in telegram style', () => {
  it('reads them', () => {
    expect(en('He never did an asylum application, he came on a visa in 2021 and overstayed').patch.asylumApplied).toBe(
      false,
    );
    expect(de('Asyl hat er nie gemacht').patch.asylumApplied).toBe(false);
    expect(en('work: only with permission').patch.workClause).toBe('beschaeftigung_nur_mit_erlaubnis');
    expect(en('work condition: only with permission').patch.workClause).toBe('beschaeftigung_nur_mit_erlaubnis');
  });
});

describe('S6-7, S6-12, S6-23: history is no ending; ages, passports and records said in passing', () => {
  it('reads a study given up abroad as no ending of a training here', () => {
    const r = en(
      "We'd like to hire an Indian guy as a junior support technician, 40h. He came in 2021 as a student, dropped out, applied for asylum in 2023 which was rejected in early 2024.",
      REVIEW_DAY,
    ).patch;
    expect(r.event).toBeUndefined();
    expect(en('Our apprentice dropped out of his training last week.', REVIEW_DAY).patch.event).toBe(
      'training_ends_early',
    );
  });

  it('reads the age beside "guy" and of "a 17 yr old boy", the passport named by its country, the record denied', () => {
    const e4 = en(
      'we want to give a young afghan guy (20) an apprenticeship as electronics technician starting 1 august 2027. identity is clarified, he has an afghan passport since 2024.',
      REVIEW_DAY,
    ).patch;
    expect(e4).toMatchObject({ age: 20, identityByPassport: true });
    expect(en('A 17 yr old boy from Guinea wants to start an apprenticeship with us.').patch.age).toBe(17);
    expect(en('She has a 5 year old boy.').patch).toEqual({ minorChildren: true });
    expect(de('hat einen gültigen marokkanischen Pass').patch.identityByPassport).toBe(true);
    expect(de('Keine Straftaten.').patch.criminalConvictions).toBe('none');
    expect(en('before he have asyl but they say no').patch).toMatchObject({
      asylumApplied: true,
      asylumOutcome: 'rejected',
    });
  });
});

describe('S5-9/S6-10 (reading): a hesitation typed short is neither yes nor no', () => {
  it('reads "weiß nich" as a hedge, "lieber erstmal nicht" still as a no', () => {
    const asked = { expectsYesNo: true };
    const hesitant = de('hm weiß nich. was muss er denn machen damit er arbeiten darf? pass besorgen?', asked).intents;
    expect(hesitant).not.toContain('deny');
    expect(hesitant).not.toContain('affirm');
    expect(de('lieber erstmal nicht, vllt später', asked).intents).toContain('deny');
  });
});
