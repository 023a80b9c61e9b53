import type { FactKey } from '../domain/facts.js';
import type { Ymd } from './date-math.js';
import { spanOf } from './normalize.js';
import type { TimeExpr } from './time-durations.js';
import { resolveTime } from './time-facts.js';
import type { Doc, Finding } from './types.js';

/**
 * Words that say which fact a date in the same clause belongs to. The nearest fitting cue wins;
 * `penalty` (in characters) makes vague cues ("hier", "in Deutschland") lose against specific ones.
 */
const CUES: ReadonlyArray<{ re: RegExp; keys: readonly FactKey[]; penalty?: number; unless?: RegExp }> = [
  {
    re: /\b(?:geduldet\w*|duldung\w*|tolerated|toleration|ausbildungsduldung|beschaeftigungsduldung)\b/g,
    keys: ['toleratedSince'],
    unless: /verlaenger\w*|extended|renewed/,
  },
  {
    re: /\b(?:gueltig\w*|gilt|laeuft|ablauf\w*|ablaeuft|befristet|valid|expires?|expiry|expiring|runs? out)\b/g,
    keys: ['documentValidUntil'],
  },
  {
    re: /\b(?:asylantrag\w*|asyl (?:\w+ )?(?:beantragt|gestellt)|asylverfahren|asylum|asylgesuch|asylerstantrag)\b/g,
    keys: ['asylumAppliedOn'],
    unless:
      /^(?!.*(?:gestellt|beantragt|applied|filed|submitted|lodged|stellte)).*(?:abgelehnt|ablehnung|abgeschlossen|beendet|zurueckgenommen|zurueckgezogen|withdrawn|rejected|entschieden|decided|bescheid)/,
  },
  {
    re: /\b(?:in (?:seinem|ihrem|dem) (?:gelernten )?beruf|als fachkraft|in (?:his|her) (?:field|profession|trade))\b/g,
    keys: ['qualifiedEmploymentMonths'],
  },
  {
    re: /\b(?:bei uns|bei mir|fuer uns|for us|with us|in unserem \w+|in our \w+|with our \w+|bei unserer? \w+|beschaeftigt|angestellt|arbeitet|gearbeitet|works|worked|working|employed)\b/g,
    keys: ['priorEmploymentMonths'],
  },
  {
    re: /\b(?:eingereist|einreise|gekommen|kam|angekommen|arrived|came|entered|entry|fled|geflohen)\b/g,
    keys: ['entryDate'],
  },
  {
    re: /\b(?:in deutschland|nach deutschland|in germany|to germany|hier|here)\b/g,
    keys: ['entryDate', 'stayMonths'],
    penalty: 10,
  },
  {
    re: /\b(?:insgesamt|in total|altogether|aufenthalt|aufenthaltsdauer|voraufenthalt|aufenthaltszeit)\b/g,
    keys: ['stayMonths'],
  },
  { re: /\b(?:identitaet|reisepass|pass|identity|passport)\b/g, keys: ['identityClarifiedOn'] },
  { re: /\b(?:schule|school)\b/g, keys: ['schoolYearsInGermany'] },
];
const DOCUMENT = /duldung|gestattung|aufenthaltserlaubnis|ausweis|papier|dokument|document|permit|toleration/;

/** Assigns each date or duration to a fact by the cue words around it; the rest are returned as orphans. */
export function assignTimes(
  doc: Doc,
  times: readonly TimeExpr[],
  today: Ymd,
): { found: Finding[]; orphans: TimeExpr[] } {
  const found: Finding[] = [];
  const orphans: TimeExpr[] = [];
  for (const e of times) {
    // A compound duration ("2 Jahre und 3 Monate") may straddle a clause boundary: take both clauses.
    const clause = {
      start: spanOf(doc.clauses, e.start).start,
      end: spanOf(doc.clauses, Math.max(e.start, e.end - 1)).end,
    };
    const text = doc.text.slice(clause.start, clause.end);
    let best: { f: Finding; score: number } | undefined;
    for (const cue of CUES) {
      if (cue.unless?.test(text)) continue;
      for (const m of text.matchAll(cue.re)) {
        const cs = clause.start + m.index;
        const ce = cs + m[0].length;
        const distance = Math.max(0, cs - e.end, e.start - ce) + (cue.penalty ?? 0);
        const key = cue.keys.find((k) => resolveTime(e, k, today) && !found.some((f) => f.key === k));
        const r = key && resolveTime(e, key, today);
        if (!key || !r || (best && best.score <= distance)) continue;
        best = { f: { key, value: r.value, approximate: r.approximate, start: e.start, end: e.end }, score: distance };
      }
    }
    if (!best && e.rel === 'until' && DOCUMENT.test(text)) {
      const r = resolveTime(e, 'documentValidUntil', today);
      if (r) best = { f: { key: 'documentValidUntil', ...r, start: e.start, end: e.end }, score: 0 };
    }
    if (best) found.push(best.f);
    else orphans.push(e);
  }
  return { found, orphans };
}
