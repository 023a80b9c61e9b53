import type { CaseEvent } from '../domain/facts.js';
import { addMonths, compare, parseIso } from './date-math.js';
import { inGeneralQuestion } from './general-question.js';
import { CURRENT_STAFF_SOURCE } from './job.js';
import { isNegated, spanOf } from './normalize.js';
import { parseTimes } from './time-parse.js';
import type { Doc, Finding } from './types.js';

/**
 * What the employer is dealing with when it is not a hiring: a job or training that ends, a document
 * that ran out, an asylum rejection while the person works. The words may stand anywhere in the message
 * ("Notfall-Frage: unser Azubi … hat von sich aus gekündigt"); a hypothetical ("was passiert, wenn er
 * kündigt?") or a denied one ("hat nicht gekündigt") is no event.
 */
/** The place of work that closes ("die Filiale", "the site"); the person's job ends with it. */
const WORKPLACE =
  '(?:die |den |das |unsere\\w* |the |our |this )?(?:filiale|laden|betrieb|standort|geschaeft|werk|niederlassung|firma|restaurant|site|branch|shop|store|plant|business|location)\\b';
const ENDS_JOB = new RegExp(
  [
    // German: the person resigns, the employer dismisses, the job ends
    '\\bgekuendigt\\b',
    // "Kündigung", and its HR compounds: "Eigenkündigung", "Arbeitnehmerkündigung" (not "Kündigungsfrist")
    '\\b\\w*kuendigung\\b',
    // "will ihn zum 31. Januar kündigen": a date's dots stand between the modal and the verb
    '\\b(?:mussten|muessen|muss|wollen|will|werden|wird|moechten|haben) (?:\\S+ ){0,8}kuendigen\\b',
    '\\bkuendigt\\b',
    '\\bfristlos\\b',
    '\\bhoer(?:t|en) (?:\\S+ ){0,6}auf\\b',
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
    // the verb first: "damit endet auch ihr Arbeitsverhältnis", "so her job ends then" (below)
    '\\b(?:endet|enden|beendet) (?:\\S+ ){0,3}(?:arbeitsverhaeltnis|beschaeftigungsverhaeltnis|beschaeftigung|arbeitsvertrag|anstellung)\\b',
    // a change of employer ends this employment: "wechselt zum 31.12. den Arbeitgeber", "fängt bei einer anderen
    // Firma an", "geht zu einem anderen Betrieb", "moving to another employer" (the move to us is a hire, see TO_US)
    '\\bwechsel\\w* (?:\\S+ ){0,4}(?:den|seinen|ihren|the|his|her) (?:arbeitgeber|job|betrieb|employer)\\b',
    `\\b(?:wechsel\\w*|geht|gehen|faengt|fangen|anfangen|beginnt|moves?|moving|switch\\w*|going|goes|starts?|starting|leaves?|leaving|joins?|joining) (?:\\S+ ){0,5}(?:zu|bei|to|at|for) (?:(?:einer|einem|einen|eine) (?:anderen|neuen)|another|a new|a different) \\S+`,
    `\\b(?:neue\\w*|andere\\w*|new|another|different) (?:stelle|job|arbeitsstelle|arbeitgeber|employer|position) (?:\\S+ ){0,5}(?:gefunden|angenommen|found|accepted|taken)\\b`,
    '\\b(?:found|taken|accepted|got) (?:a |an )?(?:new|another|different) (?:job|position|employer)\\b',
    '\\bhier ist (?:dann |bald )?schluss\\b',
    // the business closes: "wir schließen die Filiale", "der Laden macht zu", "we are closing the site"
    `\\b(?:schliessen|schliesst|geschlossen|zumachen|macht (?:\\S+ ){0,3}zu|closing|closes|closed|close down|shut(?:s|ting)? down) (?:\\S+ ){0,3}${WORKPLACE}|\\b${WORKPLACE} (?:\\S+ ){0,3}(?:schliesst|wird geschlossen|macht (?:\\S+ ){0,3}zu|closes|is closing|will close|shuts down)\\b`,
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
    '\\b(?:job|employment|contract) (?:\\S+ ){0,2}(?:ends|ended|terminated) (?:early|then|now|too|as well)\\b',
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
/**
 * A break-off said of a training anywhere in its sentence: "hat die Ausbildung am 01.10.2025 begonnen und zum
 * 30.11.2026 abgebrochen", "die Azubine hat … alles hingeworfen", "is quitting the apprenticeship", "her training
 * contract was cancelled by mutual agreement". The sentence must name the training or the trainee (IN_TRAINING); a
 * study given up is sorted out later (understand.ts, STUDY).
 */
const BREAKS_OFF =
  /\b(?:abgebrochen|abbrechen|abbricht|hingeworfen|hinwerfen|hingeschmissen|hinschmeissen|geschmissen|schmeisst|aufgegeben|aufgeben|gibt (?:\S+ ){0,4}auf|bricht (?:\S+ ){0,4}ab|wirft (?:\S+ ){0,4}hin|quit(?:s|ting)?|dropp(?:ed|ing) out|drops out|giv(?:es|ing) up|gave up|abandon(?:s|ed|ing)?|cancel+ed|terminated|leav(?:es|ing))\b/g;
const STUDY_OR_COURSE =
  /\b(?:studium|studied|studies|studiengang|student\w*|university|universitaet|uni|college|hochschule|\w*kurs|course)\b/;
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
/** A hypothesis, or an ending only thought about ("hat mal über Kündigung nachgedacht", "is considering quitting"). */
const HYPOTHETICAL =
  /\b(?:wenn|falls|sollte|ob|if|whether|in case|should (?:he|she)|what happens|nachgedacht|nachdenk\w*|ueberleg\w*|considering|thinking about|thought about)\b/;
/** "hat dort gekündigt und fängt bei uns an", "is leaving his employer to join us": an ending elsewhere, a hire here. */
const TO_US =
  /\b(?:zu uns|to us|join(?:s|ing)? us|bei (?:uns|mir) (?:\S+ ){0,3}(?:anfangen|anfaengt|beginnen|beginnt|starten|startet|an)|(?:start|begin)(?:s|ning)? (?:\S+ ){0,3}with us)\b/;
const DOCUMENT_EXPIRED =
  /(?:duldung|gestattung|aufenthaltserlaubnis|dokument|papier|ausweis|document|permit|toleration) (?:\S+ ){0,4}(?:abgelaufen|ausgelaufen|expired|lapsed|ran out)|has (?:expired|lapsed|run out)|(?:duldung|gestattung|aufenthaltserlaubnis|dokument|papier|ausweis|document|permit|toleration)\b(?:[^.;!?]|(?<=\d)\.){0,60}\b(?:die|sie|er|es|it|she|he|and|und) (?:\S+ ){0,3}(?:abgelaufen|ausgelaufen|expired|lapsed|run out)\b/;

/**
 * A validity told in the past ("galt bis letzten Donnerstag", "lief bis zum 1. Dezember", "was valid until 30
 * November", "ran until last Friday"): the document has run out, unless the sentence says it was renewed since.
 */
const VALID_UNTIL_PAST =
  /(?:duldung|gestattung|aufenthaltserlaubnis|dokument|papier\w*|ausweis|document|permit|toleration|papers) (?:\S+ ){0,4}?(?:(?:galt|lief|war (?:\S+ )?gueltig|was (?:\S+ )?valid|ran|expired) (?:\S+ ){0,2}?(?:bis|until|till|through|on)\b|war (?:\S+ ){0,2}?bis (?:\S+ ){1,3}?gueltig\b)/g;
const RENEWED = /\b(?:verlaengert|erneuert|renewed|extended|neue duldung|a new one)\b/;
const NOT_YET = /\b(?:nicht|noch nicht|not|not yet|nothing|keine?|no)\b/;

/** The person works here now: the rejection of the application hits a running employment. */
const EMPLOYED_HERE =
  /\b(?:ge)?arbeitet (?:\w+ ){0,6}bei (?:uns|mir)\b|\bbei (?:uns|mir) (?:\w+ ){0,3}(?:beschaeftigt|angestellt|taetig|arbeitet|gearbeitet)\b|\b(?:arbeitet|works|working|worked) here\b|\b(?:unser|mein)\w* (?:kuechenhelfer\w*|helfer\w*|fahrer\w*|koch|koechin|mitarbeiter\w*|angestellte\w*|beschaeftigte\w*|kollege\w*|kollegin\w*|arbeiter\w*|azubi\w*|auszubildende\w*)\b|\bworks? (?:\w+ ){0,5}(?:for|with) us\b|\bworking (?:\w+ ){0,3}(?:for|with) us\b|\bemployed (?:by|with) us\b|\bour (?:\w+ )?(?:employee|worker|staff member|colleague|apprentice)\b|\b(?:has|have) been (?:\w+ )?with us\b/;
/** "unserer Küchenhilfe", "our night porter's": one of the staff words the job reader knows (job.ts). */
const STAFF_HERE = new RegExp(CURRENT_STAFF_SOURCE);
const REJECTED = /\babgelehnt\w*|\bablehnung\w*|\babgewiesen|\brejected\b|\bturned down\b|\brefused\b|\bdenied\b/;
/** "jetzt wurde abgelehnt", "just turned down": the rejection is news, not the history of a tolerated person. */
const JUST_NOW =
  /\b(?:jetzt|nun|gerade|soeben|heute|gestern|letzte woche|diese woche|letzten monat|diesen monat|kuerzlich|neulich|vor kurzem|now|just|recently|today|yesterday|last week|this week|last month|this month)\b/;
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
    if (isNegated(doc.text, m.index, 2) || inGeneralQuestion(doc, m.index)) continue;
    if (hypothetical && HYPOTHETICAL.test(sentenceAt(doc, m.index))) continue;
    if (re === ENDS_JOB && TO_US.test(sentenceAt(doc, m.index))) continue;
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

/** The first break-off (BREAKS_OFF) in a sentence that names a training, not after the training was finished. */
function trainingBrokenOff(doc: Doc): RegExpMatchArray | undefined {
  for (const m of doc.text.matchAll(BREAKS_OFF)) {
    const said = sentenceAt(doc, m.index);
    const training = IN_TRAINING.exec(said);
    // "Ausbildungsduldung" names the status only; "the Duldung he got for the training" is no training ended.
    if (!training || /^(?:ausbildungsduldung|training toleration)$/.test(training[0])) continue;
    if (AFTER_TRAINING.test(said) || isNegated(doc.text, m.index, 2) || inGeneralQuestion(doc, m.index)) continue;
    // "hat ein Studium abgebrochen und will jetzt bei uns eine Ausbildung machen": what was broken off is unclear.
    if (HYPOTHETICAL.test(said) || STUDY_OR_COURSE.test(said)) continue;
    return m;
  }
  return undefined;
}

export function extractEvent(doc: Doc, asylumRejected: boolean): Finding[] {
  const training = stated(doc, ENDS_TRAINING) ?? trainingBrokenOff(doc);
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
  const expired =
    stated(doc, DOCUMENT_EXPIRED, false) ??
    [...doc.text.matchAll(VALID_UNTIL_PAST)].find((m) => {
      const said = sentenceAt(doc, m.index);
      return !inGeneralQuestion(doc, m.index) && (!RENEWED.test(said) || NOT_YET.test(said));
    });
  if (expired) return [finding('document_expired', expired)];
  const rejected = asylumRejected ? stated(doc, REJECTED) : undefined;
  const news = rejected && (JUST_NOW.test(doc.text) || rejectedLately(doc, rejected.index ?? 0));
  const here = EMPLOYED_HERE.test(doc.text) || STAFF_HERE.test(doc.text);
  if (rejected && news && here && !TOLERATED_SINCE.test(doc.text))
    return [finding('asylum_rejected_while_employed', rejected)];
  return [];
}
