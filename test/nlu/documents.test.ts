import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/nlu/countries-data.js';
import { de } from './helpers.js';

describe('nationalities', () => {
  it.each([
    ['Tunesier', 'TN'],
    ['Tunesierin', 'TN'],
    ['ein tunesischer Bewerber', 'TN'],
    ['aus Tunesien', 'TN'],
    ['Tunisian', 'TN'],
    ['Kosovare', 'XK'],
    ['Kosovarin', 'XK'],
    ['Palästinenser', 'stateless'],
    ['staatenlos', 'stateless'],
    ['stateless', 'stateless'],
    ['Afghanin', 'AF'],
    ['aus der Türkei', 'TR'],
    ['Turkish', 'TR'],
    ['aus der Republik Moldau', 'MD'],
    ['Nordmazedonier', 'MK'],
    ['Tunsier', 'TN'],
  ])('maps "%s" to %s', (text, code) => {
    expect(de(text).patch.nationality).toBe(code);
  });

  it('covers at least 80 countries, all safe countries of origin and the frequent origins', () => {
    const codes = new Set(COUNTRIES.map(([c]) => c));
    expect(codes.size).toBeGreaterThanOrEqual(80);
    const required =
      'AL BA GE GH XK MD ME MK SN RS BD CO EG IN MA TN TR RU IQ PK GN AF LB LY SY ER SO NG IR VN DZ CM ET SD YE GM UA';
    for (const c of required.split(' ')) expect(codes.has(c), c).toBe(true);
    for (const [code, names] of COUNTRIES) {
      if (code === 'stateless') continue;
      expect(de(`Er kommt aus ${names.split(', ')[0]}.`).patch.nationality, names).toBe(code);
    }
  });

  it('ignores a language, a negated country and a person called like a country', () => {
    expect(de('Er spricht Russisch und kommt aus Georgien.').patch.nationality).toBe('GE');
    expect(de('Er kommt nicht aus Syrien, sondern aus dem Irak.').patch.nationality).toBe('IQ');
    expect(de('Herr Georgia hat ihn empfohlen.').patch).toEqual({});
  });
});

describe('work clauses and statuses', () => {
  it.each([
    ['Erwerbstätigkeit nicht gestattet', 'erwerbstaetigkeit_nicht_gestattet'],
    ['Beschäftigung nur mit Erlaubnis der Ausländerbehörde gestattet', 'beschaeftigung_nur_mit_erlaubnis'],
    ['Beschaftigung nur mit Erlaubniss der Auslanderbehorde', 'beschaeftigung_nur_mit_erlaubnis'],
    ['Beschäftigung gestattet', 'beschaeftigung_gestattet'],
    ['Beschäftigung als Koch bei Firma Müller gestattet', 'nur_bestimmte_taetigkeit'],
    ['Beschäftigung nicht erlaubt mit Ausnahme der Tätigkeit als Koch bei X', 'nur_bestimmte_taetigkeit'],
    ['da steht nichts', 'keine_angabe'],
  ])('reads "%s" as %s', (text, clause) => {
    expect(de(text).patch.workClause).toBe(clause);
  });

  it('does not take a status that is only wanted or past', () => {
    expect(de('Kann er eine Ausbildungsduldung bekommen?').patch).toEqual({});
    expect(de('Früher hatte er eine Gestattung, jetzt ist er geduldet.').patch.status).toBe('duldung');
  });
});
