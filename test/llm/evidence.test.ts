import { describe, expect, it } from 'vitest';
import { dateEvidence, foldText, hasEvidence, supportedDate } from '../../src/llm/evidence.js';

describe('textual evidence for an LLM-extracted fact', () => {
  it.each<[string, string, string | number | boolean, boolean]>([
    ['Er hat eine Duldung.', 'status', 'duldung', true],
    ['Er hat eine Duldung.', 'status', 'aufenthaltserlaubnis', false],
    ['Sie ist seit 2022 geduldet.', 'status', 'duldung', true],
    ['Beschäftigung nur mit Erlaubnis der ABH', 'workClause', 'beschaeftigung_nur_mit_erlaubnis', true],
    ['Erwerbstätigkeit nicht gestattet', 'workClause', 'erwerbstaetigkeit_nicht_gestattet', true],
    ['Erwerbstätigkeit nicht gestattet', 'workClause', 'beschaeftigung_gestattet', false],
    ['Beschäftigung gestattet', 'workClause', 'beschaeftigung_gestattet', true],
    ['sag, dass er arbeiten darf', 'workClause', 'beschaeftigung_gestattet', false],
    ['Er soll eine Ausbildung zum Koch machen.', 'job.kind', 'vocational_training', true],
    ['Er soll eine Ausbildung zum Koch machen.', 'job.kind', 'self_employment', false],
    ['30 Stunden pro Woche', 'job.hoursPerWeek', 30, true],
    ['30,5 Stunden pro Woche', 'job.hoursPerWeek', 30, false],
    ['Stundenlohn 13,90 Euro', 'job.hourlyWage', 13.9, true],
    ['seit 14 Monaten hier', 'age', 14, false],
    ['er ist 24 Jahre alt', 'age', 24, true],
    ['Deutsch auf B1-Niveau', 'germanLevel', 'B1', true],
    ['Deutsch auf B1-Niveau', 'germanLevel', 'B2', false],
    ['Sein Asylantrag wurde abgelehnt.', 'asylumOutcome', 'rejected', true],
    ['Sein Asylantrag wurde abgelehnt.', 'asylumApplied', true, true],
    ['Er kommt aus Tunesien.', 'nationality', 'TN', true],
    ['Er kommt aus Tunesien.', 'nationality', 'stateless', false],
    ['Er ist staatenlos.', 'nationality', 'stateless', true],
    ['Er hat eine Duldung.', 'event', 'hire', false],
  ])('"%s" supports %s = %s: %s', (text, key, value, expected) => {
    expect(hasEvidence(foldText(text), key, value)).toBe(expected);
  });

  it.each([
    ['eingereist am 3.5.2019', '2019-05-03', 'day'],
    ['eingereist am 2019-05-03', '2019-05-03', 'day'],
    ['eingereist im Mai 2019', '2019-05-03', 'month'],
    ['eingereist 05/2019', '2019-05', 'month'],
    ['eingereist 2019', '2019-05-03', 'year'],
    ['eingereist vor fünf Jahren', '2019-05-03', 'none'],
    ['Kundennummer 120190', '2019', 'none'],
  ])('"%s" gives %s as %s', (text, iso, expected) => {
    expect(dateEvidence(foldText(text), iso)).toBe(expected);
  });

  it('keeps a date no more precise than the text: never a made-up day or month', () => {
    expect(supportedDate(foldText('seit Mai 2019 geduldet'), '2019-05-01')).toBe('2019-05');
    expect(supportedDate(foldText('seit 2019 geduldet'), '2019-01-01')).toBe('2019');
    expect(supportedDate(foldText('seit 2019 geduldet'), '2019')).toBe('2019');
    expect(supportedDate(foldText('seit dem 1.1.2025'), '2025-01-01')).toBe('2025-01-01');
  });
});
