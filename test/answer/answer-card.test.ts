import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { countWords, renderDetailsText, renderVerdictText } from '../../src/answer/render-text.js';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { renderAssessmentText } from '../../src/i18n/render-assessment.js';
import { createFakeKnowledge } from '../domain/fake-knowledge.js';
import { germanDate } from '../support/knowledge-dates.js';

const knowledge = createFakeKnowledge();
const cardOf = (facts: CaseFacts, lang: 'de' | 'en' = 'de', lawAsOf = '2026-11-22') =>
  buildAnswerCard(assess(facts, lawAsOf, knowledge, { lang }), facts, lang);

const tunisianBan: CaseFacts = {
  status: 'duldung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  nationality: 'TN',
  asylumApplied: true,
  asylumAppliedOn: '2024-03-01',
  asylumOutcome: 'rejected',
  toleratedSince: '2025-09-01',
  entryDate: '2024-02-01',
  hadWorkPermitOn11June2026: false,
  removalMeasuresPending: false,
  job: { kind: 'employment', hoursPerWeek: 30 },
};
const syrianHelper: CaseFacts = {
  status: 'duldung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  nationality: 'SY',
  entryDate: '2026-10-15',
  livesInReceptionCentre: false,
  removalMeasuresPending: false,
  job: { kind: 'employment' },
};

describe('the answer card: the verdict first, with its reason', () => {
  it('says why a ban applies and that no permission can be granted while it does', () => {
    const card = cardOf(tunisianBan);
    expect(card.tone).toBe('ban');
    expect(card.headline).toBe(
      'Verboten: Tunesien gilt als sicherer Herkunftsstaat, und der Asylantrag wurde abgelehnt. Eine Erlaubnis kann nicht erteilt werden, solange das Verbot gilt.',
    );
    const text = renderVerdictText(card);
    expect(text).not.toMatch(/Erlaubnis der Ausländerbehörde: nötig/);
    expect(text.split('\n')[0]).toBe(card.headline);
    expect(cardOf(tunisianBan, 'en').headline).toMatch(
      /^Prohibited: Tunisia is a safe country of origin and the asylum application was rejected\. No permission can be granted while the ban applies\.$/,
    );
  });

  it('names the ban that decided: § 60b before the entry on the document before the safe country', () => {
    expect(cardOf({ ...tunisianBan, status: 'duldung_ungeklaerte_identitaet' }).headline).toMatch(
      /^Verboten: Die Person hat eine Duldung für Personen mit ungeklärter Identität \(§ 60b AufenthG\)/,
    );
    expect(cardOf({ ...tunisianBan, workClause: 'erwerbstaetigkeit_nicht_gestattet' }).headline).toMatch(
      /^Verboten: Im Dokument steht „Erwerbstätigkeit nicht gestattet“\./,
    );
  });

  it('says why an activity is not possible', () => {
    const card = cardOf({ ...syrianHelper, job: { kind: 'self_employment' } });
    expect(card.outcome).toBe('not_possible');
    expect(card.headline).toMatch(
      /^Nicht möglich: Selbstständige Arbeit braucht mit diesem Status eine ausdrückliche Erlaubnis der Ausländerbehörde, die bei einer Duldung praktisch nie erteilt wird/,
    );
    // The headline must not contradict the open point of § 4a Abs. 4 AufenthG (the authority may permit it).
    expect(card.headline).not.toMatch(/nicht erlaubt/);
    const asylumSeeker = cardOf({ ...syrianHelper, status: 'aufenthaltsgestattung', job: { kind: 'self_employment' } });
    expect(asylumSeeker.headline).toMatch(/Aufenthaltsgestattung ist selbstständige Arbeit ausgeschlossen/);
    expect(card.sections[0]?.id).toBe('instead');
  });

  it('gives at most three numbered steps, the start step with the date the waiting period ends', () => {
    const card = cardOf(syrianHelper);
    expect(card.outcome).toBe('permission_required');
    expect(card.earliestStart).toBe('2027-01-16');
    expect(card.steps.length).toBeLessThanOrEqual(3);
    expect(card.steps.at(-1)).toMatchObject({ date: '2027-01-16' });
    const text = renderVerdictText(card);
    expect(text).toMatch(/Was Sie jetzt tun:\n1\. .+\n2\. .+\n3\. .+16\.01\.2027/);
    expect(text).not.toMatch(/^4\. /m);
  });

  it('has no step that contradicts the open point of a document allowing one specific job', () => {
    const facts: CaseFacts = { ...syrianHelper, entryDate: '2020-01-01', workClause: 'nur_bestimmte_taetigkeit' };
    // The employer does not know whether the entry names this job: the cautious reading and its open point.
    const a = assess(facts, '2026-11-22', knowledge, { lang: 'de', unknown: ['workClauseNamesThisJob'] });
    expect(a.openPoints.map((p) => p.id)).toContain('only_specific_job');
    const card = buildAnswerCard(a, facts, 'de');
    expect(card.steps[0]?.text).toMatch(/^Prüfen Sie den Eintrag im Dokument: Nennt er genau diese Stelle/);
    expect(card.steps.map((s) => s.text).join(' ')).not.toMatch(/beantragt die Erlaubnis bei der Ausländerbehörde/);
  });

  it('puts the notice with its deadline first when the employment ends early', () => {
    const card = cardOf({ status: 'beschaeftigungsduldung', event: 'employment_ends_early' }, 'de', '2026-12-07');
    // Review 23: the headline leads with the duty and its deadline, a new job comes after it.
    expect(card.label).toBe('Meldepflicht');
    expect(card.headline).toBe(
      'Meldepflicht: Die Beschäftigung endet – melden Sie das der Ausländerbehörde schriftlich innerhalb von 14 Tagen, nachdem Sie davon erfahren haben.',
    );
    // The day the employer learned of it is not known: no step date counted from today (S6 no-show); the rules'
    // case date (the latest the deadline can be, counted from the day told) stays on the card's timeline.
    expect(card.steps[0]?.date).toBeUndefined();
    expect(card.steps[0]?.text).toMatch(/wann Sie davon erfahren haben, weiß ich nicht; nach 14 Tagen/);
    expect(card.dates?.find((d) => d.kind === 'notice_deadline')?.date).toBe('2026-12-21');
  });
});

