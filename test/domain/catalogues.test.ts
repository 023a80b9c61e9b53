import { describe, expect, it } from 'vitest';
import { formatDate, formatMessage, formatNumber, MESSAGE_KEYS } from '../../src/domain/messages.js';
import { assessmentDe } from '../../src/i18n/assessment.de.js';
import { assessmentEn } from '../../src/i18n/assessment.en.js';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('assessment catalogues', () => {
  it('have a text for every message key in German and English and nothing else', () => {
    expect(Object.keys(assessmentDe).sort()).toEqual([...MESSAGE_KEYS].sort());
    expect(Object.keys(assessmentEn).sort()).toEqual([...MESSAGE_KEYS].sort());
    expect(new Set(MESSAGE_KEYS).size).toBe(MESSAGE_KEYS.length);
  });

  it('use the same placeholders in both languages', () => {
    for (const key of MESSAGE_KEYS) {
      expect(placeholders(assessmentEn[key]), key).toEqual(placeholders(assessmentDe[key]));
    }
  });

  it('contain no empty texts', () => {
    for (const key of MESSAGE_KEYS) {
      expect(assessmentDe[key].trim().length, key).toBeGreaterThan(0);
      expect(assessmentEn[key].trim().length, key).toBeGreaterThan(0);
    }
  });
});

describe('message formatting', () => {
  it('writes dates the German and the English way', () => {
    expect(formatDate('2026-06-12', 'de')).toBe('12.06.2026');
    expect(formatDate('2026-06-12', 'en')).toBe('12 June 2026');
    expect(formatDate('not a date', 'de')).toBe('not a date');
  });

  it('writes amounts with a decimal comma in German', () => {
    expect(formatNumber(13.9, 'de')).toBe('13,90');
    expect(formatNumber(13.9, 'en')).toBe('13.90');
    expect(formatNumber(14, 'de')).toBe('14');
  });

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(formatMessage('ab {date}: {wage} € ({name})', { date: '2027-01-01', wage: 14.6, name: 'Lotse' }, 'de')).toBe(
      'ab 01.01.2027: 14,60 € (Lotse)',
    );
    expect(formatMessage('{missing}', undefined, 'en')).toBe('{missing}');
  });
});
