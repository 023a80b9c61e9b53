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
const CUES: ReadonlyArray<{
  re: RegExp;
  keys: readonly FactKey[];
  penalty?: number;
  unless?: RegExp;
  /** A word that may refer to something else ("die kam erst im August" = the permit came). */
  weak?: boolean;
  /** The cue counts only in a message that also says this. */
  context?: RegExp;
}> = [
  {
    re: /\b(?:geduldet\w*|duldung\w*|tolerated|toleration|ausbildungsduldung|beschaeftigungsduldung)\b/g,
    keys: ['toleratedSince'],
    unless: /verlaenger\w*|extended|renewed/,
  },
  {
    // "läuft am 15.1. ab": the separable "ab" at the clause end stands right beside the date.
    re: /\b(?:gueltig\w*|gilt|laeuft|ablauf\w*|ablaeuft|befristet|valid|expires?|expiry|expiring|runs? out)\b|\bab(?= *$)/g,
    keys: ['documentValidUntil'],
  },
  {
    re: /\b(?:asylantrag\w*|asyl (?:\w+ )?(?:beantragt|gestellt)|asylverfahren|asylum|asylgesuch|asylerstantrag)\b/g,
    keys: ['asylumAppliedOn'],
    unless:
      /^(?!.*(?:gestellt|beantragt|applied|filed|submitted|lodged|stellte)).*(?:abgelehnt|ablehnung|abgeschlossen|beendet|zurueckgenommen|zurueckgezogen|withdrawn|withdrew|rejected|turned down|denied|refused|entschieden|decided|bescheid)/,
  },
  // With a Gestattung, "der Antrag" is the asylum application ("Antrag im Juni gestellt").
  {
    re: /\b(?:antrag|antragstellung)\b(?! (?:auf|fuer|zur) (?!asyl))/g,
    keys: ['asylumAppliedOn'],
    context: /gestattung/,
  },
  {
    re: /\b(?:in (?:seinem|ihrem|dem) (?:gelernten )?beruf|als fachkraft|in (?:his|her) (?:field|profession|trade))\b/g,
    keys: ['qualifiedEmploymentMonths'],
  },
  {
    re: /\b(?:bei uns|bei mir|fuer uns|for us|with us|in unserem \w+|in our \w+|with our \w+|bei unserer? \w+|beschaeftigt|angestellt|arbeitet|gearbeitet|works|worked|working|employed)\b/g,
    keys: ['priorEmploymentMonths'],
    // "darf er (seit 2022 geduldet) bei uns arbeiten?" asks about the job offered, not about work so far.
    unless:
      /^(?!.*\b(?:arbeitet|arbeiten seit|gearbeitet|beschaeftigt|angestellt|works|worked|has been working|have been working|employed)\b).*\b(?:darf|duerfen|soll|sollen|kann|koennen|koennte|will|wollen|moechte\w*|wuerde\w*|would|could|can|may|should|wants?|shall)\b/,
  },
  { re: /\b(?:eingereist|einreise|arrived|entered|entry|fled|geflohen)\b/g, keys: ['entryDate'] },
  { re: /\b(?:gekommen|kam|angekommen|came)\b/g, keys: ['entryDate'], weak: true },
  {
    re: /\b(?:in deutschland|nach deutschland|in germany|to germany|hier|here)\b/g,
    keys: ['entryDate', 'stayMonths'],
    penalty: 10,
    weak: true,
  },
  {
    re: /\b(?:insgesamt|in total|altogether|aufenthalt|aufenthaltsdauer|voraufenthalt|aufenthaltszeit)\b/g,
    keys: ['stayMonths'],
  },
  { re: /\b(?:identitaet|reisepass|pass|identity|passport)\b/g, keys: ['identityClarifiedOn'] },
  { re: /\b(?:schule|school)\b/g, keys: ['schoolYearsInGermany'] },
];
/**
 * Dates that are no fact of the case: the start of the job offered ("Ausbildung ab August", "soll
 * zum 1.2. anfangen") and the day of a decision ("wurde 2020 abgelehnt" is no application date). A
 * date nearer to one of these words than to any cue is left alone (neither fact nor orphan).
 */
