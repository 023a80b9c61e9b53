import fc from 'fast-check';
import type { z } from 'zod';

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; entries?: object };

const date = fc
  .date({ min: new Date('1985-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const nationality = fc.constantFrom('TN', 'AL', 'GE', 'SY', 'AF', 'UA', 'RS', 'XK', 'ZZ', 'stateless');

/**
 * Values of the shape a zod object schema describes, mostly valid and sometimes out of range:
 * enough to walk the rules engine through combinations no table lists. Only the kinds CaseFacts uses.
 */
export function arbitraryOf(schema: z.ZodType, key = ''): fc.Arbitrary<unknown> {
  const def = (schema as unknown as { def: Def }).def;
  switch (def.type) {
    case 'optional':
      return def.innerType ? arbitraryOf(def.innerType, key) : fc.constant(undefined);
    case 'enum':
      return fc.constantFrom(...(schema as unknown as { options: string[] }).options);
    case 'boolean':
      return fc.boolean();
    case 'number':
      return fc.oneof(
        { arbitrary: fc.integer({ min: 0, max: 60 }), weight: 20 },
        { arbitrary: fc.integer({ min: -3, max: 2000 }), weight: 1 },
        { arbitrary: fc.double({ noNaN: true }), weight: 1 },
      );
    case 'string':
      return date;
    case 'union':
      return nationality;
    case 'object': {
      const shape = def.shape ?? {};
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arbitraryOf(v, k)]));
      return fc.record(fields, { requiredKeys: [] });
    }
    default:
      throw new Error(`no arbitrary for ${key}: ${def.type}`);
  }
}

/** Words employers actually use, so random sentences reach deep into the understanding rules. */
const WORDS = [
  'Duldung',
  'geduldet',
  'Gestattung',
  'Aufenthaltsgestattung',
  'Ausbildungsduldung',
  'Beschäftigungsduldung',
  '§ 60c',
  '§60d',
  '§ 25b',
  '19d',
  'ungeklärte Identität',
  'Beschäftigung nur mit Erlaubnis der ABH',
  'Erwerbstätigkeit nicht gestattet',
  'Syrien',
  'Tunesien',
  'Georgien',
  'Albanien',
  'staatenlos',
  'seit',
  '2019',
  '14 Monaten',
  'vor 3 Jahren',
  'letzten Sommer',
  '01.02.2024',
  '31.12.',
  'bis März',
  'Helfer',
  'Minijob',
  'Ausbildung',
  'Praktikum',
  'Zeitarbeit',
  'Koch',
  '30 Std/Woche',
  '13,50 €',
  'nein',
  'ja',
  'weiß nicht',
  'keine Ahnung',
  'Mensch',
  'Berater',
  'nochmal',
  'doch',
  'nicht',
  'kein',
  'B1',
  'A2',
  'Abschiebung',
  'Flug gebucht',
  'Erstaufnahme',
  'tolerated',
  'since',
  'months',
  'no',
  'yes',
  "don't know",
  'asylum rejected',
  'work permit',
  'hours',
  '?',
  ',',
  '.',
  '-',
  '/',
  '0',
  '999999999999',
  'ß',
  'Ä',
  '🙂',
];
export const employerish = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 40 })
  .map((parts) => parts.join(' '));

/** Any text at all: random code points (lone surrogates, control characters) and employer-like sentences. */
export const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  employerish,
  fc.constantFrom('', ' ', '\u0000', '\u202e', 'x'.repeat(2000), '9'.repeat(2000), '.'.repeat(2000)),
);