describe('the details: opened on request', () => {
  it('shows routes by their human names, only the open ones in full and the excluded ones in one folded line', () => {
    const card = cardOf(tunisianBan);
    expect(JSON.stringify(card)).not.toMatch(/§ haertefall|"haertefall"/);
    const routes = card.sections.find((s) => s.id === 'routes');
    expect(routes?.items.map((i) => i.lead)).toContain('Härtefallkommission (§ 23a AufenthG) – möglich, wenn');
    expect(routes?.items.some((i) => /ausgeschlossen/.test(i.text))).toBe(false);
    expect(routes?.folded?.text).toMatch(
      /^Nicht in Frage kommen: Ausbildungsduldung \(§ 60c AufenthG\), .*Beschäftigungsduldung/,
    );
    expect(card.sections[0]).toMatchObject({ id: 'instead', title: 'Was Sie stattdessen tun können' });
  });

  it('numbers every source once, with its "Stand", and items point at those numbers', () => {
    const card = cardOf(syrianHelper);
    const ids = card.sources.map((s) => s.entryId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(card.sources.map((s) => s.n)).toEqual(ids.map((_, i) => i + 1));
    const refs = card.sections.flatMap((s) => s.items.flatMap((i) => i.refs));
    expect(refs.every((n) => n >= 1 && n <= card.sources.length)).toBe(true);
    const details = renderDetailsText(card);
    expect(details).toMatch(/\n\[1\] .+, Stand \d\d\.\d\d\.\d{4}/);
    expect(details.match(/^\[\d+\] /gm)).toHaveLength(card.sources.length);
    for (const title of ['Unterlagen:', 'Pflichten und Fristen:', 'Risiken:', 'Quellen:'])
      expect(details).toContain(title);
  });

  it('names the dates a ban turns on in the text line before the job (Georgian, never applied, entered 2024)', () => {
    const georgian: CaseFacts = {
      status: 'duldung',
      workClause: 'beschaeftigung_nur_mit_erlaubnis',
      nationality: 'GE',
      asylumApplied: false,
      entryDate: '2024',
      removalMeasuresPending: false,
      job: { kind: 'employment' },
    };
    const line =
      renderVerdictText(cardOf(georgian))
        .split('\n')
        .find((l) => l.startsWith('Ihre Angaben:')) ?? '';
    expect(line).toMatch(/Georgien/);
    expect(line).toMatch(/2024/);
  });

  it('keeps the verdict text short and says how to get the details', () => {
    const text = renderAssessmentText(assess(tunisianBan, '2026-11-22', knowledge, { lang: 'de' }), 'de', tunisianBan);
    expect(countWords(text)).toBeLessThanOrEqual(150);
    expect(text).toContain('schreiben Sie „Details“');
    expect(text).toMatch(/Ihre Angaben: .*Duldung seit 01.09.2025/);
    expect(text).toContain(`Stand des Rechts: ${germanDate('2026-11-22')}`);
    expect(text).not.toMatch(/\{\w+\}/);
    const en = renderAssessmentText(assess(tunisianBan, '2026-11-22', knowledge, { lang: 'en' }), 'en', tunisianBan);
    expect(en).toContain('Law as of 22 November 2026');
    expect(en).toContain('write “details”');
  });
});
