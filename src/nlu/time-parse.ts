import { addDays, addMonths, type Ymd, ymd } from './date-math.js';
import { durations, type Precision, relOf, type TimeExpr } from './time-durations.js';
import { MONTH_ALT, MONTHS, NUMBER_WORDS, UNITS, WEEKDAYS } from './time-words.js';

type Parsed = Omit<TimeExpr, 'start' | 'end' | 'rel'> | undefined;
const M = `(${MONTH_ALT})`;
const year = (s: string) => (s.length === 2 ? 2000 + Number(s) : Number(s));
const month = (s: string | undefined) => MONTHS[s ?? ''] ?? 0;
const at = (date: Ymd | undefined, precision: Precision, endOf?: 'month' | 'year'): Parsed =>
  date ? { date, precision, ...(endOf ? { endOf } : {}) } : undefined;
const inMonth = (y: number, m: number, endOf?: 'month') => at(ymd(y, m, 1), 'month', endOf);
const inYear = (y: number, endOf?: 'year') => at(ymd(y, 1, 1), 'year', endOf);
// biome-ignore format: a compact table reads better than one entry per line
const PART: Record<string, number> = { anfang: 1, beginning: 1, early: 1, mitte: 7, mid: 7, ende: 12, end: 12, late: 12, fruehling: 4, fruehjahr: 4, spring: 4, sommer: 7, summer: 7, herbst: 10, autumn: 10, fall: 10, winter: 1 };
const partOf = (s: string) => PART[s.split(' ')[0] ?? ''] ?? 1;
const isEnd = (s: string | undefined) => /^(?:ende|end|late)\b/.test(s ?? '');
/** A two-digit year after a month ("März 24") unless the number counts something ("März 24 Stunden"). */
const SHORT_YEAR = "'?(\\d{2})(?! ?(?:stunden|std|h\\b|hours|jahre|years|euro|eur|€|uhr|prozent|%|tage|days|[.,:]\\d))";

const LATER_N = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const SEASON = 'fruehling|fruehjahr|sommer|herbst|winter|spring|summer|autumn|fall';
const NUM = Object.keys(NUMBER_WORDS)
  .filter((w) => NUMBER_WORDS[w] !== undefined && Number.isInteger(NUMBER_WORDS[w]) && w.length > 1)
  .join('|');
/**
 * A year counted from today ("letztes Jahr", "vorletzten Jahres", "the year before last", "this year",
 * "vor zwei Jahren", "two years ago"); with a month or a season beside it, the date is that month or year.
 */
const REL_YEAR = `(?:(?:vor)?letzte[nms]? jahr(?:es)?|vergangene[nms]? jahr(?:es)?|vorige[nms]? jahr(?:es)?|vor (?:einem|1) jahr|(?:a|one|1) year ago|diese[nms]? jahr(?:es)?|(?:the )?year before last|last year|this year|vor (?:\\d+|${NUM}) jahren|(?:\\d+|${NUM}) years ago)`;
function yearsBack(phrase: string): number {
  if (/vorletzt|before last/.test(phrase)) return 2;
  if (/letzt|vergangen|vorig|last|vor (?:einem|1) jahr\b|\b(?:a|one|1) year ago/.test(phrase)) return 1;
  const n = /(\d+|[a-z]+) (?:jahren|years)/.exec(phrase.replace(/^vor /, ''));
  if (n && /jahren|ago/.test(phrase)) return /^\d/.test(n[1] ?? '') ? Number(n[1]) : (NUMBER_WORDS[n[1] ?? ''] ?? 0);
  return 0;
}
/** A month or a season of a year counted from today ("letztes Jahr im März", "im Herbst vorletzten Jahres"). */
function inRelativeYear(part: string, phrase: string, t: Ymd): Parsed {
  const y = t.y - yearsBack(phrase);
  const mo = month(part);
  if (mo) return inMonth(y, mo);
  return inYear(y, isEnd(part) ? 'year' : undefined);
}
const PART_OF_YEAR = `(${MONTH_ALT}|${SEASON}|anfang|mitte|ende|beginning|early|mid|end|late)`;

