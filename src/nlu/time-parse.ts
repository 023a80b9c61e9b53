import { addMonths, type Ymd, ymd } from './date-math.js';
import { durations, relOf, type TimeExpr } from './time-durations.js';
import { MONTH_ALT, MONTHS } from './time-words.js';

type Parsed = Omit<TimeExpr, 'start' | 'end' | 'rel'> | undefined;
const M = `(${MONTH_ALT})`;
const year = (s: string) => (s.length === 2 ? 2000 + Number(s) : Number(s));
const month = (s: string | undefined) => MONTHS[s ?? ''] ?? 0;
const exact = (date: Ymd | undefined, approximate = false): Parsed => (date ? { date, approximate } : undefined);
// biome-ignore format: a compact table reads better than one entry per line
const PART: Record<string, number> = { anfang: 1, beginning: 1, early: 1, mitte: 7, mid: 7, ende: 12, end: 12, late: 12, fruehling: 4, fruehjahr: 4, spring: 4, sommer: 7, summer: 7, herbst: 10, autumn: 10, fall: 10, winter: 1 };
const partOf = (s: string) => PART[s.split(' ')[0] ?? ''] ?? 1;

/** Date patterns, most explicit first; each match is blanked so shorter patterns do not see it again. */
const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpMatchArray, today: Ymd) => Parsed]> = [
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (m) => exact(ymd(Number(m[1]), Number(m[2]), Number(m[3])))],
  [/\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b/g, (m) => exact(ymd(year(m[3] ?? ''), Number(m[2]), Number(m[1])))],
  [
    new RegExp(`\\b(\\d{1,2})(?:\\.|st|nd|rd|th)? ?(?:of )?${M}\\.?(?: ?,? ?(\\d{4}))?\\b`, 'g'),
    (m) =>
      m[3]
        ? exact(ymd(Number(m[3]), month(m[2]), Number(m[1])))
        : { month: { m: month(m[2]), d: Number(m[1]), endOfMonth: false }, approximate: false },
  ],
  [
    new RegExp(`\\b${M}\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'g'),
    (m) => exact(ymd(Number(m[3]), month(m[1]), Number(m[2]))),
  ],
  [
    new RegExp(`\\b(anfang|mitte|ende|beginning of|early|mid|end of|late) ${M}\\.? (\\d{4})\\b`, 'g'),
    (m) => {
      const y = Number(m[3]);
      const mo = month(m[2]);
      const p = partOf(m[1] ?? '');
      return exact(ymd(y, mo, p === 1 ? 1 : p === 7 ? 15 : new Date(Date.UTC(y, mo, 0)).getUTCDate()));
    },
  ],
  [new RegExp(`\\b${M}\\.? (?:of )?(\\d{4})\\b`, 'g'), (m) => exact(ymd(Number(m[2]), month(m[1]), 1))],
  [
    /\b(\d{1,2})\.(\d{1,2})\.(?!\d)/g,
    (m) => ({ month: { m: Number(m[2]), d: Number(m[1]), endOfMonth: false }, approximate: false }),
  ],
  [/\b(\d{1,2})[./](\d{4})\b/g, (m) => exact(ymd(Number(m[2]), Number(m[1]), 1))],
  [
    /\b(anfang|mitte|ende|beginning of|early|mid|end of|late|fruehling|fruehjahr|spring|sommer|summer|herbst|autumn|fall|winter) (\d{4})\b/g,
    (m) => {
      const p = partOf(m[1] ?? '');
      return exact(ymd(Number(m[2]), p, p === 12 ? 31 : 1), true);
    },
  ],
  // "im Herbst letzten Jahres", "im März dieses Jahres".
  [
    new RegExp(
      `\\b(fruehling|fruehjahr|sommer|herbst|winter|anfang|mitte|ende|${MONTH_ALT}) (letzten|vergangenen|dieses|diesen) jahres\\b`,
      'g',
    ),
    (m, t) => {
      const y = /^(?:letzten|vergangenen)$/.test(m[2] ?? '') ? t.y - 1 : t.y;
      const mo = month(m[1]);
      if (mo) return exact(ymd(y, mo, 1));
      const p = partOf(m[1] ?? '');
      return exact(ymd(y, p, p === 12 ? 31 : 1), true);
    },
  ],
  [/\b(?:naechsten|kommenden) monat|\bnext month\b/g, (_m, t) => exact(ymd(addMonths(t, 1).y, addMonths(t, 1).m, 1))],
  [/\b(?:letzten|vergangenen) monat|\blast month\b/g, (_m, t) => exact(ymd(addMonths(t, -1).y, addMonths(t, -1).m, 1))],
  [/\bende (?:naechsten|kommenden) jahres|\bend of next year\b/g, (_m, t) => exact(ymd(t.y + 1, 12, 31), true)],
  [
    /\bende (?:des|dieses) jahres|\bjahresende\b|\bend of (?:the|this) year\b/g,
    (_m, t) => exact(ymd(t.y, 12, 31), true),
  ],
  [/\b(?:naechstes|kommendes) jahr\b|\bnext year\b/g, (_m, t) => exact(ymd(t.y + 1, 1, 1), true)],
  [/\b(?:letzte[mns]?|vergangene[mns]?) jahr(?:es)?\b|\blast year\b/g, (_m, t) => exact(ymd(t.y - 1, 1, 1), true)],
  [
    /\b(?:ende (?:des|dieses) monats|monatsende|end of (?:the|this) month)\b/g,
    (_m, t) => exact(ymd(t.y, t.m, new Date(Date.UTC(t.y, t.m, 0)).getUTCDate())),
  ],
  // "seit letztem Sommer", "since last March": the latest such season or month before today.
  [
    /\b(?:letzte[mns]?|vergangene[mns]?|last) (fruehling|fruehjahr|sommer|herbst|winter|spring|summer|autumn|fall)\b/g,
    (m, t) => {
      const p = partOf(m[1] ?? '');
      return exact(ymd(p + 2 < t.m ? t.y : t.y - 1, p, 1), true);
    },
  ],
  [
    new RegExp(`\\b(?:letzte[mns]?|vergangene[mns]?|last) ${M}\\b`, 'g'),
    (m, t) => {
      const mo = month(m[1]);
      return exact(ymd(mo < t.m ? t.y : t.y - 1, mo, 1));
    },
  ],
  [
    new RegExp(`\\b(?:ende|end of) ${M}\\b`, 'g'),
    (m) => ({ month: { m: month(m[1]), d: 1, endOfMonth: true }, approximate: false }),
  ],
  [
    new RegExp(
      `(?<=\\b(?:im|in|seit|seid|since|bis|until|till|ab|from|zum|by|anfang|mitte|early|mid|late) )${M}\\b`,
      'g',
    ),
    (m) => ({ month: { m: month(m[1]), d: 1, endOfMonth: false }, approximate: false }),
  ],
  [
    /(?<!(?:§ ?|nr\.? |abs\.? ))\b(19[5-9]\d|20[0-4]\d)\b(?! ?(?:€|euro|eur\b|stunden|std|km|mitarbeiter|leute|personen|menschen))/g,
    (m) => exact(ymd(Number(m[1]), 1, 1), true),
  ],
];

export function parseTimes(maskedText: string, today: Ymd): TimeExpr[] {
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
  return [...out, ...durations(text)].sort((a, b) => a.start - b.start);
}
