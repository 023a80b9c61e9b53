import type { FactKey } from '../domain/facts.js';
import { compare, shift, type Ymd } from './date-math.js';
import { NEGATORS, SOFT_BOUNDARY, spanOf } from './normalize.js';
import type { Precision, TimeExpr } from './time-durations.js';
import { exactPastDay, pastExpiry, resolveTime } from './time-facts.js';
import type { Doc, Finding, Span } from './types.js';

/**
 * How a date binds to the fact it belongs to ("how a message becomes facts", step 3 of README in
 * this folder). A date binds to a cue word of its own segment (the text between commas, full stops
 * and parentheses), never across one; inside a segment the cheapest pairing wins, all dates of the
 * message at once:
 *  - `label`: the cue names the date as its value ("Einreise: 03/2021", "Asylantrag vom Juni 2025");
 *  - `verb`: the verb the date is an adverbial of ("2015 eingereist", "Asyl 2016 beantragt");
 *  - `noun`: a noun of the fact ("Duldung seit 2019");
 *  - `weak`: "kam", "came" (anything can come: a letter, a decision), only where nothing else speaks;
 *  - `vague`: "hier", "in Deutschland", the fallback for a stay.
 * Words that date something that is no fact (the start of the job, a rejection, an appointment, the
 * day of a resignation, another person's arrival) take their dates away: those are neither facts nor
 * free for the pending question. A date whose segment has no word of either kind is an orphan.
 */
type CueClass = 'label' | 'verb' | 'noun' | 'weak' | 'vague';

