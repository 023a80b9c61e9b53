import type { CaseEvent } from '../domain/facts.js';
import { addMonths, compare, parseIso } from './date-math.js';
import { isNegated, spanOf } from './normalize.js';
import { parseTimes } from './time-parse.js';
import type { Doc, Finding } from './types.js';

/**
 * What the employer is dealing with when it is not a hiring: a job or training that ends, a document
 * that ran out, an asylum rejection while the person works. The words may stand anywhere in the message
 * ("Notfall-Frage: unser Azubi … hat von sich aus gekündigt"); a hypothetical ("was passiert, wenn er
 * kündigt?") or a denied one ("hat nicht gekündigt") is no event.
 */
const ENDS_JOB = new RegExp(
  [
    // German: the person resigns, the employer dismisses, the job ends
    '\\bgekuendigt\\b',
    '\\bkuendigung\\b',
    '\\b(?:mussten|muessen|muss|wollen|will|werden|wird|moechten|haben) (?:\\w+ ){0,8}kuendigen\\b',
    '\\bkuendigt\\b',
    '\\bfristlos\\b',
    '\\bhoer(?:t|en) (?:\\w+ ){0,4}auf\\b',
    '\\baufgehoert\\b',
    '\\b(?:will|wird|moechte|wollte) (?:\\w+ ){0,3}aufhoeren\\b',
    // "dass er aufhört" (a subordinate clause: the verb stays whole)
    '\\baufhoert\\b',
    '\\bhingeschmissen\\b',
    '\\b(?:job|arbeit|stelle|brocken) (?:\\w+ ){0,2}geschmissen\\b',
    '\\bletzter arbeitstag\\b',
    '\\bentlassen\\b',
    '\\b(?:uns )?von (?:ihm|ihr) (?:\\w+ ){0,2}(?:trennen|getrennt)\\b',
    '\\bverlaesst (?:uns|den betrieb|die firma|unseren betrieb)\\b',
    '\\baufhebungsvertrag\\b',
    '\\barbeitsverhaeltnis (?:\\w+ ){0,3}(?:endet|beendet|aufgeloest)\\b',
    '\\b(?:rausgeworfen|rausgeschmissen|gefeuert)\\b',
    // a contract that runs out or is not renewed ends the job too (§ 60d Abs. 3 S. 3 AufenthG: any ending)
    '\\b(?:arbeits)?vertrag\\w* (?:\\S+ ){0,5}(?:laeuft (?:\\S+ ){0,4}aus|auslaeuft|ausgelaufen|abgelaufen)\\b',
    '\\b(?:arbeits)?vertrag\\w* (?:\\S+ ){0,4}nicht (?:mehr )?verlaenger\\w*',
    // said ahead: "wird zum 31.3. enden", "die Stelle fällt weg", "wird gestrichen", "endet vorzeitig"
    '\\b(?:arbeitsverhaeltnis|beschaeftigungsverhaeltnis|beschaeftigung|arbeitsplatz|stelle|job|anstellung) (?:\\S+ ){0,5}(?:wird|werden) (?:\\S+ ){0,4}(?:enden|beendet|wegfallen|gestrichen|abgebaut)\\b',
    '\\b(?:arbeitsverhaeltnis|beschaeftigung|arbeitsplatz|stelle|job|anstellung) (?:\\S+ ){0,4}(?:faellt|fallen) (?:\\S+ ){0,4}weg\\b',
    '\\b(?:endet|enden|beendet) (?:\\S+ ){0,2}vorzeitig\\b',
    '\\bverlaengern (?:\\S+ ){0,3}(?:arbeits)?vertrag\\w* (?:\\S+ ){0,2}nicht\\b',
    // English
    '\\bresign(?:ed|s|ing|ation)?\\b',
    '\\bquit(?:s|ting)?\\b(?! (?:smoking|drinking))',
    '\\b(?:handed|handing|hands|gave|given|giving|gives) (?:in )?(?:his|her|their|us|in) (?:\\w+ )?notice\\b',
    '\\b(?:given|gave|gives|giving|handed in) notice\\b',
    '\\b(?:let|letting|had to let) (?:\\w+ ){1,3}go\\b(?! (?:to|and|on holiday|home))',
    '\\b(?:fired|dismissed|laid off|sacked)\\b',
    '\\bterminat(?:e|es|ed|ing|ion)\\b',
    '\\b(?:is|are) leaving (?:us|the company|the firm)\\b',
    '\\bleav(?:es|ing) us\\b',
    '\\blast (?:working )?day\\b',
    '\\bwalked out\\b',
    '\\bno longer works? (?:for|with) us\\b',
    '\\b(?:job|employment) (?:ends|ended|terminated) early\\b',
    '\\bcontract (?:\\S+ ){0,5}(?:runs out|ran out|run out|expires|expired|lapses|lapsed|ended)\\b',
    // said ahead: "his job will end", "her employment is going to end", "his position will be cut"
    '\\b(?:job|employment|position|post|contract) (?:\\S+ ){0,3}(?:will|is going to|is about to|are going to) (?:\\S+ ){0,2}(?:end|be terminated|be cut|be eliminated|be made redundant)\\b',
    '\\bnot (?:be )?renew(?:ed|ing)? (?:\\S+ ){0,2}contract\\b',
    '\\bcontract (?:\\S+ ){0,4}not (?:be )?renewed\\b',
  ].join('|'),
  'g',
);
/** A training that ends: its own words, or an ending said of someone in training. */
const ENDS_TRAINING =
  /\b(?:ausbildung|lehre)\w* (?:\w+ ){0,3}(?:abgebrochen|vorzeitig beendet|gekuendigt|hingeschmissen|geschmissen|aufgegeben|geschmissen)\b|\bbricht (?:\w+ ){0,3}(?:ausbildung|lehre) ab\b|\b(?:ausbildungs|lehr)abbruch\b|\babgebrochene\w* (?:ausbildung|lehre)\b|\bdropped out(?: of (?:his|her|the) (?:training|apprenticeship|school))?\b|\b(?:quit|left|walked out of) (?:his|her|the) (?:training|apprenticeship)\b|\b(?:training|apprenticeship) (?:ends|ended|terminated|was terminated) early\b|\b(?:ausbildung|lehre)\w* (?:\S+ ){0,4}vorzeitig (?:enden|beendet)\b|\b(?:training|apprenticeship) (?:\S+ ){0,3}(?:will|is going to) (?:\S+ ){0,2}(?:end early|be terminated)\b/g;
