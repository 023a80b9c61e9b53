import { describe, expect, it } from 'vitest';
import { assess } from '../../src/domain/assess.js';
import { renderAssessmentText } from '../../src/i18n/render-assessment.js';
import { createFakeKnowledge } from './fake-knowledge.js';

const ausbildung = {
  status: 'ausbildungsduldung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  removalMeasuresPending: false,
  documentValidUntil: '2026-12-01',
  job: { kind: 'vocational_training' },
} as const;

describe('plain-text rendering of an assessment', () => {
  it('shows verdict, steps, duties with their deadline, routes and dated sources in German', () => {
    const a = assess(ausbildung, '2026-11-22', createFakeKnowledge(), { lang: 'de' });
    const text = renderAssessmentText(a, 'de');
    expect(text.split('\n')[0]).toMatch(/^Ergebnis: Die Person darf/);
    expect(text).toContain('Zustimmung der Bundesagentur für Arbeit: nicht nötig');
    expect(text).toContain('Nächste Schritte:\n1. ');
    expect(text).toContain('01.12.2026');
    expect(text).toContain('(Frist: 14 Tage)');
    expect(text).toContain('Wege zu einem sicheren Aufenthalt:');
    expect(text).toMatch(/Quellen:\n- .*Stand 22\.11\.2026 – https:\/\//);
    expect(text).toContain('keine Rechtsberatung');
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it('shows the same structure in English', () => {
    const a = assess(ausbildung, '2026-11-22', createFakeKnowledge(), { lang: 'en' });
    const text = renderAssessmentText(a, 'en');
    expect(text.split('\n')[0]).toMatch(/^Result: the person may already/);
    expect(text).toContain('(deadline: 14 days)');
    expect(text).toContain('as of 22 November 2026');
    expect(text).toContain('1 December 2026');
  });

  it('leads with the ending event, not a hiring verdict, when the training ends early', () => {
    const facts = { status: 'ausbildungsduldung', event: 'training_ends_early' } as const;
    const a = assess(facts, '2026-12-06', createFakeKnowledge(), { lang: 'de' });
    expect(a.event).toBe('training_ends_early');
    const [first, , then, verdict] = renderAssessmentText(a, 'de').split('\n');
    expect(first).toMatch(/^Die Ausbildung endet vorzeitig/);
    expect(then).toBe('Für eine weitere oder neue Beschäftigung der Person gilt:');
    expect(verdict).toMatch(/^Ergebnis: /);
    expect(renderAssessmentText(a, 'en').split('\n')[0]).toMatch(/^The training ends early/);
  });

  it('keeps the hiring verdict first for a hire, where the assessment names no event', () => {
    const a = assess(ausbildung, '2026-11-22', createFakeKnowledge(), { lang: 'de' });
    expect(a.event).toBeUndefined();
  });

  it('lists open questions by name, the earliest start and the advice recommendation', () => {
    const facts = {
      status: 'duldung',
      workClause: 'beschaeftigung_nur_mit_erlaubnis',
      nationality: 'TN',
      job: { kind: 'employment' },
    } as const;
    const open = renderAssessmentText(assess(facts, '2026-11-22', createFakeKnowledge()), 'de');
    expect(open).toContain('Offene Fragen:\n- geduldet seit');
    const waiting = {
      ...facts,
      nationality: 'SY',
      entryDate: '2026-10-15',
      livesInReceptionCentre: false,
      removalMeasuresPending: true,
    } as const;
    const text = renderAssessmentText(assess(waiting, '2026-11-22', createFakeKnowledge()), 'de');
    expect(text).toContain('Frühester Arbeitsbeginn: 15.01.2027');
    expect(text).toContain('Beratung dringend empfohlen:');
  });

  it('says when no adviser is needed', () => {
    const facts = { status: 'aufenthaltserlaubnis', permitBasis: '25b', job: { kind: 'employment' } } as const;
    const text = renderAssessmentText(assess(facts, '2026-11-22', createFakeKnowledge()), 'en');
    expect(text).toContain('Permission of the immigration office: not needed');
    expect(text).toContain('Based on these answers no advice is needed.');
  });
});