interface CueSpec {
  re: RegExp;
  keys: readonly FactKey[];
  cls: CueClass;
  /** The cue does not count in a segment that says this. */
  unless?: RegExp;
  /** The cue counts only in a message about asylum (a bare "Antrag", "gestellt", "applied"). */
  asylum?: boolean;
  /** The cue counts only in a segment that also says this ("befristet" of a document, not of a contract). */
  needs?: RegExp;
  /** `needs` may also stand in the sentence's segment before ("Gestattung, läuft bis Ende Februar"). */
  needsInSentence?: boolean;
  /** Instead of its class's cost: a phrase specific enough to win over the class. */
  cost?: number;
  /**
   * An attributive participle ("der am 2.9.2019 gestellte Antrag", "der seit 2020 geduldete Mann"): it dates only
   * what stands inside its phrase, right before it, never a date of the clause it stands in ("unseren geduldeten
   * Helfer haben wir am 30.11. entlassen").
   */
  attributive?: boolean;
}
/** How far before an attributive participle its own date may end: "am 02.09.2019 gestellte", "seit 2020 geduldete". */
const ATTRIBUTIVE_REACH = 3;
/** The date inside the participle's phrase, or in a parenthesis right after its noun ("ein geduldeter Syrer (seit 2022)"). */
const ownOfAttribute = (text: string, ws: number, we: number, e: TimeExpr) =>
  (e.end <= ws && ws - e.end <= ATTRIBUTIVE_REACH) ||
  (we <= e.start && /^ [\p{L}]+ *\( *(?:seit |since )?$/u.test(text.slice(we, e.start)));

/** Dearer classes lose to cheaper ones at the same distance; a soft boundary ("und", "but") costs extra. */
const CLASS_COST: Record<CueClass, number> = { label: -100, verb: 0, noun: 8, weak: 20, vague: 30 };
const SOFT_COST = 40;
/**
 * A date is the adverbial of the verb of its clause: "Abgelehnt wurde sein Asylantrag im Juli 2025"
 * dates the rejection, not the application, however near the noun stands. A noun loses to a verb of
 * the same clause by this much.
 */
const NOUN_UNDER_VERB = 60;
/** Through a pronoun ("er hat sie seit Juni 2024" after "Seine Duldung …"): behind any cue of the segment. */
const PRONOUN_COST = 50;
/** How far (in characters) from a date a word may stand. */
const REACH = 200;

/** A message about asylum; a segment naming another application ("Beschäftigungserlaubnis beantragt") is not. */
const ASYLUM_MESSAGE =
  /\basyl|\basylum|\bbamf\b|gestattung|\bschutz\b(?=.*\bbeantragt)|\b(?:asked|applied|requested) for (?:international )?protection\b|^(?=.*\b(?:abgelehnt|ablehnung\w*|abgewiesen|rejected|rejection|refused|turned down|denied)\b)(?=.*\b(?:duldung|geduldet|tolerated|toleration)\b)/;
const OTHER_APPLICATION =
  /erlaubnis|genehmigung|permit|permission|duldung|toleration|visum|visa|pass\b|passport|ausweis|einbuergerung|kindergeld|wohnung/;

const CUES: readonly CueSpec[] = [
  // "our tolerated kitchen porter", "the tolerated worker": an adjective of the person, not the clause's verb.
  {
    re: /\b(?:geduldet|geduldeter? (?:seit|since)\b|(?<!\b(?:our|the|a|an|his|her|their|this|that|my|your|its) )tolerated)\b/g,
    keys: ['toleratedSince'],
    cls: 'verb',
  },
  {
    re: /\bgeduldete[nmrs]?\b|(?<=\b(?:our|the|a|an|his|her|their|this|that|my|your|its) )tolerated\b/g,
    keys: ['toleratedSince'],
    cls: 'verb',
    attributive: true,
  },
  {
    re: /\b(?:duldung\w*|ausbildungsduldung|beschaeftigungsduldung|toleration)\b/g,
    keys: ['toleratedSince'],
    cls: 'noun',
  },
  {
    // "läuft am 15.1. ab": the separable "ab"/"aus" at the segment end stands right beside the date.
    re: /\b(?:gueltig\w*|gilt|ablaeuft|auslaeuft|expires?|expiring|exp|runs? out|valid)\b|\blaeuft\b(?=.*\b(?:ab|aus)\b)|\b(?:ab|aus)(?= *$)/g,
    keys: ['documentValidUntil'],
    cls: 'verb',
    // "Sein Vertrag läuft am 31.12. aus": a contract's end is the job's ending (events.ts), not the document's;
    // "Visum bis 2023 gültig": another paper's.
    unless:
      /\b(?:arbeits)?vertrag|\bcontract\b|^(?!.*\b(?:duldung|gestattung|toleration)\w*).*\b(?:visum|visa|reisepass|passport|fuehrerschein|licen[cs]e)\b/,
  },
  {
    // "Gestattung, läuft bis Ende Februar": the document's term, not a contract's or a procedure's.
    re: /\blaeuft\b(?= (?:\w+ )?bis\b)/g,
    keys: ['documentValidUntil'],
    cls: 'verb',
    needs: /duldung|gestattung|aufenthaltserlaubnis|aufenthaltsrecht|ausweis|papier|dokument/,
    needsInSentence: true,
    unless: /vertrag|verfahren|ausbildung|praktikum|job|stelle/,
  },
  // "dann wurde verlängert bis Ende Januar", "renewed until next May": the new expiry of the document.
  {
    re: /\b(?:verlaengert|verlaengerung|extended|renewed|renewal|extension)\b(?= (?:\w+ )?(?:bis|until|till|to)\b)/g,
    keys: ['documentValidUntil'],
    cls: 'verb',
    needs: /duldung|gestattung|aufenthaltserlaubnis|ausweis|papier|paper|dokument|document|permit|toleration/,
    needsInSentence: true,
    unless: /vertrag|contract|ausbildung|praktikum|probezeit|frist/,
  },
  {
    re: /\b(?:ablauf\w*|befristet|expiry|expiration)\b/g,
    keys: ['documentValidUntil'],
    cls: 'noun',
    needs: /duldung|gestattung|aufenthaltserlaubnis|ausweis|papier|dokument|document|permit|toleration/,
  },
  {
    // "Schutz beantragt", "asked for protection": asylum in other words (international protection, § 13 AsylG).
    re: /\b(?:asyl (?:\w+ )?(?:beantragt|gestellt)|applied for asylum|claimed asylum|asylum (?:was )?applied|sought asylum|(?:asked|asks|requested|request) (?:for )?asylum|schutz (?:\w+ )?beantragt|(?:asked|applied|requested) for (?:international )?protection|sought (?:international )?protection)\b/g,
    keys: ['asylumAppliedOn'],
    cls: 'verb',
  },
  // "der im Oktober 2019 gestellte Asylantrag", "sein 2018 eingereichter Antrag".
  {
    re: /\b(?:beantragte|gestellte|eingereichte)[nmrs]?\b/g,
    keys: ['asylumAppliedOn'],
    cls: 'verb',
    asylum: true,
    attributive: true,
  },
  {
    re: /\b(?:beantragt|gestellt|eingereicht|stellte|applied|filed|lodged|submitted)\b/g,
    keys: ['asylumAppliedOn'],
    cls: 'verb',
    asylum: true,
    // "Klage eingereicht im Mai 2023", "filed an appeal": the appeal's date, not the application's.
    unless: /\b(?:klage|widerspruch|eilantrag|appeal|lawsuit)\w*/,
  },
  {
    re: /\b(?:asylantrag\w*|asylverfahren\w*|asylgesuch|asylerstantrag|asyl|asylum(?: (?:application|claim|procedure|case|request))?)\b/g,
    keys: ['asylumAppliedOn'],
    cls: 'noun',
  },
  {
    re: /\b(?:antrag|antragstellung|application|claim)\b(?! (?:auf|fuer|zur|for) (?!asyl))/g,
    keys: ['asylumAppliedOn'],
    cls: 'noun',
    asylum: true,
  },
  {
    // The specific phrase wins over the plain "gearbeitet" of the same clause.
    re: /\b(?:in (?:seinem|ihrem|dem) (?:gelernten )?beruf|als fachkraft|in (?:his|her) (?:field|profession|trade))\b/g,
    keys: ['qualifiedEmploymentMonths'],
    cls: 'verb',
    cost: -30,
  },
  {
    re: /\b(?:beschaeftigt|angestellt|arbeitet|gearbeitet|works|worked|working|employed)\b/g,
    keys: ['priorEmploymentMonths'],
    cls: 'verb',
    // "darf er (seit 2022 geduldet) bei uns arbeiten?" asks about the job offered, not about work so far.
    unless:
      /\b(?:macht|machen|absolviert)\b.*\b(?:lehre|\w*ausbildung)\b|\b(?:in der|seine|ihre|die) \w*(?:lehre|ausbildung)\b(?!.*\b(?:abgeschlossen|beendet|fertig|bestanden)\b)|\b(?:apprenticeship|training) (?:with|at) us\b|\bdoing (?:his|her|an?|the) (?:apprenticeship|training)\b|^(?!.*\b(?:arbeitet|arbeiten seit|gearbeitet|beschaeftigt|angestellt|works|worked|has been working|have been working|employed)\b).*\b(?:darf|duerfen|soll|sollen|kann|koennen|koennte|will|wollen|moechte\w*|wuerde\w*|would|could|can|may|should|wants?|shall)\b/,
  },
  {
    re: /\b(?:bei uns|bei mir|fuer uns|for us|with us|in unserem \w+|in our \w+|with our \w+|bei unserer? \w+)\b/g,
    keys: ['priorEmploymentMonths'],
    cls: 'noun',
    unless:
      /\b(?:macht|machen|absolviert)\b.*\b(?:lehre|\w*ausbildung)\b|\b(?:in der|seine|ihre|die) \w*(?:lehre|ausbildung)\b(?!.*\b(?:abgeschlossen|beendet|fertig|bestanden)\b)|\b(?:apprenticeship|training) (?:with|at) us\b|\bdoing (?:his|her|an?|the) (?:apprenticeship|training)\b|^(?!.*\b(?:arbeitet|arbeiten seit|gearbeitet|beschaeftigt|angestellt|works|worked|has been working|have been working|employed)\b).*\b(?:darf|duerfen|soll|sollen|kann|koennen|koennte|will|wollen|moechte\w*|wuerde\w*|would|could|can|may|should|wants?|shall|anfangen|beginnen|starten|start)\b/,
  },
  {
    re: /\b(?:eingereist|einreiste|einreisen|geflohen|gefluechtet|fled|arrived|arriving|entered|enter|entering|angekommen|ankam|landed|gelandet)\b/g,
    keys: ['entryDate'],
    cls: 'verb',
  },
  // "hergekommen", "ist 2022 hierher gezogen", "got here in 2020", "made it to Germany", "Deutschland erreicht": an
  // arrival in other words; "moved to Germany" too (a move inside Germany names no country).
  {
    re: /\b(?:hergekommen|hierhergekommen|hierher gekommen|rueber gekommen|rueber gekommen|eingewandert|immigrated|got here|made it (?:to germany|here)|moved to germany|(?:nach deutschland|hierher) gezogen|(?:deutschland|germany|die bundesrepublik|das bundesgebiet) erreicht|reached germany)\b/g,
    keys: ['entryDate'],
    cls: 'verb',
  },
  // "reiste am 03.05.2016 in das Bundesgebiet ein": the separable verb, its "ein" later in the clause.
  { re: /\b(?:reiste|reist|reisten)\b(?= (?:[^\s,;]+ ){0,8}ein\b)/g, keys: ['entryDate'], cls: 'verb' },
  { re: /\b(?:einreise\w*|ankunft|arrival|entry)\b/g, keys: ['entryDate'], cls: 'noun' },
  {
    re: /\b(?:gekommen|kam|came|come|kommen|kumma|komma|kemma|kimma|gekumma)\b/g,
    keys: ['entryDate'],
    cls: 'weak',
    // "the work permit only came in September": a paper that came, not the person.
    unless:
      /\b(?:erlaubnis|genehmigung|permit|permission|bescheid|brief|letter|decision|entscheidung|antwort|answer|post|mail|ablehnung|rejection|duldung|karte|card|geld|lohn|zusage|vertrag|contract)\w* (?:\w+ ){0,2}(?:kam|came|gekommen|come)\b/,
  },
  {
    re: /\b(?:in deutschland|nach deutschland|in germany|to germany|hier|here|im land|in the country|in (?:d|de|dtl|brd)(?= *(?:$|[,.;!)]|und\b|and\b|seit\b|since\b)))\b/g,
    keys: ['entryDate', 'stayMonths'],
    cls: 'vague',
  },
  // "Er seit 2020 Deutschland ist", "Germany since 2018": the country alone, behind "in Deutschland".
  { re: /\b(?:deutschland|germany)\b/g, keys: ['entryDate'], cls: 'vague', cost: 36 },
  {
    re: /\b(?:insgesamt|in total|altogether|aufenthalt|aufenthaltsdauer|voraufenthalt|aufenthaltszeit)\b/g,
    keys: ['stayMonths'],
    cls: 'noun',
    // "insgesamt drei Jahre auf einer Schule": a total of school or work years is that one's, not a stay.
    unless: /\b(?:\w*schule|school|gearbeitet|arbeitet|worked|beschaeftigt|employed|ausbildung|training)\b/,
  },
  {
    // "identität geklärt am 17.3.25" beside "pass seit 3/2025 da": the clarifying is dated, not the passport held.
    re: /\b(?:geklaert|clarified|established|festgestellt|nachgewiesen|confirmed|verified|proven)\b/g,
    keys: ['identityClarifiedOn'],
    cls: 'verb',
    needs: /\b(?:identitaet|identity)\b/,
    unless: /ungeklaert|unclear|unresolved/,
  },
  {
    re: /\b(?:identitaet|reisepass|pass|identity|passport)\b/g,
    keys: ['identityClarifiedOn'],
    cls: 'noun',
    // "Duldung für Personen mit ungeklärter Identität, seit 2020 in D": no identity was clarified then.
    unless: /ungeklaert|nicht (?:\w+ )?geklaert|unclear|unresolved|not (?:yet )?(?:been )?(?:clarified|established)/,
  },
  {
    re: /\b(?:grund|haupt|real|gesamt|mittel|ober|berufs)?schule|\bgymnasium\b|\bschool\b/g,
    keys: ['schoolYearsInGermany'],
    cls: 'noun',
  },
  {
    // "die Duldung endet am 31.03.2027": the document's end, not a contract's or a training's.
    re: /\b(?:endet|enden|ends|ending|finish|finishes)\b|\b(?:runs?|running|ran)\b(?= (?:\w+ )?(?:until|till|to|through)\b)/g,
    keys: ['documentValidUntil'],
    cls: 'verb',
    needs: /duldung|gestattung|aufenthaltserlaubnis|ausweis|papier|paper|dokument|document|permit|toleration/,
    unless:
      /vertrag|contract|ausbildung|lehre|training|apprenticeship|job\b|stelle|arbeitsverhaeltnis|employment|praktikum|internship|probezeit|verfahren|procedure|kurs|course/,
  },
];