const IN_TRAINING =
  /\b(?:azubi\w*|auszubildende\w*|lehrling\w*|apprentice\w*|trainee\w*|ausbildung\w*|lehre|lehrjahr|apprenticeship|training toleration)\b/;
/**
 * A trainee who stays away: § 60c Abs. 5 / § 16g Abs. 4 AufenthG make the notice due when the training is "nicht
 * betrieben", not only when it is cancelled (review S6-4). For an employee a no-show ends nothing by itself.
 */
const NO_SHOW =
  /\bnicht mehr (?:\S+ ){0,3}(?:gekommen|erschienen|aufgetaucht|hingegangen)\b|\b(?:kommt|erscheint|taucht|geht) (?:\S+ ){0,4}nicht mehr\b(?! (?:\S+ )?in frage)|\b(?:stopped|has stopped|stops|quit) (?:coming|showing up|turning up|attending)\b|\b(?:hasn't|has not|hasnt|haven't|have not) (?:been )?(?:shown up|turned up|showing up|coming in|coming to work|come in|come to work)\b|\bno[- ]show\b/g;
/** "nach der Ausbildung übernommen": the training is over; what ends now is the job. */
const AFTER_TRAINING =
  /\bnach (?:der|seiner|ihrer|abgeschlossener|bestandener) (?:ausbildung|lehre)|abgeschlossene\w* (?:ausbildung|lehre)|\bafter (?:his|her|the) (?:training|apprenticeship)|completed (?:his|her|the) (?:training|apprenticeship)/;
const HYPOTHETICAL = /\b(?:wenn|falls|sollte|ob|if|whether|in case|should (?:he|she)|what happens)\b/;
const DOCUMENT_EXPIRED =
  /(?:duldung|gestattung|aufenthaltserlaubnis|dokument|papier|ausweis|document|permit|toleration) (?:\S+ ){0,4}(?:abgelaufen|ausgelaufen|expired|lapsed|ran out)|has (?:expired|lapsed|run out)|(?:duldung|gestattung|aufenthaltserlaubnis|dokument|papier|ausweis|document|permit|toleration)\b(?:[^.;!?]|(?<=\d)\.){0,60}\b(?:die|sie|er|es|it|she|he|and|und) (?:\S+ ){0,3}(?:abgelaufen|ausgelaufen|expired|lapsed|run out)\b/;