const EXPIRED = /\b(?:abgelaufen|ausgelaufen|expired|lapsed|ran out|run out)\b/g;
const NOT_A_FACT: ReadonlyArray<{ re: RegExp; rels: ReadonlySet<string> }> = [
  {
    re: /\b(?:anfangen|beginnen|beginnt|starten|startet|einstellen|anstellen|arbeitsbeginn|ausbildungsbeginn|eintritt|einstieg|start|starts|starting|begin|begins|hire|employ)\b/g,
    rels: new Set(['from', 'at', 'none', 'in']),
  },
  // The job itself dates a start only with "ab"; "bis zum Ende der Ausbildung im Juli" is an end.
  {
    re: /\b(?:ausbildung|ausbildungsplatz|ausbildungsstelle|ausbildungsvertrag|stelle|job|praktikum|eq)\b/g,
    rels: new Set(['from']),
  },
  { re: /\b(?:abgelehnt|ablehnung|ablehnungsbescheid|rejected|rejection|denied)\b/g, rels: new Set(['at', 'none']) },
  // "ist am 3.11. abgelaufen", "seit zwei Wochen abgelaufen": when the document ran out, not since when it is held.
  { re: EXPIRED, rels: new Set(['at', 'none', 'since', 'ago', 'for', 'in']) },
];
/** How far (in characters) from a date a cue word may stand. */
const REACH = 200;
const DOCUMENT = /duldung|gestattung|aufenthaltserlaubnis|ausweis|papier|dokument|document|permit|toleration/;

/**
 * "Die Duldung ist am 3.11. abgelaufen": a date (not a duration) beside "abgelaufen" is the past
 * expiry of the document; read like a past date ("3.11." is the latest 3 November).
 */
function expiredOn(e: TimeExpr, word: string, text: string, today: Ymd): Finding | undefined {
  if (
    !new RegExp(EXPIRED.source).test(word) ||
    e.duration ||
    (e.rel !== 'at' && e.rel !== 'none') ||
    !DOCUMENT.test(text)
  )
    return undefined;
  const r = resolveTime(e, 'entryDate', today);
  return r && { key: 'documentValidUntil', ...r, start: e.start, end: e.end };
}

/** Assigns each date or duration to a fact by the cue words around it; the rest are returned as orphans. */
export function assignTimes(
  doc: Doc,
  times: readonly TimeExpr[],
  today: Ymd,
): { found: Finding[]; orphans: TimeExpr[] } {
  const found: Finding[] = [];
  const orphans: TimeExpr[] = [];
  const cues = CUES.filter((c) => !c.context || c.context.test(doc.text));
  for (const e of times) {
    // A compound duration ("2 Jahre und 3 Monate") may straddle a clause boundary: take both clauses.
    // Cue words further away than REACH never decide, and the bound keeps one endless clause linear.
    const clause = {
      start: Math.max(spanOf(doc.clauses, e.start).start, e.start - REACH),
      end: Math.min(spanOf(doc.clauses, Math.max(e.start, e.end - 1)).end, e.end + REACH),
    };
    const text = doc.text.slice(clause.start, clause.end);
    let best: { f?: Finding; score: number } | undefined;
    const absorbers = NOT_A_FACT.filter((a) => a.rels.has(e.rel)).flatMap((a) => [...text.matchAll(a.re)]);
    for (const m of absorbers) {
      const cs = clause.start + m.index;
      // "ab" beside a job names its start wherever the job word stands ("mit Duldung ab August eine Ausbildung").
      const distance = e.rel === 'from' ? 0 : Math.max(0, cs - e.end, e.start - (cs + m[0].length));
      if (!best || distance < best.score) best = { f: expiredOn(e, m[0], text, today), score: distance };
    }
    for (const cue of cues) {
      if (cue.unless?.test(text)) continue;
      for (const m of text.matchAll(cue.re)) {
        const cs = clause.start + m.index;
        const ce = cs + m[0].length;
        const distance = Math.max(0, cs - e.end, e.start - ce) + (cue.penalty ?? 0);
        const key = cue.keys.find((k) => resolveTime(e, k, today) && !found.some((f) => f.key === k));
        const r = key && resolveTime(e, key, today);
        if (!key || !r || (best && best.score <= distance)) continue;
        const f: Finding = { key, value: r.value, approximate: r.approximate, start: e.start, end: e.end };
        best = { f: cue.weak ? { ...f, weak: true } : f, score: distance };
      }
    }
    if (!best && e.rel === 'until' && DOCUMENT.test(text)) {
      const r = resolveTime(e, 'documentValidUntil', today);
      if (r) best = { f: { key: 'documentValidUntil', ...r, start: e.start, end: e.end }, score: 0 };
    }
    if (best?.f) found.push(best.f);
    else if (!best) orphans.push(e);
  }
  return { found, orphans };
}