/** The noun a pronoun may stand for ("er hat sie seit Juni" = die Duldung), by grammatical gender. */
const PRONOUN_NOUNS: ReadonlyArray<readonly [RegExp, RegExp, FactKey]> = [
  [/\bsie\b/, /\bduldung\w*|\bausbildungsduldung|\bbeschaeftigungsduldung/, 'toleratedSince'],
  [/\bihn\b/, /\basylantrag\w*|\bantrag\b/, 'asylumAppliedOn'],
  [/\bit\b/, /\bduldung\w*|\btoleration\b/, 'toleratedSince'],
  // "His Duldung runs out on 28 February 2027, he has had one since August 2024."
  [/\b(?:had|has|have|got|gets|held|holds) one\b/, /\bduldung\w*|\btoleration\b/, 'toleratedSince'],
  [/\bit\b/, /\basylum (?:application|claim)\b/, 'asylumAppliedOn'],
];

/**
 * Dates that are no fact of the case. `rels` limits the prepositions: "bis zum Ende der Ausbildung im
 * Juli" is an end, "Ausbildung ab August" a start.
 */
const ANY = new Set(['since', 'from', 'until', 'ago', 'in', 'at', 'for', 'span', 'none']);
const EXPIRED = /\b(?:abgelaufen|ausgelaufen|expired|lapsed|ran out|run out)\b/g;
const EXPIRED_WORD = new RegExp(EXPIRED.source);
/**
 * `knows`: the word names the act by which the employer learned of an ending (the notice given, the dismissal,
 * the drop-out, "hat uns gesagt"): an exact past day it takes is `eventKnownOn` (kept only with an ending event).
 */
const ABSORBERS: ReadonlyArray<{
  re: RegExp;
  rels: ReadonlySet<string>;
  negatable?: boolean;
  noun?: boolean;
  knows?: boolean;
  /** The word absorbs only in a segment that also says this. */
  needs?: RegExp;
  /** The word absorbs nothing in a segment that says this. */
  unless?: RegExp;
  /** A birth: the date gives the person's age on today. */
  birth?: boolean;
}> = [
  {
    re: /\b(?:anfangen|anfaengt|beginnen|beginnt|starten|startet|einstellen|anstellen|arbeitsbeginn|ausbildungsbeginn|eintritt|einstieg|start|starts|starting|begin|begins|hire|employ|erster arbeitstag|first day)\b/g,
    rels: new Set(['from', 'at', 'none', 'in']),
  },
  {
    re: /\b(?:ausbildung|ausbildungsplatz|ausbildungsstelle|ausbildungsvertrag|lehre|lehrstelle|stelle|job|praktikum|eq|apprenticeship)\b/g,
    rels: new Set(['from']),
    noun: true,
  },
  { re: /\b(?:vertrag|arbeitsvertrag|contract)\b/g, rels: new Set(['from', 'until']), noun: true },
  {
    re: /\b(?:abgelehnt\w*|ablehnung\w*|ablehnungsbescheid|bescheid|entschieden|entscheidung|abgeschlossen|rechtskraeftig|zurueckgenommen|zurueckgezogen|rejected|rejection|denied|refused|turned down|decided|decision|concluded|withdrawn|withdrew)\b/g,
    rels: new Set(['at', 'none', 'in', 'from', 'since']),
    negatable: true,
  },
  // "ist am 3.11. abgelaufen", "seit zwei Wochen abgelaufen": when the document ran out, not since when it is held.
  { re: EXPIRED, rels: new Set(['at', 'none', 'since', 'ago', 'for', 'in']) },
  {
    re: /\b(?:verlaengert\w*|verlaengerung\w*|extended|renewed|renewal|extension)\b/g,
    rels: new Set(['at', 'none', 'in']),
  },
  {
    // "Anhörung war im Oktober", "Klage eingereicht im Mai 2023", "filed an appeal in May": a step of the procedure
    // after the application, never its date.
    re: /\b(?:termin\w*|vorstellungsgespraech\w*|gespraech|interview|probearbeit|probetag|probe|meeting|appointment|trial|anhoerung\w*|hearing|klage\w*|geklagt|widerspruch|eilantrag|eilverfahren|appeal\w*|lawsuit|court)\b/g,
    rels: ANY,
    noun: true,
  },
  {
    re: /\b(?:gekuendigt|\w*kuendigung\w*|kuendigen|kuendigt|aufgehoert|quit|quits|resigned|resigns|notice|dismissed|entlassen|let (?:\w+ ){1,3}go|hingeschmissen|geschmissen|abgebrochen|walked out|dropped out|getrennt|trennen|fired|laid off)\b/g,
    rels: new Set(['at', 'none', 'in', 'until', 'from']),
    knows: true,
  },
  {
    re: /\b(?:aufhoeren|aufhoert|hoert|letzter (?:arbeits)?tag|last (?:working )?day|quitting|bricht|leaving|leaves|verlaesst)\b/g,
    rels: new Set(['at', 'none', 'in', 'until', 'from']),
  },
  // "am 04.12. durch Aufhebungsvertrag beendet", "terminated by mutual agreement on 1 December": the day of the ending.
  {
    re: /\b(?:aufhebungsvertrag\w*|aufhebungsvereinbarung\w*|aufgehoben|im gegenseitigen einvernehmen|by mutual (?:agreement|consent)|termination agreement|terminated)\b/g,
    rels: new Set(['at', 'none']),
    knows: true,
  },
  // "die Kündigung ging am 25.11. raus", "am 30.11. ist raus": the day the notice went out.
  {
    re: /\b(?:raus|rausgegangen|rausgeschickt|verschickt|zugestellt|ausgehaendigt|went out|was sent|sent out|handed over)\b/g,
    rels: new Set(['at', 'none']),
    knows: true,
  },
  // "resigned by letter dated 1 December, which we received on 3 December": the day the notice reached the employer.
  {
    re: /\b(?:received|erhalten|eingegangen|zugegangen)\b/g,
    rels: new Set(['at', 'none']),
    knows: true,
    needs: /\b(?:kuendigung\w*|gekuendigt|notice|resign\w*|brief|schreiben|letter|aufhebungsvertrag)\b/,
  },
  // "wir haben es am 23. November schriftlich bekommen": the day the ending reached the employer in writing.
  {
    re: /\b(?:schriftlich|per (?:brief|post|mail|e mail)|in writing|by (?:letter|post|mail|email))\b(?: \w+)? (?:bekommen|gekriegt|erhalten|got|received)\b/g,
    rels: new Set(['at', 'none']),
    knows: true,
  },
  // "Am 1. Dezember hat er uns gesagt, dass er aufhört": the day the employer was told.
  {
    re: /\b(?:gesagt|mitgeteilt|erfahren|informiert|bescheid gegeben|told us|informed us|let us know|found out|learned|learnt)\b/g,
    rels: new Set(['at', 'none']),
    knows: true,
  },
  // "finished her training in Germany last year": when a course ended, not when the person came.
  {
    re: /\b(?:finished|completed|graduated|beendet|bestanden|fertig gemacht|abschluss gemacht|anerkannt|recogni[sz]ed|anerkennung|recognition)\b/g,
    rels: new Set(['at', 'none', 'in']),
  },
  // "identity was established in 2023" is the identity's date, not a founding.
  {
    re: /\b(?:gegruendet|founded|(?<!\b(?:identity|identitaet)\b.{0,30})established|gibt es (?:uns )?seit)\b/g,
    rels: ANY,
  },
  // "geboren am 14.02.2001", "date of birth 30 December 2004": the age on today (when the day or month decides it).
  {
    re: /\bgeboren\b|\bborn\b|\bgeburtstag\b|\bbirthday\b|\bgeburtsdatum\b|\bgeb\b|\bdate of birth\b|\bdob\b/g,
    rels: ANY,
    birth: true,
  },
  // "ist seit 3 Wochen nicht mehr gekommen", "has not turned up for weeks": a no-show, no arrival in Germany.
  {
    re: /\bnicht mehr (?:\w+ ){0,3}(?:gekommen|erschienen|aufgetaucht|da gewesen)|\b(?:fehlt|fehlte|gefehlt)\b|\b(?:not|never|hasn't|hasnt|didn't|didnt) (?:\w+ ){0,2}(?:turned up|shown up|showed up|come in|come to work|been in)\b|\bno show\b/g,
    rels: ANY,
  },
  // "Die jetzige Duldung wurde am 13.10.2026 ausgestellt", "was issued on 30 November and runs until …": the day of a
  // paper (renewed every few months), not the Duldung's start; "the first Duldung was issued in 2022" is, and so is
  // one issued "the same month" as the rejection (the date leans on it).
  {
    re: /\b(?:ausgestellt|ausstellung\w*|issued|issue date)\b/g,
    rels: new Set(['at', 'none', 'in', 'since']),
    unless: /\b(?:erste[nmrs]?|first|initial)\b/,
  },
];
/** "Ablehnung des Asylantrags": the application named as what was rejected, not as a cue of its own. */
const OF_ABSORBER =
  /\b(?:ablehnung|ablehnungsbescheid|bescheid|entscheidung|rejection|decision|refusal)(?: (?:des|der|seines|ihres|ueber den|zum|of (?:the|his|her)|on (?:the|his|her)))? ?$/;
