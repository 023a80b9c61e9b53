import { describe, expect, it } from 'vitest';
import {
  AsylumOutcome,
  CaseEvent,
  CriminalConvictions,
  FACT_KEYS,
  GermanLevel,
  JobKind,
  PermitBasis,
  Qualification,
  Status,
  WorkClause,
} from '../../src/domain/facts.js';
import { factLabelsDe } from '../../src/i18n/fact-labels.de.js';
import { factLabelsEn } from '../../src/i18n/fact-labels.en.js';
import { describeDate, describeFact, describeValue, factLabel } from '../../src/i18n/fact-labels.js';

const ENUMS: Record<string, readonly string[]> = {
  status: Status.options,
  permitBasis: PermitBasis.options,
  workClause: WorkClause.options,
  asylumOutcome: AsylumOutcome.options,
  germanLevel: GermanLevel.options,
  qualification: Qualification.options,
  criminalConvictions: CriminalConvictions.options,
  event: CaseEvent.options,
  'job.kind': JobKind.options,
};

describe('fact label catalogues', () => {
  it('name every fact of the contract in German and English, with the same keys', () => {
    for (const key of FACT_KEYS) {
      expect(factLabelsDe, key).toHaveProperty([key]);
      expect(factLabelsEn, key).toHaveProperty([key]);
    }
    expect(Object.keys(factLabelsEn).sort()).toEqual(Object.keys(factLabelsDe).sort());
  });

  it('have plain words for every value of every enum fact, never the raw value', () => {
    for (const [key, options] of Object.entries(ENUMS))
      for (const value of options)
        for (const lang of ['de', 'en'] as const) {
          const text = describeFact(key, value, lang);
          expect(text, `${key}=${value} (${lang})`).not.toContain(`: ${value}`);
          expect(text.length).toBeGreaterThan(2);
        }
  });

  it('give yes and no different words for every boolean fact', () => {
    for (const [key, spec] of Object.entries(factLabelsDe)) {
      if (spec.kind !== 'boolean') continue;
      expect(describeFact(key, true, 'de'), key).not.toBe(describeFact(key, false, 'de'));
      expect(describeFact(key, true, 'en'), key).not.toBe(describeFact(key, false, 'en'));
    }
  });
});

describe('describeFact', () => {
  it('names a country in the reader’s language, and statelessness', () => {
    expect(describeFact('nationality', 'TN', 'de')).toBe('Tunesien');
    expect(describeFact('nationality', 'TN', 'en')).toBe('Tunisia');
    expect(describeFact('nationality', 'stateless', 'de')).toBe('staatenlos');
  });

  it('shows a partial date as said and never makes up a day', () => {
    expect(describeFact('toleratedSince', '2025-09', 'de')).toBe('Duldung seit 09/2025');
    expect(describeFact('toleratedSince', '2025-09', 'en')).toBe('tolerated since September 2025');
    expect(describeFact('entryDate', '2021', 'de')).toBe('Einreise 2021 (Monat?)');
    expect(describeFact('entryDate', '2021', 'en')).toBe('entered 2021 (month?)');
    expect(describeFact('entryDate', '2021', 'de', { partial: 'plain' })).toBe('Einreise 2021');
    expect(describeFact('asylumAppliedOn', '2024-01-01', 'de')).toBe('Asylantrag 01.01.2024');
    expect(describeDate('2024-03-05', 'en')).toBe('5 March 2024');
  });

  it('writes numbers the reader’s way', () => {
    expect(describeFact('job.hourlyWage', 13.9, 'de')).toBe('13,90 €/Std.');
    expect(describeFact('job.hoursPerWeek', 30, 'en')).toBe('30 hours a week');
    expect(describeFact('age', 22, 'de')).toBe('22 Jahre alt');
  });

  it('reads a permit basis as a permit', () => {
    expect(describeFact('permitBasis', '25b', 'de')).toBe('Aufenthaltserlaubnis nach § 25b');
  });

  it('says when a fact is not known, and shows what it cannot name instead of dropping it', () => {
    expect(describeFact('entryDate', 'unknown', 'de')).toBe('Einreise: weiß nicht');
    expect(describeFact('status', 'something', 'en')).toBe('Document: something');
    expect(describeFact('noSuchFact', 3, 'de')).toBe('noSuchFact: 3');
  });

  it('gives the bare value for a correction line and a short label for a chip', () => {
    expect(describeValue('entryDate', '2019', 'de', { partial: 'plain' })).toBe('2019');
    expect(describeValue('job.hoursPerWeek', 20, 'de')).toBe('20');
    expect(describeValue('status', 'duldung', 'de')).toBe('Duldung');
    expect(factLabel('nationality', 'de')).toBe('Staatsangehörigkeit');
  });
});
