import { describe, expect, it } from 'vitest';
import { understoodChanges, understoodLine } from '../../src/conversation/understood.js';
import type { CaseFacts } from '../../src/domain/facts.js';

const loose = (facts: Record<string, unknown>) => facts as CaseFacts;

describe('what a turn understood', () => {
  it('lists the facts a turn added, the person first, in plain words', () => {
    const after = loose({
      status: 'duldung',
      toleratedSince: '2025-09',
      asylumApplied: true,
      asylumAppliedOn: '2024',
      asylumOutcome: 'rejected',
      nationality: 'TN',
    });
    const items = understoodChanges({}, after, 'de');
    expect(items.map((i) => i.factKey)).toEqual([
      'nationality',
      'status',
      'asylumApplied',
      'asylumAppliedOn',
      'asylumOutcome',
      'toleratedSince',
    ]);
    expect(items.find((i) => i.factKey === 'asylumAppliedOn')?.text).toBe('Asylantrag 2024');
    expect(understoodLine(items, 'de')).toBe(
      'Verstanden: Tunesien · Asylantrag 2024, abgelehnt · Duldung seit 09/2025',
    );
    expect(understoodLine(understoodChanges({}, after, 'en'), 'en')).toBe(
      'Understood: Tunisia · asylum application 2024, rejected · tolerated since September 2025',
    );
  });

  it('names a correction with the old and the new value and leaves unchanged facts out', () => {
    const before = loose({ entryDate: '2023', nationality: 'TN', job: { kind: 'employment', hoursPerWeek: 30 } });
    const after = loose({ entryDate: '2019', nationality: 'TN', job: { kind: 'employment', hoursPerWeek: 20 } });
    const items = understoodChanges(before, after, 'de');
    expect(items).toEqual([
      { factKey: 'entryDate', value: '2019', previous: '2023', text: 'Einreise 2019 statt 2023' },
      { factKey: 'job.hoursPerWeek', value: 20, previous: 30, text: '20 Std./Woche statt 30' },
    ]);
    expect(understoodLine(items, 'de')).toBe('Korrigiert: Einreise 2019 statt 2023 · 20 Std./Woche statt 30');
  });

  it('says nothing when no fact changed, and does not count a removed fact as understood', () => {
    expect(understoodChanges(loose({ age: 30 }), loose({ age: 30 }), 'de')).toEqual([]);
    expect(understoodChanges(loose({ age: 30 }), {}, 'de')).toEqual([]);
    expect(understoodLine([], 'de')).toBeUndefined();
  });

  it('keeps "Duldung" when the Duldung has no date, and drops it beside "Duldung seit …"', () => {
    expect(understoodLine(understoodChanges({}, loose({ status: 'duldung' }), 'de'), 'de')).toBe('Verstanden: Duldung');
    expect(
      understoodLine(understoodChanges({}, loose({ status: 'duldung', toleratedSince: '2025-01' }), 'de'), 'de'),
    ).toBe('Verstanden: Duldung seit 01/2025');
  });
});
