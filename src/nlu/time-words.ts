/** Month names (German, English, abbreviations) in folded spelling. */
// biome-ignore format: a compact table reads better than one entry per line
export const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jaenner: 1, january: 1, jan: 1,
  februar: 2, february: 2, feb: 2,
  maerz: 3, marz: 3, mrz: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6, juny: 6,
  juli: 7, july: 7, jul: 7, jully: 7,
  august: 8, aug: 8, agust: 8, augst: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  dezember: 12, december: 12, dez: 12, dec: 12,
};

export const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// biome-ignore format: a compact table reads better than one entry per line
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ein: 1, eine: 1, einem: 1, einen: 1, einer: 1, eins: 1, a: 1, an: 1, one: 1, nem: 1, nen: 1, ner: 1,
  zwei: 2, two: 2, zwoa: 2, zwa: 2, zwee: 2, zwo: 2, drei: 3, three: 3, vier: 4, four: 4, fuenf: 5, five: 5, sechs: 6, six: 6,
  sieben: 7, seven: 7, acht: 8, eight: 8, neun: 9, nine: 9, zehn: 10, ten: 10, elf: 11, eleven: 11,
  zwoelf: 12, twelve: 12, dreizehn: 13, thirteen: 13, vierzehn: 14, fourteen: 14, fuenfzehn: 15, fifteen: 15,
  sechzehn: 16, sixteen: 16, siebzehn: 17, seventeen: 17, achtzehn: 18, eighteen: 18, neunzehn: 19, nineteen: 19, zwanzig: 20, twenty: 20, dreissig: 30, thirty: 30,
  anderthalb: 1.5, eineinhalb: 1.5, zweieinhalb: 2.5, dreieinhalb: 3.5, viereinhalb: 4.5,
};

/** Unit → [months, days] per unit. */
// biome-ignore format: a compact table reads better than one entry per line
export const UNITS: Readonly<Record<string, readonly [number, number]>> = {
  jahr: [12, 0], jahre: [12, 0], jahren: [12, 0], jahres: [12, 0], year: [12, 0], years: [12, 0], yr: [12, 0], yrs: [12, 0],
  monat: [1, 0], monate: [1, 0], monaten: [1, 0], monats: [1, 0], month: [1, 0], months: [1, 0],
  woche: [0, 7], wochen: [0, 7], week: [0, 7], weeks: [0, 7],
  tag: [0, 1], tage: [0, 1], tagen: [0, 1], day: [0, 1], days: [0, 1],
};

export const HALF = new Set(['halb', 'halbe', 'halben', 'halbes']);
// biome-ignore format: a compact table reads better than one entry per line
export const QUALIFIERS = new Set([
  'ueber', 'knapp', 'fast', 'etwa', 'ca', 'circa', 'rund', 'ungefaehr', 'mindestens', 'gut', 'about', 'almost', 'over',
  'nearly', 'around', 'approximately', 'roughly', 'mehr', 'als', 'more', 'than', 'least',
]);

export type Rel = 'since' | 'from' | 'until' | 'ago' | 'in' | 'at' | 'for' | 'span' | 'none';

/** What the word before a time expression says about it ("seit 2021", "bis März", "vor 3 Jahren"). */
// biome-ignore format: a compact table reads better than one entry per line
export const REL_WORDS: Readonly<Record<string, Rel>> = {
  seit: 'since', seid: 'since', since: 'since',
  ab: 'from', from: 'from', von: 'from',
  for: 'for', fuer: 'span', after: 'for', nach: 'for',
  bis: 'until', until: 'until', till: 'until', through: 'until', by: 'until', to: 'until',
  // "vor 2020", "before 2020": no point in time of a fact ("vor 3 Jahren" counts back, see time-facts.ts)
  vor: 'ago', before: 'ago',
  in: 'in', innerhalb: 'in', within: 'in', noch: 'in',
  im: 'at', am: 'at', on: 'at', at: 'at', um: 'at', anfang: 'at', mitte: 'at', ende: 'at',
  // "effective 31 December", "wirksam zum 31.12.", "per 31.12.": the day something ends
  effective: 'until', wirksam: 'until', per: 'until',
};

/** Weekdays, Monday = 1 (folded spelling). */
// biome-ignore format: a compact table reads better than one entry per line
export const WEEKDAYS: Readonly<Record<string, number>> = {
  montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
// biome-ignore format: a compact table reads better than one entry per line
export const REL_FILLERS = new Set(['dem', 'den', 'der', 'die', 'the', 'of', 'zum', 'etwa', 'ca', 'ungefaehr', 'circa', 'about', 'around', 'schon', 'bereits', 'erst', 'already', 'approximately']);