/** The person works here now: the rejection of the application hits a running employment. */
const EMPLOYED_HERE =
  /\b(?:ge)?arbeitet (?:\w+ ){0,6}bei (?:uns|mir)\b|\bbei (?:uns|mir) (?:\w+ ){0,3}(?:beschaeftigt|angestellt|taetig|arbeitet|gearbeitet)\b|\b(?:arbeitet|works|working|worked) here\b|\b(?:unser|mein)\w* (?:kuechenhelfer\w*|helfer\w*|fahrer\w*|koch|koechin|mitarbeiter\w*|angestellte\w*|beschaeftigte\w*|kollege\w*|kollegin\w*|arbeiter\w*|azubi\w*|auszubildende\w*)\b|\bworks? (?:\w+ ){0,5}(?:for|with) us\b|\bworking (?:\w+ ){0,3}(?:for|with) us\b|\bemployed (?:by|with) us\b|\bour (?:\w+ )?(?:employee|worker|staff member|colleague|apprentice)\b|\b(?:has|have) been (?:\w+ )?with us\b/;
const REJECTED = /\babgelehnt\w*|\bablehnung\w*|\babgewiesen|\brejected\b|\bturned down\b|\brefused\b|\bdenied\b/;
/** "jetzt wurde abgelehnt", "just turned down": the rejection is news, not the history of a tolerated person. */
const JUST_NOW =
  /\b(?:jetzt|nun|gerade|soeben|heute|gestern|letzte woche|letzten monat|diesen monat|kuerzlich|neulich|vor kurzem|now|just|recently|today|yesterday|last week|this week|last month|this month)\b/;
/** How far back a dated rejection is still news for the person's employer (the ending flow's deadlines are weeks). */
const RECENT_MONTHS = 3;

/** "Der Bescheid vom BAMF kam am 20.11.2026, abgelehnt", "got his rejection on 1 December": a rejection dated lately. */
function rejectedLately(doc: Doc, at: number): boolean {
  const today = parseIso(doc.ctx.today);
  if (!today) return false;
  const s = spanOf(doc.sentences, at);
  const from = addMonths(today, -RECENT_MONTHS);
  return parseTimes(doc.text.slice(s.start, s.end), today).some((e) => {
    if (e.duration || e.anaphor || e.deictic || e.precision === 'year') return false;
    const date =
      e.date ?? (e.month ? { y: e.month.m <= today.m ? today.y : today.y - 1, m: e.month.m, d: e.month.d } : undefined);
    return date !== undefined && compare(date, from) >= 0 && compare(date, today) <= 0;
  });
}
const TOLERATED_SINCE =
  /\b(?:seit\w*|since)\b.{0,30}\b(?:geduldet|duldung|tolerated|toleration)\b|\b(?:geduldet|duldung|tolerated|toleration)\b.{0,20}\b(?:seit|since)\b/;

function sentenceAt(doc: Doc, at: number): string {
  const s = spanOf(doc.sentences, at);
  return doc.text.slice(s.start, s.end);
}

/** The first match that is neither denied nor (for what may still happen) a hypothetical. */
function stated(doc: Doc, re: RegExp, hypothetical = true): RegExpMatchArray | undefined {
  for (const m of doc.text.matchAll(new RegExp(re.source, 'g'))) {
    if (isNegated(doc.text, m.index, 2)) continue;
    if (hypothetical && HYPOTHETICAL.test(sentenceAt(doc, m.index))) continue;
    return m;
  }
  return undefined;
}

function finding(value: CaseEvent, m: RegExpMatchArray): Finding {
  return { key: 'event', value, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
}

/** The message says that a job or training ends or ended (not a hypothesis, not denied). */
export function endingStated(doc: Doc): boolean {
  return stated(doc, ENDS_TRAINING) !== undefined || stated(doc, ENDS_JOB) !== undefined;
}

export function extractEvent(doc: Doc, asylumRejected: boolean): Finding[] {
  const training = stated(doc, ENDS_TRAINING);
  if (training) return [finding('training_ends_early', training)];
  const away = stated(doc, NO_SHOW);
  if (away && IN_TRAINING.test(doc.text) && !AFTER_TRAINING.test(doc.text))
    return [finding('training_ends_early', away)];
  const ending = stated(doc, ENDS_JOB);
  if (ending) {
    const inTraining = IN_TRAINING.test(doc.text) && !AFTER_TRAINING.test(doc.text);
    return [finding(inTraining ? 'training_ends_early' : 'employment_ends_early', ending)];
  }
  // "darf er arbeiten, wenn seine Duldung abgelaufen ist?": a document that ran out is past, not a hypothesis.
  const expired = stated(doc, DOCUMENT_EXPIRED, false);
  if (expired) return [finding('document_expired', expired)];
  const rejected = asylumRejected ? stated(doc, REJECTED) : undefined;
  const news = rejected && (JUST_NOW.test(doc.text) || rejectedLately(doc, rejected.index ?? 0));
  if (rejected && news && EMPLOYED_HERE.test(doc.text) && !TOLERATED_SINCE.test(doc.text))
    return [finding('asylum_rejected_while_employed', rejected)];
  return [];
}