/** Another person's dates ("Seine Frau kam 2023 nach", "Her brother arrived in 2015"): not the candidate's. */
const OTHER_PERSON =
  /(?<!\b(?:mit|with|ohne|without|zu|to|bei|von|of|fuer|for|und|and)\s)\b(?:sein(?:e|er|em|en)?|ihr(?:e|er|em|en)?|his|her|their|deren|dessen) (?:frau|ehefrau|mann|ehemann|partner\w*|bruder|schwester|eltern|vater|mutter|sohn|tochter|kinder|kind|familie|cousin\w*|onkel|tante|wife|husband|brother|sister|parents|father|mother|son|daughter|children|child|family|uncle|aunt)\b/;
/**
 * Someone of the employer's side ("Mein Chef ist selbst 2016 gekommen", "our manager came in 2014 too") or a
 * relative named as the subject ("Die Schwester kam 2016"), arriving or living here: not the candidate.
 */
const OTHER_SUBJECT =
  /(?:^|[,;:]) *(?:der|die|the) (?:bruder|schwester|eltern|vater|mutter|cousin\w*|onkel|tante|brother|sister|parents|father|mother|uncle|aunt)\b|\b(?:unser\w*|mein\w*|our|my|der|die|the) (?:chef\w*|meister\w*|vorarbeiter\w*|inhaber\w*|geschaeftsfuehrer\w*|pflegedienstleitung|leiter\w*|manager\w*|boss|owner|founder|co founder|cofounder|foreman|supervisor)\b(?=.*\b(?:kam|came|gekommen|eingereist|arrived|entered|moved|hier|here|lebt|lives|geflohen|fled|born|geboren)\b)/;
const otherPerson = (text: string) => OTHER_PERSON.test(text) || OTHER_SUBJECT.test(text);
/** "…, er selbst erst 2018", "die Bewerberin erst 2023": the candidate's own date after another person's. */
const CANDIDATE_SELF =
  /\b(?:er|sie|he|she) (?:selbst|himself|herself)\b|\b(?:der bewerber|die bewerberin|the applicant|the candidate)\b/;
const DOCUMENT = /duldung|gestattung|aufenthaltserlaubnis|ausweis|papier|paper|dokument|document|permit|toleration/;
/**
 * A head of the date's own clause that is not a cue ("macht seit 2 Jahren nen Deutschkurs", "wohnt seit 3 Jahren
 * in Leipzig", "ist seit 25 Jahren verheiratet", "hat seit Mai eine Arbeitserlaubnis"): the date is that one's,
 * never borrowed by the Duldung of the clause before.
 */
const FOREIGN_HEAD =
  /\b(?:wohn\w*|lebt|leben|lebe|lives?|living|verheiratet|married|\w*kurs\w*|course|class|\w*erlaubnis|\w*genehmigung|\w*schule|school|studiert|studies|studying|ausbildung|lehre|training|apprenticeship|job|arbeitet|works|working|staatsangehoerigkeit|staatsbuergerschaft|citizenship|eingebuergert|naturali[sz]ed)\b/;
/**
 * The Duldung's date only from a clause that names the Duldung (a whitelist, not a list of other heads): a date
 * in another clause than the Duldung's word ("Er hat eine Duldung und besucht seit einem Jahr einen Kurs", "is
 * tolerated and has had a work permit since June") or in a segment of its own ("…, seit 2020 verheiratet") is
 * the Duldung's only when nothing but these words stand beside it ("und seit 2020", "hat er seit 2020",
 * "I think since 2020").
 */
const CLAUSE_FILLER = new Set(
  (
    'seit seid since for fuer von from ab schon bereits already erst only just jetzt now inzwischen mittlerweile ' +
    'nun noch still auch also too ungefaehr etwa ca circa about around roughly approximately knapp fast almost ' +
    'nearly gut ueber mehr als over than more so wohl glaube glaub ich denke meine i think guess believe maybe ' +
    'vielleicht probably wahrscheinlich hat hatte haben hab has had have having holds held hold er sie es he she ' +
    'it they die den der das one eine einen ist is war was been be ja yes genau exactly dem the a an'
  ).split(' '),
);
const onlyFiller = (text: string) =>
  (text.match(/[\p{L}']+/gu) ?? []).every((w) => CLAUSE_FILLER.has(w.replace(/'s$/, '')));
/** "mit Ausbildungsduldung", "with a training toleration": a noun that describes the person, not the clause's head. */
const ATTRIBUTE_BEFORE =
  /\b(?:mit|with|ohne|without)(?: (?:a|an|einer?|einem|der|the|seiner?|ihrer?|his|her))?(?: \w+)? $/;
/** A validity said in the past ("lief bis Ende September", "war bis 15.11. gültig", "was valid until"). */
const PAST_VALIDITY =
  /\b(?:lief|galt|war (?:\S+ ){0,3}gueltig|was (?:\S+ ){0,2}valid|ran (?:until|till|to)|abgelaufen|ausgelaufen|expired|lapsed|ran out)\b/;
