import type { FactKey } from '../domain/facts.js';
import { UNKNOWN_RE } from './answers.js';
import { doubtSpans } from './doubt.js';
import type { Doc } from './types.js';

/** What a "weiß ich nicht" is about when it names its topic ("Die Staatsangehörigkeit kenne ich nicht"). */
const TOPICS: ReadonlyArray<readonly [FactKey, RegExp]> = [
  ['nationality', /staatsangehoerigkeit|nationalitaet|herkunft\w*|woher|nationality|citizenship|country of origin/],
  ['germanLevel', /\bdeutsch(?:kenntnisse|niveau)?\b|sprachniveau|\bgerman\b/],
  [
    'workClause',
    /nebenbestimmung|auflage|(?:beschaeftigung|erwerbstaetigkeit) (?:\w+ ){0,2}(?:gestattet|erlaubt)|nur mit erlaubnis|only with permission|employment (?:is )?(?:permitted|allowed)|\b(?:says?|steht) (?:\w+ ){0,3}(?:about|regarding|zur|zum|wegen|ueber) (?:work|working|employment|arbeit\w*|beschaeftigung)\b|was (?:auf|in) (?:der|dem) \w+ steht|what (?:it|the \w+) says|work condition|\bwas (?:\w+ ){0,3}(?:wegen|zur|zum|ueber|bezueglich|zu) (?:der )?(?:arbeit|beschaeftigung|arbeiten) (?:\w+ ){0,3}(?:drin)?steht|\bwhat(?:'s| is)? (?:\w+ ){0,5}(?:says?|written|stated) (?:\w+ ){0,4}(?:about|regarding|on|concerning) (?:work|working|employment)\b/,
  ],
  ['documentValidUntil', /gueltig|ablauf|valid|expir/],
  [
    'asylumOutcome',
    /(?:ausgang|ausging|entschieden|ergebnis|outcome|result|decided).*asyl|asyl.*(?:ausgang|ausging|entschieden|ergebnis|outcome|result|decided)/,
  ],
  ['asylumApplied', /asyl|asylum/],
  ['age', /\balt\b|\balter\b|\bage\b|how old/],
  ['job.hoursPerWeek', /stunden|hours/],
  ['job.hourlyWage', /lohn|gehalt|verdienst|wage|\bpay\b|salary/],
  ['criminalConvictions', /vorstrafe|vorbestraft|criminal|convict/],
  ['livesInReceptionCentre', /erstaufnahme|\b(?:eae|lea|zue)\b|aufnahmeeinrichtung|anker ?zentrum|reception/],
  ['dublinProcedure', /\bdublin\b/],
  ['removalMeasuresPending', /abschiebung|rueckfuehrung|aufenthaltsbeend\w*|deportation|removal/],
  // "ob er einen Pass hat": whether the passport proves the identity; "seit wann die Identität geklärt ist": its date.
  ['identityByPassport', /\b(?:reise)?pass\b|passport/],
  ['identityClarifiedOn', /identitaet|identity/],
  ['hadWorkPermitOn11June2026', /arbeitserlaubnis|beschaeftigungserlaubnis|work permit/],
  ['entryDate', /einreise|eingereist|wann (?:er|sie) (?:\w+ )?kam|arrival|arrived|entered|when (?:he|she) came/],
  [
    'stayMonths',
    /wie lange (?:er|sie) (?:schon )?(?:hier|in deutschland)|how long (?:he|she) has been (?:here|in germany)/,
  ],
  ['toleratedSince', /seit wann (?:\w+ ){0,3}geduldet|since when/],
  ['minorChildren', /kinder|children|kids/],
  ['unaccompaniedMinor', /unbegleitet|unaccompanied/],
  ['identityStepsInTime', /mitwirkung\w*|identity steps|passbeschaffung/],
  ['livelihoodSecured', /lebensunterhalt|livelihood/],
  ['qualification', /abschluss|qualifikation|degree|qualification/],
  ['priorEmploymentMonths', /wie lange (?:er|sie) (?:schon )?bei (?:uns|ihnen|mir)/],
];

/**
 * "seit Jahren ne Duldung, genaues Datum weiß ich nich", "Geduldet ist er schon lange, seit wann genau kann ich
 * nicht sagen": a date not known, its fact named by the cue word of the sentence.
 */
const DATE_WORD =
  /\b(?:datum|seit wann|wann genau|wann|zeitpunkt|monat|jahr|date|since when|when exactly|when|month|year)\b/;
const DATE_CUES: ReadonlyArray<readonly [FactKey, RegExp]> = [
  ['toleratedSince', /\bduldung\b|geduldet|tolerated|toleration/],
  ['asylumAppliedOn', /asylantrag|asyl (?:\w+ )?beantragt|asylum (?:application|claim)|applied for asylum/],
  ['entryDate', /einreise|eingereist|nach deutschland gekommen|\bentry\b|entered|arrived/],
];
function dateTopic(clause: string, sentence: string): FactKey[] {
  if (!DATE_WORD.test(clause)) return [];
  const own = DATE_CUES.filter(([, re]) => re.test(clause)).map(([k]) => k);
  return own.length > 0
    ? own.slice(0, 1)
    : DATE_CUES.filter(([, re]) => re.test(sentence))
        .map(([k]) => k)
        .slice(0, 1);
}

function topicsOf(text: string): FactKey[] {
  const topics = TOPICS.filter(([, re]) => re.test(text)).map(([k]) => k);
  return topics.includes('asylumOutcome') ? topics.filter((k) => k !== 'asylumApplied') : topics;
}

/**
 * The topic is looked for in the clause that says "weiß nicht" first ("seit wann geduldet weiß ich
 * nicht, eingereist ist er 2019"), then in its sentence ("Die Nationalität, die kenne ich nicht"),
 * and a bare "weiß nicht" answers the pending question.
 */
export function detectUnknown(doc: Doc): FactKey[] {
  const out = new Set<FactKey>();
  for (const s of doc.sentences) {
    const sentence = doc.text.slice(s.start, s.end);
    if (!UNKNOWN_RE.test(sentence)) continue;
    const clauses = doc.clauses
      .filter((c) => c.start >= s.start && c.end <= s.end)
      .map((c) => doc.text.slice(c.start, c.end))
      .filter((c) => UNKNOWN_RE.test(c));
    // "… Abschiebung am 15. Januar angesetzt, und jetzt weiß ich nicht, ob ich ihn arbeiten lassen darf": a doubt
    // about something else; only a topic inside the doubt itself is not known.
    const doubt = doubtSpans(doc).find((d) => d.start >= s.start && d.start < s.end);
    if (doubt) {
      const topics = topicsOf(doc.text.slice(doubt.start, doubt.end));
      if (topics.length > 0) for (const k of topics) out.add(k);
      else if (doc.ctx.pendingFactKey) out.add(doc.ctx.pendingFactKey);
      continue;
    }
    const inClause = clauses.flatMap(topicsOf);
    const dated = clauses.flatMap((c) => dateTopic(c, sentence));
    const named = inClause.length > 0 ? inClause : dated.length > 0 ? dated : topicsOf(sentence);
    if (named.length > 0) for (const k of named) out.add(k);
    else if (doc.ctx.pendingFactKey) out.add(doc.ctx.pendingFactKey);
  }
  return [...out];
}