/**
 * Date patterns, most explicit first; each match is blanked so shorter patterns do not see it again.
 * Each keeps the precision it was said with: a month is a month, a year a year (never 1 January).
 */
const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpMatchArray, today: Ymd) => Parsed]> = [
  // "im April desselben Jahres", "in November of the same year", "in april the same year": a month of the year
  // said before (resolved in time-cues.ts).
  [
    new RegExp(
      `\\b(?:im|in) ${M} (?:desselben|des selben|des gleichen|jenes) jahres\\b|\\bin ${M},? (?:of )?(?:the same|that same|that) year\\b`,
      'g',
    ),
    (m) => ({ anaphor: 'year', month: { m: month(m[1] ?? m[2]), d: 1, endOfMonth: false }, precision: 'month' }),
  ],
  // "drei Monate später", "a year later", "zwei Wochen danach": the date said before, moved on.
  [
    new RegExp(
      // "worked there for 18 months before that" is a length, not a date moved back.
      `(?<!\\b(?:for|fuer|seit|since|during|waehrend) )\\b(\\d+|${LATER_N}) (${Object.keys(UNITS).join('|')}) (spaeter|danach|darauf|later|afterwards|after that|vorher|davor|zuvor|before(?! (?:the|his|her|\\d))|earlier)\\b`,
      'g',
    ),
    (m) => {
      const n = /^\d/.test(m[1] ?? '') ? Number(m[1]) : (NUMBER_WORDS[m[1] ?? ''] ?? 0);
      const [months, days] = UNITS[m[2] ?? ''] ?? [0, 0];
      // "zwei Wochen vorher", "a week before": moved back.
      const sign = /^(?:vorher|davor|zuvor|before|earlier)$/.test(m[3] ?? '') ? -1 : 1;
      return { anaphor: 'same', later: { months: sign * n * months, days: sign * n * days }, precision: 'day' };
    },
  ],
  // "two weeks after arriving in March 2024", "einen Monat nach der Einreise im Januar 2022": the date said next, moved on.
  [
    new RegExp(
      `\\b(\\d+|${LATER_N}) (${Object.keys(UNITS).join('|')}) (?:after|nach) (?=(?:arriving|entering|coming|(?:his|her|the|der|seiner|ihrer) (?:arrival|entry|einreise|ankunft))\\b)`,
      'g',
    ),
    (m) => {
      const n = /^\d/.test(m[1] ?? '') ? Number(m[1]) : (NUMBER_WORDS[m[1] ?? ''] ?? 0);
      const [months, days] = UNITS[m[2] ?? ''] ?? [0, 0];
      return { anaphor: 'same', ahead: true, later: { months: n * months, days: n * days }, precision: 'day' };
    },
  ],
  // "im Folgejahr", "im Jahr darauf", "the following year", "the year after": the year after the date said before.
  [
    /\b(?:im )?folgejahr|\b(?:im )?(?:darauf ?folgenden|naechsten) jahr(?= darauf)|\bim jahr darauf\b|\b(?:in )?the (?:following|subsequent) year\b|\bthe year after(?! (?:next|that))\b/g,
    () => ({ anaphor: 'year', later: { months: 12, days: 0 }, precision: 'year' }),
  ],
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (m) => at(ymd(Number(m[1]), Number(m[2]), Number(m[3])), 'day')],
  [/\b(\d{4})-(\d{2})\b(?!-)/g, (m) => inMonth(Number(m[1]), Number(m[2]))],
  [/\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b/g, (m) => at(ymd(year(m[3] ?? ''), Number(m[2]), Number(m[1])), 'day')],
  // "15 March next year", "am 20. Februar nächsten Jahres", "June 5th next year", "on March 31st": a day of a
  // year counted from today, or of no year said.
  [
    new RegExp(
      `\\b(?:(\\d{1,2})(?:\\.|st|nd|rd|th)? ?(?:of )?${M}|${M}\\.? (\\d{1,2})(?:st|nd|rd|th))\\.?,? (${REL_YEAR}|next year|(?:naechsten|kommenden) jahres)\\b`,
      'g',
    ),
    (m, t) => {
      const phrase = m[5] ?? '';
      const y = /next|naechst|kommend/.test(phrase) ? t.y + 1 : t.y - yearsBack(phrase);
      return at(ymd(y, month(m[2] ?? m[3]), Number(m[1] ?? m[4])), 'day');
    },
  ],
  [
    new RegExp(`\\b${M}\\.? (\\d{1,2})(?:st|nd|rd|th)\\b(?!,? \\d{4})`, 'g'),
    (m) => ({ month: { m: month(m[1]), d: Number(m[2]), endOfMonth: false }, precision: 'day' }),
  ],
  [
    new RegExp(`\\b(\\d{1,2})(?:\\.|st|nd|rd|th)? ?(?:of )?${M}\\.?(?: ?,? ?(?:(\\d{4})\\b|${SHORT_YEAR}\\b))?`, 'g'),
    (m) => {
      const y = m[3] ?? m[4];
      return y
        ? at(ymd(year(y), month(m[2]), Number(m[1])), 'day')
        : { month: { m: month(m[2]), d: Number(m[1]), endOfMonth: false }, precision: 'day' };
    },
  ],
  [
    new RegExp(`\\b${M}\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'g'),
    (m) => at(ymd(Number(m[3]), month(m[1]), Number(m[2])), 'day'),
  ],
  [
    new RegExp(`\\b(anfang|mitte|ende|beginning of|early|mid|end of|late) ${M}\\.? (\\d{4})\\b`, 'g'),
    (m) => inMonth(Number(m[3]), month(m[2]), isEnd(m[1]) ? 'month' : undefined),
  ],
  [new RegExp(`\\b${M}\\.? (?:of )?(\\d{4})\\b`, 'g'), (m) => inMonth(Number(m[2]), month(m[1]))],
  [new RegExp(`\\b${M}\\.? ${SHORT_YEAR}\\b`, 'g'), (m) => inMonth(year(m[2] ?? ''), month(m[1]))],
  [
    /\b(\d{1,2})\.(\d{1,2})\.(?!\d)/g,
    (m) => ({ month: { m: Number(m[2]), d: Number(m[1]), endOfMonth: false }, precision: 'day' }),
  ],
  [/\b(\d{1,2})[./](\d{4})\b/g, (m) => inMonth(Number(m[2]), Number(m[1]))],
  // "seit 03/22", "duldung seit 2/24", "since 07/21": a month and a two-digit year; not "24/7", "1/2", "50/50".
  [
    /(?<![\d./])\b(0?[1-9]|1[0-2])\/(\d{2})\b(?![\d/]|\.\d| ?(?:stunden|std|h\b|hours|uhr|tage|days|shifts?|schicht))/g,
    // A year ahead only as an expiry ("duldung exp. 04/27", "gültig bis 3/28").
    (m, t) =>
      2000 + Number(m[2]) <= t.y ||
      (2000 + Number(m[2]) <= t.y + 10 &&
        /\b(?:exp\w*|bis|until|till|gueltig|valid|laeuft|runs?)\W*$/.test(
          (m.input ?? '').slice(Math.max(0, (m.index ?? 0) - 24), m.index),
        ))
        ? inMonth(2000 + Number(m[2]), Number(m[1]))
        : undefined,
  ],
  [
    /\b(anfang|mitte|ende|beginning of|early|mid|end of|late|fruehling|fruehjahr|spring|sommer|summer|herbst|autumn|fall|winter) (\d{4})\b/g,
    (m) => inYear(Number(m[2]), isEnd(m[1]) ? 'year' : undefined),
  ],
  // "summer 22", "im Frühjahr '23", "since spring 23": a season and a two-digit year (not "Mitte 20", an age).
  [
    new RegExp(`\\b(?:${SEASON})(?: of)? ${SHORT_YEAR.replace('(?!', '(?! ?(?:grad|degrees?)\\b|')}\\b`, 'g'),
    (m, t) => (2000 + Number(m[1]) <= t.y ? inYear(2000 + Number(m[1])) : undefined),
  ],
  // "letztes Jahr im März", "last year in may", "vor zwei Jahren im Sommer", "this year in January".
  [
    new RegExp(`\\b(${REL_YEAR}),? (?:im|in|in the|am) ${PART_OF_YEAR}\\b`, 'g'),
    (m, t) => inRelativeYear(m[2] ?? '', m[1] ?? '', t),
  ],
  // "im Herbst letzten Jahres", "im März vorletzten Jahres", "february this year", "march of last year",
  // "Anfang dieses Jahres", "end of last year".
  [
    new RegExp(`\\b${PART_OF_YEAR} (?:of |des |of the )?(${REL_YEAR})\\b`, 'g'),
    (m, t) => inRelativeYear(m[1] ?? '', m[2] ?? '', t),
  ],
  [/\b(?:vorletzte[mns]? jahr(?:es)?|(?:the )?year before last)\b/g, (_m, t) => inYear(t.y - 2)],
  // "in diesem Jahr" after a date is "that same year" (ANAPHORS below), not today's.
  [/(?<!\bin )\b(?:diese[mns]? jahr(?:es)?|this year)\b/g, (_m, t) => inYear(t.y)],
  [
    /\bende (?:des )?(?:naechsten|kommenden) monats\b|\bend of (?:the )?next month\b/g,
    (_m, t) => inMonth(addMonths(t, 1).y, addMonths(t, 1).m, 'month'),
  ],
  [/\b(?:naechsten|kommenden) monat|\bnext month\b/g, (_m, t) => inMonth(addMonths(t, 1).y, addMonths(t, 1).m)],
  [/\b(?:letzte[nm]|vergangene[nm]) monat|\blast month\b/g, (_m, t) => inMonth(addMonths(t, -1).y, addMonths(t, -1).m)],
  [/\bende (?:naechsten|kommenden) jahres|\bend of next year\b/g, (_m, t) => inYear(t.y + 1, 'year')],
  [/\bende (?:des|dieses) jahres|\bjahresende\b|\bend of (?:the|this) year\b/g, (_m, t) => inYear(t.y, 'year')],
  [/\b(?:naechstes|kommendes) jahr\b|\bnext year\b/g, (_m, t) => inYear(t.y + 1)],
  [/\b(?:letzte[mns]?|vergangene[mns]?|vorige[mns]?) jahr(?:es)?\b|\blast year\b/g, (_m, t) => inYear(t.y - 1)],
  [/\b(?:ende (?:des|dieses) monats|monatsende|end of (?:the|this) month)\b/g, (_m, t) => inMonth(t.y, t.m, 'month')],
  // "seit letztem Sommer", "since last March": the latest such season or month before today.
  [
    /\b(?:letzte[mns]?|vergangene[mns]?|last) (fruehling|fruehjahr|sommer|herbst|winter|spring|summer|autumn|fall)\b/g,
    (m, t) => inYear(partOf(m[1] ?? '') + 2 < t.m ? t.y : t.y - 1),
  ],
  [
    new RegExp(`\\b(?:letzte[mns]?|vergangene[mns]?|last) ${M}\\b`, 'g'),
    (m, t) => {
      const mo = month(m[1]);
      return inMonth(mo < t.m ? t.y : t.y - 1, mo);
    },
  ],
  // "nächsten März", "next April", "kommenden Mai": the first such month after today.
  [
    new RegExp(`\\b(?:naechste[nms]?|kommende[nms]?|next|this coming) ${M}\\b`, 'g'),
    (m, t) => {
      const mo = month(m[1]);
      return inMonth(mo > t.m ? t.y : t.y + 1, mo);
    },
  ],
  // "since this February", "diesen März": that month of today's year.
  [new RegExp(`\\b(?:diesen|this) ${M}\\b`, 'g'), (m, t) => inMonth(t.y, month(m[1]))],
  // "im Sommer hat er die Duldung bekommen", "since the spring": a season without its year is the latest one for a
  // past fact and the next one for an expiry, as a month without a year; it gives its year only.
  [
    /(?<=\b(?:im|in|in the|seit|since|since the|bis|until|till|ab|from|vom) )(fruehling|fruehjahr|sommer|herbst|spring|summer|autumn|fall)\b(?! (?:(?:of|des|of the) )?(?:\d|(?:dieses|desselben|jenes|letzten|vorletzten|naechsten|kommenden|that|this|last|next|the same)\b))/g,
    (m) => ({ month: { m: partOf(m[1] ?? ''), d: 1, endOfMonth: false }, precision: 'year' }),
  ],
  [
    new RegExp(`\\b(?:ende|end of) ${M}\\b`, 'g'),
    (m) => ({ month: { m: month(m[1]), d: 1, endOfMonth: true }, precision: 'month', endOf: 'month' }),
  ],
  [
    new RegExp(
      `(?<=\\b(?:im|in|seit|seid|since|bis|until|till|ab|from|von|zum|by|anfang|mitte|early|mid|late|vom|of) )${M}\\b`,
      'g',
    ),
    (m) => ({ month: { m: month(m[1]), d: 1, endOfMonth: false }, precision: 'month' }),
  ],
  // "expires feb", "läuft März ab", "gilt bis": a bare month right after a word of expiry is the next such month.
  [
    new RegExp(
      `(?<=\\b(?:expires?|expiring|exp|laeuft|lauft|gilt|endet|ends|valid|gueltig|runs out|runs out in) )(?!may\\b)${M}\\b`,
      'g',
    ),
    (m) => ({ month: { m: month(m[1]), d: 1, endOfMonth: false }, precision: 'month' }),
  ],
  [
    /(?<!(?:§ ?|nr\.? |abs\.? ))\b(19[5-9]\d|20[0-4]\d)\b(?! ?(?:€|euro|eur\b|stunden|std|km|mitarbeiter|leute|personen|menschen))/g,
    (m) => inYear(Number(m[1])),
  ],
];

/**
 * "seitdem", "seither", "since then", "ever since": the time of the date said before ("2018 abgelehnt,
 * seitdem geduldet"); "im selben Jahr", "the same year": that date's year. Resolved in time-cues.ts.
 */
const ANAPHORS: ReadonlyArray<readonly [RegExp, 'year' | 'same' | 'month', TimeExpr['rel'], 'soon'?]> = [
  [
    /\b(?:seitdem|seither|seit damals|since then|ever since)\b(?! *(?:the |dem |den )?(?:\d|\w+ \d{4}))/g,
    'same',
    'since',
  ],
  [/\b(?:im (?:selben|gleichen) jahr|(?:in )?the same year|that same year|that year|in diesem jahr)\b/g, 'year', 'at'],
  // "claimed asylum that autumn", "im selben Herbst": a season of the year said before, that year.
  [
    /\b(?:(?:in )?that (?:same )?(?:spring|summer|autumn|fall|winter)|im (?:selben|gleichen) (?:fruehling|fruehjahr|sommer|herbst|winter)|in jenem (?:fruehling|fruehjahr|sommer|herbst|winter))\b/g,
    'year',
    'at',
  ],
  // "applied for asylum in March 2016, the year he arrived", "im Jahr seiner Einreise": the year said before, whose
  // arrival verb is part of the phrase.
  [
    /\b(?:(?:in )?the year (?:he|she|they) (?:arrived|came|entered)|(?:in )?the year of (?:his|her|their) (?:arrival|entry)|im jahr (?:seiner|ihrer) (?:einreise|ankunft)|(?:im|in dem) jahr,? (?:in dem|als) (?:er|sie) (?:kam|einreiste|eingereist ist|gekommen ist|ankam))\b/g,
    'year',
    'at',
  ],
  [/\b(?:im (?:selben|gleichen) monat|(?:in )?the same month|that same month)\b/g, 'month', 'at'],
  // "landed on 9 October, asked for asylum the same day": the date said before, at its precision.
  [/\b(?:am (?:selben|gleichen|selbigen) tag|(?:on )?the same day|that same day)\b/g, 'same', 'at'],
  // "kam im Sommer 22 und hat damals Asyl beantragt", "asked for asylum back then": the date said before, only beside
  // an arrival or an application ("damals hatte sie eine Duldung" names no start).
  [
    /(?<=\b(?:asyl\w*|asylum|beantragt|gestellt|applied|filed|claimed|lodged|eingereist|gekommen|kam|came|arrived|entered)\b(?: [\w']+){0,3} )(?:damals|back then|at (?:that|the) time)\b|\b(?:damals|back then|at (?:that|the) time)\b(?=(?: [\w']+){0,4} (?:asyl\w*|asylum|beantragt|gestellt|applied|filed|eingereist|gekommen|kam|came|arrived|entered)\b)/g,
    'same',
    'at',
  ],
  // "kam 2018 und hat sofort Asyl beantragt", "applied for asylum right away": at the date
  // said before, but not on its day (a day later is "right after" too): its month at best.
  [
    /\bgleich(?= (?:\w+ )?(?:asyl|den asylantrag|einen asylantrag|beantragt))|\b(?:sofort|umgehend|gleich danach|direkt danach|kurz danach|right away|straight away|immediately|soon after|shortly after(?:wards)?)\b(?! *(?:the |dem |den |am |on )?(?:\d|\w+ \d{4}))/g,
    'same',
    'at',
    'soon',
  ],
];

const WEEKDAY_ALT = Object.keys(WEEKDAYS).join('|');
const BARE_DAY =
  /(?<=\b(?:am|zum|on the|the|on)\s)(\d{1,2})(?:\.|st\b|nd\b|rd\b|th\b)(?!\d| ?(?:mal|tag|stock|versuch|lehrjahr|ausbildungsjahr|jahr|time|floor|day|attempt|year|week|try|place|platz)\b)/g;
const dayOfWeek = (d: Ymd) => ((new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay() + 6) % 7) + 1;

/** The latest such weekday before today ("letzten Freitag", "am Montag", "on Friday") or the next one after it. */
function weekday(name: string, today: Ymd, next: boolean): Ymd {
  const want = WEEKDAYS[name] ?? 1;
  const now = dayOfWeek(today);
  const back = (now - want + 7) % 7 || 7;
  return next ? addDays(today, 7 - back) : addDays(today, -back);
}

/** Days counted from today: the day of an ending or an expiry (see `TimeExpr.deictic`). */
const DEICTIC: ReadonlyArray<readonly [RegExp, (m: RegExpMatchArray, today: Ymd) => Ymd]> = [
  [/\b(?:vorgestern|(?:the )?day before yesterday)\b/g, (_m, t) => addDays(t, -2)],
  [/\b(?:gestern|yesterday)\b/g, (_m, t) => addDays(t, -1)],
  [/\b(?:heute|today|this morning|this afternoon|earlier today)\b/g, (_m, t) => t],
  [
    // "until last Friday", "bis letzten Montag": the words of the past belong to the day, so "until" stays in front.
    new RegExp(
      `\\b(?:(naechsten|kommenden|next|this coming) |(?:last|letzten|vergangenen|previous) )?(${WEEKDAY_ALT})\\b`,
      'g',
    ),
    (m, t) => weekday(m[2] ?? '', t, m[1] !== undefined),
  ],
];

// biome-ignore format: a compact table reads better than one entry per line
const DE_UNITS: Record<string, number> = { ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };
// biome-ignore format: a compact table reads better than one entry per line
const DE_TEENS: Record<string, number> = { zehn: 10, elf: 11, zwoelf: 12, dreizehn: 13, vierzehn: 14, fuenfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19 };
// biome-ignore format: a compact table reads better than one entry per line
const DE_TENS: Record<string, number> = { zwanzig: 20, dreissig: 30, vierzig: 40, fuenfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 };
// biome-ignore format: a compact table reads better than one entry per line
const EN_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
// biome-ignore format: a compact table reads better than one entry per line
const EN_TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
// biome-ignore format: a compact table reads better than one entry per line
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const alt = (o: Record<string, number>) =>
  Object.keys(o)
    .sort((a, b) => b.length - a.length)
    .join('|');
/** 1–99 in German words: "fuenfundzwanzig", "zwanzig", "elf", "drei". */
const DE_N = `(?:(?:${alt(DE_UNITS)})und(?:${alt(DE_TENS)})|${alt(DE_TENS)}|${alt(DE_TEENS)}|${alt(DE_UNITS)})`;
/** 1–99 in English words: "twenty five", "nineteen", "three". */
const EN_N = `(?:(?:${alt(EN_TENS)})(?: (?:${alt(EN_UNITS)}))?|${alt(EN_TEENS)}|${alt(EN_UNITS)})`;
const YEAR_WORDS = new RegExp(
  [
    `\\bzweitausend(?:und)?(${DE_N})?\\b`,
    `\\b(zwanzig|neunzehn) ?(?:hundert ?)?(${DE_N})\\b`,
    `\\btwo thousand(?: and)?(?: (${EN_N}))?\\b`,
    `\\b(twenty|nineteen) (?:oh (${EN_N})|(${EN_N}))\\b`,
  ].join('|'),
  'g',
);

function wordValue(words: string): number {
  const w = words.trim();
  const de = /^(?:(\w+?)und)?(\w+)$/.exec(w);
  if (
    de &&
    (DE_TENS[de[2] ?? ''] !== undefined || DE_TEENS[de[2] ?? ''] !== undefined || DE_UNITS[de[2] ?? ''] !== undefined)
  )
    return (DE_UNITS[de[1] ?? ''] ?? 0) + (DE_TENS[de[2] ?? ''] ?? DE_TEENS[de[2] ?? ''] ?? DE_UNITS[de[2] ?? ''] ?? 0);
  return w.split(' ').reduce((n, x) => n + (EN_TENS[x] ?? EN_TEENS[x] ?? EN_UNITS[x] ?? 0), 0);
}

/**
 * "zweitausendfünfundzwanzig", "zwanzig fünfundzwanzig", "two thousand twenty-five", "twenty twenty-five":
 * a year said in words is written as its digits, padded to the same length so every offset stays valid.
 */
export function yearsInDigits(text: string): string {
  return text.replace(
    YEAR_WORDS,
    (
      all: string,
      deN?: string,
      deC?: string,
      deCN?: string,
      enN?: string,
      enC?: string,
      enOh?: string,
      enCN?: string,
    ) => {
      let year: number | undefined;
      if (all.startsWith('zweitausend')) year = 2000 + (deN ? wordValue(deN) : 0);
      else if (deC && deCN) year = (deC === 'zwanzig' ? 2000 : 1900) + wordValue(deCN);
      else if (all.startsWith('two thousand')) year = 2000 + (enN ? wordValue(enN) : 0);
      else if (enC && (enOh || enCN)) {
        const n = wordValue(enOh ?? enCN ?? '');
        if (!enOh && n < 10) return all;
        year = (enC === 'twenty' ? 2000 : 1900) + n;
      }
      if (year === undefined || year < 1950 || year > 2049) return all;
      return String(year).padEnd(all.length, ' ');
    },
  );
}

// biome-ignore format: a compact table reads better than one entry per line
const DE_ORDINALS: Record<string, number> = {
  erst: 1, zweit: 2, dritt: 3, viert: 4, fuenft: 5, sechst: 6, siebt: 7, siebent: 7, acht: 8, neunt: 9, zehnt: 10,
  elft: 11, zwoelft: 12, dreizehnt: 13, vierzehnt: 14, fuenfzehnt: 15, sechzehnt: 16, siebzehnt: 17, achtzehnt: 18,
  neunzehnt: 19, zwanzigst: 20, dreissigst: 30,
};
// biome-ignore format: a compact table reads better than one entry per line
const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const DE_DAY = `(?:(?:${alt(DE_UNITS)})und(?:zwanzigst|dreissigst)|${alt(DE_ORDINALS)})(?:en|er|em|e)\\b`;
const EN_DAY = `(?:(?:twenty|thirty) (?:${alt(EN_ORDINALS)})|${alt(EN_ORDINALS)})\\b`;
const DAY_WORDS = new RegExp(
  `\\b(${DE_DAY})(?= (?:${MONTH_ALT})\\b)|\\b(${EN_DAY})(?= of (?:${MONTH_ALT})\\b| (?!may\\b|mar\\b)(?:${MONTH_ALT})\\b)`,
  'g',
);

function ordinalValue(words: string): number {
  const de = /^(?:(\w+?)und)?(\w+?)(?:en|er|em|e)$/.exec(words);
  if (de && DE_ORDINALS[de[2] ?? ''] !== undefined)
    return (DE_UNITS[de[1] ?? ''] ?? 0) + (DE_ORDINALS[de[2] ?? ''] ?? 0);
  const [a, b] = words.split(' ');
  return b === undefined ? (EN_ORDINALS[a ?? ''] ?? 0) : (EN_TENS[a ?? ''] ?? 0) + (EN_ORDINALS[b] ?? 0);
}

/**
 * "am dritten Oktober", "zum ersten März", "on the third of October", "twenty-first of May": a day said in words
 * is written as its digits ("3.", "3rd"), right-aligned in the word's place so every offset stays valid.
 */
export function dayWordsInDigits(text: string): string {
  return text.replace(DAY_WORDS, (all: string, de?: string, en?: string) => {
    const n = ordinalValue(de ?? en ?? '');
    if (n < 1 || n > 31) return all;
    const suffix = de
      ? '.'
      : n % 10 === 1 && n !== 11
        ? 'st'
        : n % 10 === 2 && n !== 12
          ? 'nd'
          : n % 10 === 3 && n !== 13
            ? 'rd'
            : 'th';
    const digits = `${n}${suffix}`;
    return digits.length > all.length ? all : digits.padStart(all.length, ' ');
  });
}

export function parseTimes(said: string, today: Ymd): TimeExpr[] {
  // The words before a date ("zum", "until the") are read from the same rewritten text, offsets unchanged.
  const maskedText = dayWordsInDigits(yearsInDigits(said));
  let text = maskedText;
  const out: TimeExpr[] = [];
  for (const [re, build] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const parsed = build(m, today);
      const start = m.index;
      const end = start + m[0].length;
      text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
      if (!parsed || (parsed.month && parsed.month.m === 0)) continue;
      const rel = relOf(maskedText, start, end);
      // "in 2019" / "in March" is a point in time; only a duration reads "in" as "from now".
      out.push({ ...parsed, start, end, rel: rel === 'in' ? 'at' : rel });
    }
  }
  // "am 2.", "the 2nd", "on the 2nd": a day without its month, kept apart so it is read as no date.
  for (const m of text.matchAll(BARE_DAY)) {
    const d = Number(m[1]);
    if (d < 1 || d > 31) continue;
    const start = m.index;
    const end = start + m[0].length;
    text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
    out.push({ start, end, rel: 'at', precision: 'day', dayOnly: d });
  }
  for (const [re, build] of DEICTIC) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
      const rel = relOf(maskedText, start, end);
      out.push({ date: build(m, today), precision: 'day', start, end, rel: rel === 'in' ? 'at' : rel, deictic: true });
    }
  }
  for (const [re, precision, rel, soon] of ANAPHORS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
      out.push({
        start,
        end,
        rel,
        precision: precision === 'year' ? 'year' : precision === 'month' ? 'month' : 'day',
        anaphor: precision,
        ...(soon ? { later: { months: 0, days: 0 } } : {}),
      });
    }
  }
  const all = [...out, ...durations(text)].sort((a, b) => a.start - b.start);
  // "am Freitag (4.12.)", "Friday, 4 December": the weekday names the date beside it; the date decides.
  return all.filter((e, i) => {
    const next = all[i + 1];
    return !(
      e.deictic &&
      next &&
      !next.deictic &&
      /^[\s,(]*(?:den|the)?[\s,(]*$/.test(maskedText.slice(e.end, next.start))
    );
  });
}