const PRESENT_VALIDITY = /\b(?:gilt|ist (?:\S+ ){0,3}gueltig|is (?:\S+ ){0,2}valid|runs|expires|laeuft)\b/;
const CONTRAST = /\b(?:sondern|but|vielmehr|rather)\b/;
// "2018 I think, not sure", "2019 glaube ich, bin mir aber nicht sicher": a hedge before the doubt.
const UNSURE_AFTER =
  /^ *[,(]? *(?:(?:i think|i guess|i believe|glaube? ich|denke ich|meine ich)\b *[,;]? *)?(?:oder so\b|or so\b|or something\b|or thereabouts\b|(?:but |aber )?(?:i'?m |ich bin (?:mir )?|bin (?:mir )?|das ist )?(?:not|nicht) (?:ganz |100 ?% |so |really |quite |entirely |completely )?(?:sure|sicher|certain)\b|unsicher\b|(?:but |aber )?(?:i )?(?:don'?t|do not) know (?:exactly|for sure)\b|(?:aber )?(?:das )?weiss ich (?:aber )?(?:nicht|nich) (?:genau|sicher|mehr)\b|(?:i'?d|i would) have to check\b|muesste ich nach\w+\b|(?:maybe|vielleicht|perhaps|oder) (?:auch )?(?:earlier|later|frueher|spaeter|eher)\b)/;
const PAST = /\b(?:vorher|davor|frueher|damals|hatte|had|before|previously|formerly)\b/;
const DATE_NEGATOR = /^(?:nicht|not|kein|keinen)$/;
const KNOWING = /^(?:weiss|weis|wissen|wisst|know|knows|sure|sicher|genau|exactly|remember|erinnern|recall)$/;

interface Target {
  /** Where the cue word stands (cues only): two dates at the same price may want the same word. */
  at?: number;
  /** Taken by a word that names how the employer learned of an ending (`knows` of ABSORBERS). */
  known?: boolean;
  key?: FactKey;
  value?: Finding['value'];
  weak?: boolean;
  /** A date no fact takes: the value of "abgelaufen" when it is the document's expiry. */
  expiry?: Finding;
  score: number;
}

interface Segment extends Span {
  text: string;
  /** Offsets (relative to the segment) of "und", "aber", … */
  soft: number[];
}

function segmentOf(doc: Doc, at: number): Segment {
  const s = spanOf(doc.segments, at);
  const start = Math.max(s.start, at - REACH);
  const end = Math.min(s.end, at + REACH);
  const text = doc.text.slice(start, end);
  return { start, end, text, soft: [...text.matchAll(SOFT_BOUNDARY)].map((m) => m.index) };
}

/**
 * "Unser Helfer (Duldung bis 15.01.2027) hat letzten Freitag gekündigt": a parenthesis that says more than its date
 * is a clause of its own; its date binds inside it only. A date alone in one ("am Freitag (4.12.)", "ein geduldeter
 * Syrer (seit 2022)") belongs to the words outside.
 */
function scopeOf(doc: Doc, e: TimeExpr): Segment {
  const seg = segmentOf(doc, e.start);
  const sentence = spanOf(doc.sentences, e.start);
  const before = doc.text.slice(sentence.start, e.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return seg;
  const close = doc.text.indexOf(')', e.end);
  if (close < 0 || close > sentence.end) return seg;
  const inner = Math.max(seg.start, sentence.start + open + 1);
  const end = Math.min(seg.end, close);
  if (onlyFiller(`${doc.text.slice(inner, e.start)} ${doc.text.slice(e.end, end)}`)) return seg;
  // The noun the parenthesis describes stays in sight: "Reisepass (gültig bis 2029)" is the passport's validity.
  const head = /[\p{L}]+ *\( *$/u.exec(doc.text.slice(seg.start, inner));
  const start = head ? seg.start + head.index : inner;
  const text = doc.text.slice(start, end);
  return { start, end, text, soft: [...text.matchAll(SOFT_BOUNDARY)].map((m) => m.index) };
}

/** Characters between a word and a date, plus the price of each "und"/"but" between them. */
function gap(seg: Segment, wordStart: number, wordEnd: number, e: TimeExpr): number {
  const from = Math.min(wordEnd, e.end);
  const to = Math.max(wordStart, e.start);
  const crossings = seg.soft.filter((o) => o + seg.start >= from && o + seg.start < to).length;
  return Math.max(0, wordStart - e.end, e.start - wordEnd) + crossings * SOFT_COST;
}

/** "Einreise: 03/2021", "Duldung seit: 01/2024", "Asylantrag vom Juni 2025": the cue names this date. */
function isLabel(text: string, cueEnd: number, e: TimeExpr): boolean {
  if (cueEnd > e.start) return false;
  return /^ ?: ?(?:seit |since )?$|^ (?:vom|von|from|of|dated) (?:dem |den |the )?$/.test(text.slice(cueEnd, e.start));
}

/**
 * "geduldet seit letztem März eingereist ist er 2021": a preposition right after a cue word ties the date after
 * it to that word, closer than the word after the date (the next clause's verb when punctuation is missing).
 */
function attached(text: string, cueEnd: number, e: TimeExpr): boolean {
  if (cueEnd > e.start) return false;
  return /^ (?:seit|seid|since|im|in|am|on|zum|bis|until|till)(?: dem| den| der| the)? $/.test(
    text.slice(cueEnd, e.start),
  );
}
/** "Duldung seit Oktober 2025 eingereist 2017": "seit" makes the date the noun's own, whatever verb follows. */
const attachedSince = (text: string, cueEnd: number, e: TimeExpr) =>
  cueEnd <= e.start && /^ (?:seit|seid|since)(?: dem| den| der| the)? $/.test(text.slice(cueEnd, e.start));
const ATTACHED = 15;

/** The first day of a partial date ("2026-10" → 1 October 2026). */
function firstDayOf(partial: string): Ymd {
  const [y, m, d] = partial.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 1, d: d ?? 1 };
}

const COARSER: Record<Precision, number> = { year: 0, month: 1, day: 2 };
const coarser = (a: Precision, b: Precision): Precision => (COARSER[a] <= COARSER[b] ? a : b);

/**
 * "Eingereist im Oktober 2022 und im Februar Asyl beantragt": a month said without a year ("im"/"in", not
 * "seit") after a past date of the same sentence continues that story: the first such month on or after it.
 */
function storyMonth(doc: Doc, e: TimeExpr, last: { e: TimeExpr; date: Ymd } | undefined, today: Ymd): TimeExpr {
  if (!last || !e.month || e.date || e.rel !== 'at' || e.endOf || last.e.deictic) return e;
  if (compare(last.date, today) > 0 || spanOf(doc.sentences, last.e.start).end <= e.start) return e;
  const from = last.e.precision === 'year' ? { ...last.date, m: 1, d: 1 } : last.date;
  // "came on 3 July 2023, applied for asylum on 10 July": a day of a month too.
  const d = e.precision === 'day' ? e.month.d : 1;
  const y = e.month.m < from.m || (e.month.m === from.m && d < from.d) ? from.y + 1 : from.y;
  const anchor = { y, m: e.month.m, d };
  return compare(anchor, today) <= 0 ? { ...e, anchor } : e;
}

/**
 * "seitdem", "im selben Jahr", "im selben Monat", "im April desselben Jahres", "drei Monate später": the date said
 * last before it (a rejection, an arrival), at its precision or coarser ("the same year" is that year; a date moved
 * on by a duration is its month at best, like a duration counted back).
 */
function resolveAnaphors(doc: Doc, times: readonly TimeExpr[], today: Ymd): TimeExpr[] {
  const out: TimeExpr[] = [];
  let last: { e: TimeExpr; date: Ymd } | undefined;
  let lastMonth: TimeExpr | undefined;
  const push = (e: TimeExpr, date?: Ymd) => {
    out.push(e);
    if (date) last = { e, date };
    lastMonth = e.month && !date ? e : undefined;
  };
  for (const [i, raw] of times.entries()) {
    if (raw.ahead && raw.later) {
      // The next date of the same sentence, at the month at best.
      const sentenceEnd = spanOf(doc.sentences, raw.start).end;
      const next = times.slice(i + 1).find((t) => t.start < sentenceEnd && !t.anaphor && !t.duration && !t.deictic);
      if (!next?.date) continue;
      const date = shift(next.date, raw.later.months, raw.later.days, 1);
      if (compare(date, today) > 0) continue;
      push({ start: raw.start, end: raw.end, rel: raw.rel, date, precision: coarser(next.precision, 'month') }, date);
      continue;
    }
    if (!raw.anaphor) {
      const e = storyMonth(doc, raw, last, today);
      // "ist erst seit 2. Oktober hier und hat am 9. Oktober Asyl beantragt": a past day or month said without its
      // year is the latest one, and the story goes on from it (not from a year said of someone else before).
      const latest =
        e.month && !e.date && !e.anchor && e.rel === 'since' ? resolveTime(e, 'entryDate', today)?.value : undefined;
      const date =
        e.date ??
        e.anchor ??
        (typeof latest === 'string' ? firstDayOf(latest) : undefined) ??
        (e.duration ? shift(today, e.duration.months, e.duration.days, -1) : undefined);
      if (date || e.month || e.duration) push(e, date);
      else out.push(e);
      continue;
    }
    const base = { start: raw.start, end: raw.end, rel: raw.rel };
    if (!last) {
      if (lastMonth?.month && raw.anaphor === 'same' && !raw.later)
        push({ ...base, month: lastMonth.month, precision: lastMonth.precision });
      continue;
    }
    const { e: prev, date } = last;
    const prevPrecision: Precision = prev.duration ? 'month' : prev.precision;
    const back = raw.later && (raw.later.months < 0 || raw.later.days < 0);
    const later = raw.later ? shift(date, Math.abs(raw.later.months), Math.abs(raw.later.days), back ? -1 : 1) : date;
    if (raw.anaphor === 'year') {
      const y = later.y;
      if (raw.month)
        push({ ...base, date: { y, m: raw.month.m, d: 1 }, precision: 'month' }, { y, m: raw.month.m, d: 1 });
      else push({ ...base, date: { y, m: 1, d: 1 }, precision: 'year' }, { y, m: 1, d: 1 });
    } else if (raw.anaphor === 'month') {
      if (prevPrecision === 'year') continue;
      push({ ...base, date: later, precision: 'month' }, later);
    } else {
      const precision = raw.later ? coarser(prevPrecision, 'month') : prevPrecision;
      if (raw.later && compare(later, today) > 0) continue;
      push({ ...base, date: later, precision }, later);
    }
  }
  return out;
}

/** The cost of each way `e` could bind inside its segment: to a cue (a fact) or to an absorber (no fact). */
function targetsOf(doc: Doc, e: TimeExpr, seg: Segment, today: Ymd, contrasted = false): Target[] {
  const targets: Target[] = [];
  const asylumMessage = ASYLUM_MESSAGE.test(doc.text) && !OTHER_APPLICATION.test(seg.text);
  const absorbed: Array<Target & { noun: boolean; governs: boolean; raw: number }> = [];
  for (const a of ABSORBERS) {
    // "resigned by letter dated 1 December, which we received on 3 December": the letter may stand in the clause before.
    if (!a.rels.has(e.rel) || (a.needs && !a.needs.test(sentenceOf(doc, seg))) || a.unless?.test(seg.text)) continue;
    if (a.unless && /same|selben|gleichen|danach|darauf|then/.test(doc.text.slice(e.start, e.end))) continue;
    for (const m of seg.text.matchAll(a.re)) {
      const ws = seg.start + m.index;
      // "noch nicht entschieden" dates nothing.
      if (a.negatable && negatedInSegment(seg, ws)) continue;
      // "Duldung seit der Ablehnung im März 2023": the rejection marks when the Duldung began.
      // "since the asylum rejection in March 2019", "seit der endgültigen Ablehnung" too.
      if (
        a.negatable &&
        /\b(?:seit|since) (?:der|dem|the|seiner|ihrer|his|her) (?:[\p{L}]+ )?$/u.test(
          doc.text.slice(Math.max(0, ws - 40), ws),
        )
      )
        continue;
      const expiry = a.re === EXPIRED ? expiredOn(e, seg.text, today) : undefined;
      const raw = gap(seg, ws, ws + m[0].length, e);
      const age = a.birth ? ageOn(e, today) : undefined;
      absorbed.push({
        ...(age !== undefined ? { key: 'age' as FactKey, value: age } : {}),
        score: raw - (attached(doc.text, ws + m[0].length, e) ? ATTACHED : 0),
        raw,
        ...(a.knows ? { known: true } : {}),
        noun: a.noun === true,
        governs: a.noun !== true,
        ...(expiry ? { expiry } : {}),
      });
    }
  }
  const cues: Array<Target & { noun: boolean; governs: boolean; raw: number; place?: boolean }> = [];
  // "gestern", "letzten Freitag" date what just happened, never the person's history.
  for (const cue of e.deictic ? [] : CUES) {
    if (
      cue.unless?.test(seg.text) ||
      (cue.needs && !cue.needs.test(cue.needsInSentence ? sentenceOf(doc, seg) : seg.text))
    )
      continue;
    if (cue.asylum && !asylumMessage) continue;
    // Anything can come: "kam" dates an arrival only where nothing else in the segment is dated.
    if (cue.cls === 'weak' && absorbed.length > 0) continue;
    for (const m of seg.text.matchAll(cue.re)) {
      const ws = seg.start + m.index;
      const we = ws + m[0].length;
      if (cue.attributive && !ownOfAttribute(doc.text, ws, we, e)) continue;
      // "2022 ohne Asylantrag eingereist", "came 2024 without asylum": a denied application dates nothing.
      const denied = cue.cls === 'verb' || cue.cls === 'weak' || cue.keys.includes('asylumAppliedOn');
      if (denied && !contrasted && negatedInSegment(seg, ws)) continue;
      if (OF_ABSORBER.test(doc.text.slice(Math.max(seg.start, ws - 40), ws))) continue;
      // A bare duration ("ist 5 Jahre hier") is a stay only beside the place it is spent in ("entered two days before").
      const bare = e.duration !== undefined && e.rel === 'none' && cue.cls !== 'vague';
      const read = (k: FactKey) =>
        k === 'documentValidUntil'
          ? expiryOf(doc, e, seg, today)
          : k === 'entryDate' && bare
            ? undefined
            : resolveTime(e, k, today);
      const key = cue.keys.find((k) => read(k));
      const r = key && read(key);
      if (!key || !r) continue;
      if (key === 'toleratedSince' && !namesTheDuldung(doc, seg, ws, we, e)) continue;
      // "insgesamt 36 Monate", "in total 3 years": the total names the duration after it.
      const total = key === 'stayMonths' && cue.cls === 'noun' && /^ (?:seit )?$/.test(doc.text.slice(we, e.start));
      const cls = isLabel(doc.text, we, e) || total ? 'label' : cue.cls;
      const raw = gap(seg, ws, we, e);
      cues.push({
        key,
        value: r.value,
        at: ws,
        raw,
        noun: cls === 'noun' && !attachedSince(doc.text, we, e),
        governs: cls === 'verb',
        ...(cls === 'vague' ? { place: true } : {}),
        score:
          raw +
          (cls === cue.cls && cue.cost !== undefined ? cue.cost : CLASS_COST[cls]) -
          (attached(doc.text, we, e) ? ATTACHED : 0),
        ...(cls === 'weak' || cls === 'vague' ? { weak: true } : {}),
      });
    }
  }
  const all = [...absorbed, ...cues];
  // A verb of the date's own clause (no "und"/"but" between) governs it; nouns of that clause are its arguments.
  const verbInClause = all.some((t) => t.governs && t.raw < SOFT_COST);
  // "in Deutschland", "hier" is a place: a verb of the clause dates the date ("finished her training in Germany last year").
  for (const t of all) if ((t.noun || ('place' in t && t.place)) && verbInClause) t.score += NOUN_UNDER_VERB;
  targets.push(...all);
  return targets;
}

/** The age on `today` of a person born on `e`; undefined when the year alone (or the month of today) leaves it open. */
function ageOn(e: TimeExpr, today: Ymd): number | undefined {
  const born = e.date;
  if (!born || e.duration || e.precision === 'year' || compare(born, today) >= 0) return undefined;
  if (e.precision === 'month' && born.m === today.m) return undefined;
  const before = today.m < born.m || (today.m === born.m && today.d < born.d);
  const age = today.y - born.y - (before ? 1 : 0);
  return age >= 14 && age <= 80 ? age : undefined;
}

/** The document's expiry `e` gives: the next such day, or the last one when the validity is told as past. */
function expiryOf(doc: Doc, e: TimeExpr, seg: Segment, today: Ymd) {
  const past =
    PAST_VALIDITY.test(seg.text) || (EXPIRED_WORD.test(sentenceOf(doc, seg)) && !PRESENT_VALIDITY.test(seg.text));
  if (!past) return resolveTime(e, 'documentValidUntil', today);
  const value = pastExpiry(e, today);
  return value ? { value } : undefined;
}

function sentenceOf(doc: Doc, seg: Segment): string {
  const s = spanOf(doc.sentences, seg.start);
  return doc.text.slice(s.start, Math.max(s.end, seg.end));
}

/**
 * Whether the Duldung's word at `ws`–`we` is the head of the clause `e` stands in: it stands in the date's own
 * clause (or that clause says nothing else), and it is not an attribute of the person ("Azubi mit
 * Ausbildungsduldung ist seit 3 Wochen nicht mehr gekommen") unless the date is tied to it ("mit Duldung seit 2020").
 */
function namesTheDuldung(doc: Doc, seg: Segment, ws: number, we: number, e: TimeExpr): boolean {
  // "mit Duldung seit 2021", "mit Duldung (seit 2021)", "seit 2021 mit Duldung": the date is the attribute's own.
  const tied =
    isLabel(doc.text, we, e) ||
    attachedSince(doc.text, we, e) ||
    (we <= e.start && /^ *\( *(?:seit |since )?$/.test(doc.text.slice(we, e.start))) ||
    (e.end <= ws && ATTRIBUTE_BEFORE.test(` ${doc.text.slice(e.end, ws)}`) && ws - e.end < 20);
  if (!tied && ATTRIBUTE_BEFORE.test(doc.text.slice(Math.max(seg.start, ws - 40), ws))) return false;
  let from = seg.start;
  let to = seg.end;
  for (const m of seg.text.matchAll(SOFT_BOUNDARY)) {
    const s = seg.start + m.index;
    if (s + m[0].length <= e.start) from = Math.max(from, s + m[0].length);
    else if (s >= e.end) to = Math.min(to, s);
  }
  if (ws >= from && we <= to) return true;
  return onlyFiller(`${doc.text.slice(from, e.start)} ${doc.text.slice(e.end, to)}`);
}

/** A negation before `at` within its own segment ("Asyl nie beantragt, eingereist 2023" negates only the first). */
function negatedInSegment(seg: Segment, at: number): boolean {
  const words = seg.text.slice(0, at - seg.start).match(/[\p{L}\d']+/gu) ?? [];
  const [first, second] = words.slice(-2);
  // "ohne Asylantrag eingereist": "ohne" takes the noun after it, not the verb.
  if (second !== undefined && /^(?:ohne|without)$/.test(first ?? '') && !NEGATORS.test(second)) return false;
  return words.slice(-2).some((w) => NEGATORS.test(w));
}

/** "er hat sie seit Juni 2024" right after "Seine Duldung läuft … ab": the pronoun's noun dates it. */
function pronounTargets(doc: Doc, e: TimeExpr, seg: Segment, today: Ymd): Target[] {
  if (e.deictic) return [];
  // The noun may stand in the sentence before ("His Duldung expires … He's had it since June 2024").
  const before = doc.text.slice(Math.max(0, seg.start - REACH / 2), seg.start);
  const own = doc.text.slice(seg.start, e.start);
  for (const [pronoun, noun, key] of PRONOUN_NOUNS) {
    if (!pronoun.test(own) || !noun.test(before)) continue;
    const r = resolveTime(e, key, today);
    if (r) return [{ key, value: r.value, score: PRONOUN_COST }];
  }
  return [];
}

/**
 * "Die Duldung ist am 3.11. abgelaufen": a date (not a duration) beside "abgelaufen" is the past
 * expiry of the document; read like a past date ("3.11." is the latest 3 November).
 */
function expiredOn(e: TimeExpr, segment: string, today: Ymd): Finding | undefined {
  if (e.duration || (e.rel !== 'at' && e.rel !== 'none') || !DOCUMENT.test(segment)) return undefined;
  // "ran out at the end of November": the month's last day, as any expiry said with "Ende".
  const value = pastExpiry(e, today);
  return value ? { key: 'documentValidUntil', value, start: e.start, end: e.end } : undefined;
}

const VALIDITY = /\b(?:gueltig\w*|gilt|valid|validity|befristet)\b/;
/**
 * Two dates joined as a period ("vom 01.12.2026 bis 28.02.2027", "15.11.2026 - 14.05.2027", "from 1 October to
 * 31 March 2027") after a word of validity, in a sentence that names a document: the document's term.
 */
function validityPeriod(doc: Doc, e: TimeExpr, next: TimeExpr): boolean {
  if (e.deictic || next.deictic || e.duration || next.duration || e.anaphor || next.anaphor) return false;
  if (!/^ *(?:bis|to|until|till|-|–) *(?:zum |the )?$/.test(doc.text.slice(e.end, next.start))) return false;
  const sentence = spanOf(doc.sentences, e.start);
  const before = doc.text.slice(Math.max(sentence.start, e.start - 40), e.start);
  return VALIDITY.test(before) && DOCUMENT.test(doc.text.slice(sentence.start, sentence.end));
}

/**
 * "nicht seit 2022, sondern seit Juli 2023": the negated date is dropped, the one after "sondern" takes
 * its place. "von 2022 bis 2025", "from 2022 to 2025": a period, and no fact of the contract is one.
 */
function contrasts(
  doc: Doc,
  times: readonly TimeExpr[],
): {
  dropped: Set<TimeExpr>;
  moved: Map<TimeExpr, number>;
  either: Set<TimeExpr>;
  unsure: Set<TimeExpr>;
  spans: Array<[TimeExpr, TimeExpr]>;
  validUntil: Set<TimeExpr>;
} {
  const dropped = new Set<TimeExpr>();
  const moved = new Map<TimeExpr, number>();
  const either = new Set<TimeExpr>();
  const unsure = new Set<TimeExpr>();
  const spans: Array<[TimeExpr, TimeExpr]> = [];
  const validUntil = new Set<TimeExpr>();
  for (const [i, e] of times.entries()) {
    const following = times[i + 1];
    // "2021 oder 2022", "2021 or 2022": the first binds as usual but gives no value; the second is dropped.
    // "2017, vielleicht auch 2018", "2019, maybe 2020" too.
    const alternative =
      /^ *(?:,? *(?:oder|or|bzw\.?|beziehungsweise|\/) *(?:vielleicht |maybe |auch |eher |perhaps )?|, *(?:vielleicht|maybe|perhaps|possibly|eventuell|evtl\.?|oder) (?:auch |also |even |eher )?(?:schon |erst )?(?:in |im )?|[,;]? *(?:but|aber|oder) (?:it |es )?(?:could|might|may|koennte|kann) (?:also |auch |as well |have been |be |gewesen )*(?:in |im )?)$/;
    if (following && !e.deictic && !following.deictic && alternative.test(doc.text.slice(e.end, following.start))) {
      either.add(e);
      dropped.add(following);
    }
    // "2018 oder so", "in 2017, not sure, maybe earlier": a date the employer is not sure of gives nothing either.
    // As the answer to the question ("3 years or so") it is the value: see `unsure` in understand.ts.
    if (!e.deictic && !e.duration && UNSURE_AFTER.test(doc.text.slice(e.end, e.end + 40))) unsure.add(e);
    const range = /^ *(?:bis|to|until|till|-) *$/;
    // "Duldung gültig vom 01.12.2026 bis 28.02.2027", "valid 15.11.2026 - 14.05.2027": the document runs until the second.
    if (following && validityPeriod(doc, e, following)) {
      dropped.add(e);
      validUntil.add(following);
      continue;
    }
    const from = e.rel === 'from' || /\bvon $/.test(doc.text.slice(Math.max(0, e.start - 4), e.start));
    if (from && following?.rel === 'until' && range.test(doc.text.slice(e.end, following.start))) {
      dropped.add(e);
      dropped.add(following);
      spans.push([e, following]);
    }
    // "nicht seit 2022", "not in 2019": a negator right before the date, with no other date or "sondern" between.
    const words = (doc.text.slice(Math.max(0, e.start - 30), e.start).match(/[\p{L}\d']+/gu) ?? []).slice(-3);
    const negator = words.findLastIndex((w) => DATE_NEGATOR.test(w));
    if (negator < 0 || words.slice(negator + 1).some((w) => /\d/.test(w) || CONTRAST.test(w))) continue;
    // "weiß nicht genau, 2019", "not sure, 2019": the knowing is denied, not the date.
    if ([words[negator - 1], words[negator + 1]].some((w) => KNOWING.test(w ?? ''))) continue;
    dropped.add(e);
    const sentence = spanOf(doc.sentences, e.start);
    const next = times.slice(i + 1).find((n) => n.start < sentence.end);
    if (next && CONTRAST.test(doc.text.slice(e.end, next.start))) moved.set(next, e.start);
  }
  return { dropped, moved, either, unsure, spans, validUntil };
}

/**
 * "Duldung, seit 2020", "Eingereist ist er, ich glaube, im Mai 2019": a date whose own segment names
 * nothing takes the words of the segment before (up to two back, in its sentence, none holding a date of
 * its own), at the price of each comma crossed.
 */
function borrowedTargets(doc: Doc, e: TimeExpr, times: readonly TimeExpr[], today: Ymd): Target[] {
  // A length ("a 3-year apprenticeship", "6 weeks") names no point in time of its own.
  if ((e.duration && e.rel !== 'since' && e.rel !== 'ago') || e.deictic) return [];
  const sentence = spanOf(doc.sentences, e.start);
  const own = doc.segments.findIndex((s) => e.start >= s.start && e.start < s.end);
  const ownSeg = doc.segments[own];
  if (!ownSeg) return [];
  const after = forwardTargets(doc, e, own, times, today, true);
  if (after.length > 0) return after;
  // Only a segment that says nothing but the date ("glaub ich seit letztem Sommer"), not "er hat eine Gestattung seit Februar".
  const rest = `${doc.text.slice(ownSeg.start, e.start)} ${doc.text.slice(e.end, ownSeg.end)}`;
  const words = rest.match(/[\p{L}']+/gu) ?? [];
  if (words.length > 5 || DOCUMENT.test(rest) || FOREIGN_HEAD.test(rest)) return [];
  // The Duldung of the segment before only for a segment that says nothing else ("…, seit 2020 verheiratet": no).
  const duldungFree = onlyFiller(rest);
  const self = CANDIDATE_SELF.test(rest);
  for (let back = 1; back <= 2; back++) {
    const s = doc.segments[own - back];
    // "Seit wann er hier ist? Seit 2018.": the employer's own question, answered by the date alone.
    const asked = back === 1 && s !== undefined && /^\s*\?/.test(doc.text.slice(s.end, sentence.start + 1));
    if (!s || (s.start < sentence.start && !(asked && duldungFree))) return forwardTargets(doc, e, own, times, today);
    const seg = segmentOf(doc, s.start);
    const other = otherPerson(seg.text);
    // "Die Schwester kam 2016, er selbst erst 2018": the other's verb, the candidate's date.
    if (other && !self) return [];
    // "Duldung valid until 7 January 2027, held since 2020": an expiry ahead leaves the start free.
    const dated = times.filter((t) => t.start >= s.start && t.start < s.end);
    const ahead = (t: TimeExpr) =>
      (t.date !== undefined && compare(t.date, today) > 0) || (t.rel === 'until' && !t.date && !t.duration);
    if (!other && dated.length > 0 && !(e.rel === 'since' && dated.every(ahead))) return [];
    // "we fired our worker (employment toleration, from Iraq) on 30 November": a parenthesis is an insert.
    const text = doc.text.slice(seg.start, e.end).replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
    const targets = targetsOf(doc, e, { ...seg, end: e.end, text }, today).filter(
      (t) => duldungFree || t.key !== 'toleratedSince',
    );
    if (targets.length > 0) return targets.map((t) => ({ ...t, score: t.score + back * SOFT_COST }));
  }
  return forwardTargets(doc, e, own, times, today);
}

/**
 * "Before that, from 2021, she was in the asylum procedure": a date alone in its segment at the head of a sentence
 * (nothing before it to lean on) takes the words of the segment after it, when that one holds no date of its own.
 */
function forwardTargets(
  doc: Doc,
  e: TimeExpr,
  own: number,
  times: readonly TimeExpr[],
  today: Ymd,
  whenOnly = false,
): Target[] {
  const ownSeg = doc.segments[own];
  const next = doc.segments[own + 1];
  if (!ownSeg || !next || next.start >= spanOf(doc.sentences, e.start).end) return [];
  // "a Gestattung from August 2018, when she applied for asylum", "im Mai 2019, als er einreiste": the clause after
  // the date says what happened then, whatever its own segment says.
  const when = /^\s*(?:when|als|wo) (?:he|she|they|er|sie)\b/.test(doc.text.slice(next.start, next.end));
  const last = times.filter((t) => t.start >= ownSeg.start && t.start < ownSeg.end).at(-1);
  if (whenOnly && !when) return [];
  if (
    !(when && last === e) &&
    !onlyFiller(`${doc.text.slice(ownSeg.start, e.start)} ${doc.text.slice(e.end, ownSeg.end)}`)
  )
    return [];
  if (times.some((t) => t !== e && t.start >= next.start && t.start < next.end)) return [];
  const text = doc.text.slice(e.start, next.end);
  if (otherPerson(text)) return [];
  const seg = { start: e.start, end: next.end, text, soft: [...text.matchAll(SOFT_BOUNDARY)].map((m) => m.index) };
  // Only a fact's word: "ja, 2019, wurde abgelehnt" leaves the year to the question it answers.
  return targetsOf(doc, e, seg, today)
    .filter((t) => t.key !== undefined)
    .map((t) => ({ ...t, score: t.score + SOFT_COST }));
}

/**
 * Assigns each date or duration to a fact by the cue words of its segment, all at once: the cheapest
 * pairs first, each date and each fact once. The rest are returned as orphans (no word in reach).
 */
export function assignTimes(
  doc: Doc,
  rawTimes: readonly TimeExpr[],
  today: Ymd,
): { found: Finding[]; orphans: TimeExpr[]; undecided: boolean; spans: Array<[TimeExpr, TimeExpr]> } {
  const times = resolveAnaphors(doc, rawTimes, today);
  const { dropped, moved, either, unsure, spans, validUntil } = contrasts(doc, times);
  const pairs: Array<{ e: TimeExpr; t: Target }> = [];
  const orphans: TimeExpr[] = [];
  for (const e of times) {
    if (dropped.has(e) || validUntil.has(e)) continue;
    const seg = scopeOf(doc, e);
    // Another person's arrival or stay is no fact of the candidate's.
    if (otherPerson(seg.text)) continue;
    const targets = [...targetsOf(doc, e, seg, today), ...pronounTargets(doc, e, seg, today)];
    // After "sondern"/"but" a date takes the place of the negated one, with that one's words.
    const instead = moved.get(e);
    if (instead !== undefined)
      targets.push(...targetsOf(doc, { ...e, start: instead, end: instead }, segmentOf(doc, instead), today, true));
    if (targets.length === 0) targets.push(...borrowedTargets(doc, e, times, today));
    // A day counted from today that dates nothing is no answer to a question either.
    if (targets.length === 0 && !e.deictic) orphans.push(e);
    for (const t of targets) pairs.push({ e, t });
  }
  // Ties go to the word that takes the date away: a date is dropped rather than misplaced.
  // "eingereist 08/19 asyl gestellt 09/19": at the same price, the word no other date wants as cheaply goes first,
  // so that each date keeps a word ("Asyl" is wanted by both dates, "eingereist" only by the first).
  const wantedBy = new Map<Target, number>();
  for (const { t } of pairs)
    if (t.at !== undefined)
      wantedBy.set(t, pairs.filter((p) => p.t.at === t.at && p.t.key === t.key && p.t.score <= t.score).length);
  const wanted = (t: Target) => wantedBy.get(t) ?? 0;
  pairs.sort(
    (a, b) =>
      a.t.score - b.t.score ||
      wanted(a.t) - wanted(b.t) ||
      Number(a.t.key !== undefined) - Number(b.t.key !== undefined),
  );
  const taken = new Set<TimeExpr>();
  const keys = new Set<FactKey>();
  const found: Finding[] = [];
  for (const e of validUntil) {
    const r = keys.has('documentValidUntil')
      ? undefined
      : resolveTime({ ...e, rel: 'until' }, 'documentValidUntil', today);
    taken.add(e);
    if (!r) continue;
    keys.add('documentValidUntil');
    found.push({ key: 'documentValidUntil', value: r.value, start: e.start, end: e.end });
  }
  for (const { e, t } of pairs) {
    if (taken.has(e) || (t.key && keys.has(t.key))) continue;
    taken.add(e);
    // "resigned by letter dated 1 December, which we received on 3 December": the employer knew on the later day.
    const knownOn = t.known ? exactPastDay(e, today) : undefined;
    const before = found.find((f) => f.key === 'eventKnownOn');
    if (knownOn && (!before || String(before.value) < knownOn)) {
      if (before) found.splice(found.indexOf(before), 1);
      keys.add('eventKnownOn');
      found.push({ key: 'eventKnownOn', value: knownOn, start: e.start, end: e.end });
    }
    if (t.expiry && !keys.has('documentValidUntil')) {
      keys.add('documentValidUntil');
      found.push(t.expiry);
    }
    if (!t.key || t.value === undefined) continue;
    keys.add(t.key);
    found.push({
      key: t.key,
      value: t.value,
      start: e.start,
      end: e.end,
      ...(t.weak ? { weak: true } : {}),
      ...(either.has(e) ? { either: true } : {}),
      ...(unsure.has(e) ? { unsure: true } : {}),
    });
  }
  // An "until" date beside a document with no other word: its expiry ("Duldung bis 31.12.2026").
  for (const e of times) {
    if (taken.has(e) || dropped.has(e) || e.rel !== 'until' || keys.has('documentValidUntil')) continue;
    const seg = scopeOf(doc, e);
    // "whose toleration ran until last Friday": a day counted back is an expiry only when told as past.
    if (e.deictic && !PAST_VALIDITY.test(seg.text)) continue;
    // "vorher hatte er bis 2025 eine Gestattung": a document of the past, not the one held.
    // "gekündigt, zum 31.12. er hat ne Beschäftigungsduldung": the document must be named before its date.
    const current = DOCUMENT.test(doc.text.slice(seg.start, e.start)) && !PAST.test(seg.text);
    const r = current ? expiryOf(doc, e, seg, today) : undefined;
    if (!r) continue;
    keys.add('documentValidUntil');
    found.push({ key: 'documentValidUntil', value: r.value, start: e.start, end: e.end });
    const i = orphans.indexOf(e);
    if (i >= 0) orphans.splice(i, 1);
  }
  // A left-over date said as one of two ("2021 or 2022") answers no question with a value.
  const undecided = orphans.some((e) => either.has(e));
  return { found, orphans: orphans.filter((e) => !either.has(e)), undecided, spans };
}
