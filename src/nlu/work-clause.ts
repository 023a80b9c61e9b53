import type { WorkClause } from '../domain/facts.js';
import { isNegated, spanOf } from './normalize.js';
import type { Doc, Finding } from './types.js';

const OK = '(?:gestattet|erlaubt|zulaessig|permitted|allowed)';
const AUTHORITY =
  '(?:der |des |durch die |von der |the |of the |from the |by the )?(?:abh|auslaenderbehoerde|behoerde|immigration|foreigners|authorit)';

/**
 * The Nebenbestimmung wordings (legal-facts.md §7.3) and their paraphrases, most specific first:
 * "Beschäftigung nicht erlaubt mit Ausnahme …" is a restriction to one job, not a ban.
 */
const RULES: ReadonlyArray<readonly [WorkClause, RegExp]> = [
  [
    'nur_bestimmte_taetigkeit',
    new RegExp(
      [
        'mit ausnahme (?:der|von) (?:taetigkeit|beschaeftigung)(?: als \\S+)?',
        `(?:beschaeftigung|taetigkeit) (?:nur )?als .{1,60}? (?:bei|im|in der|fuer) .{1,60}?${OK}`,
        `beschaeftigung (?:nur )?bei (?:der )?(?:firma|fa\\.?) .{1,60}?${OK}`,
        `(?:beschaeftigung|taetigkeit) (?:nur )?(?:bei|im|in der|fuer) .{1,60}? als .{1,60}?${OK}`,
        `(?:employment|work) (?:only )?(?:at|with|for) .{1,40}? as (?:a |an )?.{1,40}?${OK}`,
        `(?:employment|work) (?:only )?as (?:a |an )?.{1,40}? (?:at|with|for) .{1,60}?${OK}`,
        `only ${OK} to work (?:for|at|with) (?:one|a|this|that) (?:specific |particular |certain |single )?(?:employer|company|firm)`,
        'nur (?:fuer|bei) (?:einen|einem|diesen|diesem) (?:bestimmten )?(?:arbeitgeber|betrieb)',
        'darf (?:\\w+ ){0,2}nur (?:bei|fuer) (?:uns|mir|einem \\w+|einer \\w+|der firma \\w+|firma \\w+) (?:\\w+ ){0,2}arbeiten',
        'darf (?:\\w+ ){0,2}nur als .{1,40}? (?:bei|fuer|im|in der) .{1,60}?(?:arbeiten|taetig sein|beschaeftigt werden)',
        '(?:may|can) only work as (?:a |an )?.{1,40}? (?:at|with|for) ',
        'only (?:allowed|permitted) to work (?:for|at|with) us',
        '(?:erlaubnis|genehmigung|permission|permit),? (?:\\w+ ){0,2}(?:nur|only) (?:fuer|bei|for|with|at) (?:uns|us|unsere\\w* \\w+|our \\w+|(?:(?:die|der|den|eine|einen|einem|sein\\w*|ihr\\w*|the|a|one|his|her) )?(?:bestimmte\\w* |specific |particular |frueher\\w* |alte\\w* |bisherige\\w* |previous |former |old )?(?:firma|fa|betrieb|arbeitgeber|company|employer|firm)\\b)',
        'only (?:allows?|permits?) (?:him|her|them) to work (?:for|at|with) ',
        // "„Beschäftigung nur als Lagerhelfer bei Meyer Logistik“" (the clause quoted without "gestattet")
        '(?:beschaeftigung|taetigkeit) nur als \\S+(?: \\S+)? (?:bei|im|in der|fuer) (?:der |dem |firma |fa\\.? )?[a-z]+',
        'only (?:allows?|permits?) (?:him |her |them )?(?:to )?(?:work|employment|working) as (?:a |an )?.{1,40}? (?:at|with|for) ',
        '(?:employment|work) only as (?:a |an )?\\w+(?: \\w+)? (?:at|with|for) ',
        'nur (?:bei|fuer) (?:der |die )?(?:firma|fa\\.?) \\w+ (?:\\w+ ){0,3}(?:arbeiten|beschaeftigt werden) (?:darf|duerfen|kann)',
        'restricted to (?:one|a|this) (?:specific )?(?:employer|job)',
        '(?:can|may) only work (?:for|at|with) (?:one|a|this|that|a single) (?:specific |particular |certain |single )?(?:employer|company|firm)',
        // "it names his current employer", "In der Duldung steht sein jetziger Arbeitgeber" (review S5-10)
        '\\b(?:names?|nennt|lists?|mentions?) (?:\\w+ ){0,2}(?:his|her|seinen|ihren|den|the) (?:current |jetzigen |aktuellen |bisherigen |old |alten |previous |former )?(?:employer|arbeitgeber|company|firma)\\b',
        '\\bsteht (?:\\w+ ){0,2}(?:sein|ihr) (?:jetziger|aktueller|bisheriger|alter) (?:arbeitgeber|betrieb|chef)\\b',
      ].join('|'),
    ),
  ],
  [
    'erwerbstaetigkeit_nicht_gestattet',
    new RegExp(
      [
        `(?:erwerbstaetigkeit|beschaeftigung|arbeit|arbeiten) (?:ist )?nicht ${OK}`,
        '\\b(?:arbeits|beschaeftigungs|erwerbstaetigkeits)verbot',
        'darf (?:\\w+ ){0,3}nicht arbeiten',
        `(?<!self )(?:employment|work|working|gainful (?:employment|activity)) (?:is )?not ${OK}`,
        '(?:work|employment) ban',
        `\\bkeine (?:erwerbstaetigkeit|beschaeftigung|arbeit) (?:ist )?${OK}`,
        `\\bno (?:gainful )?(?:employment|work|activity)(?: is)? ${OK}`,
        `not ${OK} to work`,
        'may not work',
      ].join('|'),
    ),
  ],
  [
    'beschaeftigung_nur_mit_erlaubnis',
    new RegExp(
      [
        'nur (?:mit|nach) (?:vorheriger )?(?:genehmigung|erlaubnis|zustimmung)',
        `(?:only|solely) with (?:the )?(?:prior )?(?:permission|approval|consent|authori[sz]ation) ${AUTHORITY}`,
        `(?:employment|work) (?:is )?(?:only )?${OK} (?:only )?with (?:the )?(?:prior )?(?:permission|approval|consent)`,
        '(?:employment|work) (?:is )?subject to (?:the )?(?:permission|approval)',
        // "work: only with permission", "work condition: only with permission", "work with permission only" (S5-5, S5-7)
        '\\b(?:employment|work|working)(?: (?:condition|conditions|clause|restriction))?\\W{1,3}(?:only|solely) with (?:a |the )?(?:prior )?(?:permission|approval|consent|authori[sz]ation|work permit)\\b',
        '\\b(?:employment|work|working) (?:only )?with (?:a |the )?(?:prior )?(?:permission|approval|consent) only\\b',
        // "Paper says employment only with permission", "work only with permission"
        '\\b(?:employment|work|working) (?:is )?(?:only|solely) (?:possible |allowed |permitted )?with (?:a |the )?(?:prior )?(?:permission|approval|consent|work permit)\\b',
        // "his papers say he needs permission from the immigration office before taking a job"
        `\\b(?:needs?|requires?|must (?:get|have|obtain)) (?:\\w+ )?(?:permission|approval|authori[sz]ation) ${AUTHORITY}(?: \\w+){0,4} (?:work|working|a job|any job|employment|taking (?:up )?(?:a|any|the) job)\\b`,
        `\\bbraucht (?:\\w+ ){0,2}(?:erlaubnis|genehmigung|zustimmung) (?:\\w+ ){0,3}(?:abh|auslaenderbehoerde|behoerde)\\b`,
      ].join('|'),
    ),
  ],
  [
    'beschaeftigung_gestattet',
    new RegExp(
      [
        `\\b(?:beschaeftigung|erwerbstaetigkeit) (?:ist )?(?:jetzt |uneingeschraenkt |allgemein |generell )?${OK}\\b`,
        `\\b(?:employment|work|gainful employment) (?:is )?(?:generally |now )?${OK}\\b(?! only| with)`,
        'darf (?:uneingeschraenkt|ohne einschraenkung) arbeiten',
      ].join('|'),
    ),
  ],
  [
    'keine_angabe',
    new RegExp(
      [
        '\\bsteht (?:da |dort |drauf |drin )?(?:gar )?(?:nichts|nix)',
        'keine nebenbestimmung',
        'nothing (?:is )?(?:written|mentioned|stated)',
        '\\bsays? nothing',
        "(?:doesn't|does not|don't|do not) (?:say|mention|state) (?:anything )?(?:about )?(?:work|employment)",
        'nothing (?:at all |whatsoever )?(?:about|on|regarding|concerning) (?:work|working|employment)',
        "(?:doesn't|does not|don't|do not) (?:say|mention|state) (?:anything )?(?:regarding|on|concerning) (?:work|working|employment)",
        // "Auf dem Papier steht zum Arbeiten überhaupt nichts", "Zur Arbeit steht auf dem Dokument gar nichts drauf"
        '\\b(?:zur|zum|ueber|wegen|bezueglich) (?:arbeit\\w*|beschaeftigung|erwerbstaetigkeit) (?:\\w+ ){0,6}(?:nichts|nix)\\b',
        '\\bsteht (?:\\w+ ){0,4}(?:nichts|nix) (?:\\w+ ){0,2}(?:zur|zum|ueber|wegen|bezueglich) (?:arbeit\\w*|beschaeftigung|erwerbstaetigkeit)\\b',
        'no (?:work )?(?:condition|clause|restriction|remark)s? (?:on|in)',
      ].join('|'),
    ),
  ],
];

/**
 * "not sure whether it says employment permitted or only with permission", "Ob da X oder Y steht, weiß ich nicht":
 * the writer names two wordings and knows neither; the dialogue asks.
 */
const EITHER_OR =
  /\b(?:ob|whether|if)\b[^.!?;]{0,80}\b(?:oder|or)\b[^.!?;]{0,80}(?:weiss (?:ich|er|sie) (?:\w+ ){0,2}nicht|nicht sicher|unklar|\bcheck\b|nachschauen|nachsehen)|\b(?:not sure|unsure|don't know|do not know|no idea|weiss (?:ich )?nicht|nicht sicher),? (?:\w+ ){0,2}(?:ob|whether|if)\b[^.!?;]{0,80}\b(?:oder|or)\b/;

/** The writer is unsure of the wording; with two wordings named, neither is the clause. */
const UNSURE =
  /\b(?:not sure|unsure|don't know|do not know|no idea|can't remember|weiss (?:ich )?(?:\w+ )?nicht|nicht sicher|keine ahnung|unklar|nachschauen|nachsehen|check)\b/;

const PAST_BAN =
  /\b(?:he|she|they|it|who) (?:was|were|had been)(?: \w+)? (?:not|never) (?:allowed|permitted)\b|\b(?:wasn't|wasnt|weren't) (?:allowed|permitted)\b|\bdurfte\w* (?:\w+ ){0,3}(?:nicht|nie)\b/;
/\b(?:was|were|wasn't|wasnt|had been|durfte|durften)\b(?: \w+){0,3} (?:not|nicht|nie|never)\b|\bdurfte (?:\w+ ){0,3}(?:nicht|nie) arbeiten\b/;

export function extractWorkClause(doc: Doc): Finding[] {
  if (EITHER_OR.test(doc.text)) return [];
  const named = RULES.filter(([, re]) => re.test(doc.text)).length;
  if ((named >= 2 || /\b(?:entweder|either)\b[^.!?;]{0,80}\b(?:oder|or)\b/.test(doc.text)) && UNSURE.test(doc.text))
    return [];
  for (const [clause, re] of RULES) {
    const m = re.exec(doc.text);
    if (!m) continue;
    if (clause === 'erwerbstaetigkeit_nicht_gestattet' && isNegated(doc.text, m.index, 2)) continue;
    // "He was not allowed to work in June 2026, the permission only came later": a past ban is no clause of his paper.
    if (
      clause === 'erwerbstaetigkeit_nicht_gestattet' &&
      PAST_BAN.test(doc.text.slice(Math.max(0, m.index - 30), m.index + m[0].length))
    )
      continue;
    const found: Finding = { key: 'workClause', value: clause, start: m.index, end: m.index + m[0].length };
    const sentence = spanOf(doc.sentences, m.index);
    const said = doc.text.slice(sentence.start, Math.max(sentence.end, m.index + m[0].length));
    const names = clause === 'nur_bestimmte_taetigkeit' ? namesThisJob(doc, said, found.end) : undefined;
    return names === undefined ? [found] : [found, { ...found, key: 'workClauseNamesThisJob', value: names }];
  }
  return [];
}

/**
 * "auf der Duldung steht nur die Ausbildung bei uns drin", "on the paper it says only the apprenticeship with us": the
 * writer tells what the document says; a job or training named there is the work clause's content (one activity), not
 * the job offered (review S6-1).
 */
export const DOCUMENT_SAYS =
  /\b(?:(?:auf|in) (?:der|dem|seiner|ihrer|seinem|ihrem) (?:duldung|papier\w*|dokument\w*|karte|ausweis|zusatzblatt|nebenbestimmung\w*|bescheinigung|gestattung)\b (?:\w+ ){0,2}(?:steht|stehen)|\bda steht\b|\bsteht (?:da |dort |bei (?:ihm|ihr) )?(?:drin|drauf)\b|\b(?:the |his |her )?(?:paper|papers|document|card|duldung|permit|toleration)(?: \w+)? (?:says?|states?|reads?|mentions?|names?)\b|\b(?:on|in) (?:the|his|her) (?:paper|papers|document|card|duldung|permit)(?:,)? it (?:says|states)\b|\bit says\b)/;
export const ONE_ACTIVITY =
  /\b(?:nur|only|just|ausschliesslich)\b.{0,40}\b(?:ausbildung\w*|lehre|apprenticeship|training|taetigkeit|als \w+|as (?:a |an )?\w+|bei (?:uns|der firma|firma|\w+ gmbh)|(?:with|at|for) (?:us|the company|our))\b/;

/** The work clause of a sentence that tells what the document says about one activity, and whether it is this job. */
export function clauseOnDocument(doc: Doc, start: number, end: number): Finding[] {
  const said = doc.text.slice(start, end);
  if (!ONE_ACTIVITY.test(said)) return [];
  const found: Finding = { key: 'workClause', value: 'nur_bestimmte_taetigkeit', start, end };
  const names = namesThisJob(doc, said, end);
  return names === undefined ? [found] : [found, { ...found, key: 'workClauseNamesThisJob', value: names }];
}

const THAT_IS_US = /\b(?:das sind (?:ja )?wir|das ist unsere? (?:firma|betrieb)|that'?s us|thats us|that is us)\b/;
const TRAINING_NAMED =
  /\b(?:apprentice\w*|azubi\w*|auszubildende\w*|ausbildung\w*|lehrling\w*|lehre|trainee|training)\b/;
const TRAINING_OVER =
  /\b(?:ausbildung|training|apprenticeship|lehre) (?:\w+ )?(?:ist |is )?(?:jetzt |now )?(?:fertig|abgeschlossen|beendet|vorbei|finished|completed|over|done)\b|\b(?:abschlusspruefung|gesellenpruefung|final exams?) (?:\w+ ){0,4}(?:bestanden|passed)\b|\bpassed (?:\w+ ){0,3}(?:final )?exams?\b|\b(?:normal|regular|skilled) (?:employee|worker)\b|\bals geselle\b/;
const OTHER_KIND: ReadonlySet<string> = new Set([
  'employment',
  'minijob',
  'agency_work',
  'self_employment',
  'family_business',
]);
const OTHER_EMPLOYER =
  /\b(?:alte\w*|fruehere\w*|bisherige\w*|vorherige\w*|andere\w*|jetzige\w*|aktuelle\w*|previous|former|old|another|other|(?:his|her) current) (?:arbeitgeber|firma|betrieb|employer|company|firm)\b|\bnicht (?:fuer|bei) uns\b|\bnot (?:for|with|at) us\b/;
const THATS_US =
  /^[^.!?]{0,60}?[.!?]? *(?:[-–,;:]|\b(?:und|and))? *(?:das sind wir|das ist (?:unsere?|unser\w*) (?:\w+ )?(?:firma|betrieb|laden|restaurant|geschaeft|unternehmen)|that'?s us|thats us|that is us|which is us|which is our (?:\w+ )?(?:shop|company|firm|restaurant|bakery|business|store|place)|that is our (?:\w+ )?(?:shop|company|firm|restaurant|bakery|business|store|place)|(?:we are|we're) (?:that|this) (?:company|firm|shop|restaurant))\b/;
const US =
  /\b(?:bei uns|fuer uns|bei (?:unserem?|unserer) \w+|in unserem \w+|unsere\w* (?:firma|betrieb|restaurant|laden|baeckerei|hotel|werkstatt|kueche)|for us|with us|at our \w+|our (?:company|firm|restaurant|shop|bakery|hotel|workshop|kitchen))\b/;

/**
 * Contract v1.1 `workClauseNamesThisJob`: a clause limited to one job names this one ("nur als Koch bei
 * uns") or another ("nur für seinen alten Arbeitgeber"). A named firm is this one when the writer says
 * so ("Wir sind die Firma Schulz"). Undefined when the message does not tell.
 */
function namesThisJob(doc: Doc, clause: string, end: number): boolean | undefined {
  if (OTHER_EMPLOYER.test(doc.text)) return false;
  // "employment only as apprentice at our company" when the training is over and a job is offered (review S5-26).
  if (TRAINING_NAMED.test(clause) && (TRAINING_OVER.test(doc.text) || OTHER_KIND.has(String(doc.ctx.facts?.job?.kind))))
    return false;
  if (US.test(clause)) return true;
  // "… im Restaurant Adria erlaubt – das sind wir", "…, which is our shop", "thats us".
  if (THATS_US.test(doc.text.slice(end, end + 80))) return true;
  // "… im Restaurant Adria erlaubt – das sind wir", "… at Pizzeria Roma, thats us": said in the same sentence.
  if (THAT_IS_US.test(clause)) return true;
  // "… gestattet. Das sind wir." / "That's us.": the firm just named is the writer's.
  if (
    /^[^.!?]{0,80}[.!?]? *(?:das sind wir|das ist unsere? (?:firma|betrieb)|that'?s us|that is us)\b/.test(
      doc.text.slice(doc.text.indexOf(clause) + clause.length),
    )
  )
    return true;
  // "bei der Bäckerei Sonne gestattet … Wir sind die Bäckerei Sonne" / "Die Schmidt GmbH ist unsere Firma".
  const firm = /\b(?:bei|at|with|for) (?:der |dem |den |the |firma |fa\.? )*([a-z]+(?: [a-z]+)?)/.exec(clause)?.[1];
  const us =
    /\b(?:wir sind|das sind wir|we are)(?: die| der| das| the)? (?:firma |fa\.? )?([a-z]+(?: [a-z]+)?)/.exec(
      doc.text,
    )?.[1] ??
    /\b(?:die |der |das |the )?(?:firma |fa\.? )?([a-z]+(?: [a-z]+)?) (?:ist|is) (?:unsere?|our) (?:firma|betrieb|unternehmen|company|firm|business)\b/.exec(
      doc.text,
    )?.[1];
  if (firm && us && (firm === us || firm.startsWith(`${us} `) || us.startsWith(`${firm} `))) return true;
  return undefined;
}

/** Short answers to "What does the document say about work?" that only make sense as answers. */
export const WORK_CLAUSE_ANSWERS: ReadonlyArray<readonly [WorkClause, RegExp]> = [
  ['nur_bestimmte_taetigkeit', /\bnur (?:fuer|bei|als)\b|bestimmte|specific|only (?:for|at|as)\b/],
  [
    'erwerbstaetigkeit_nicht_gestattet',
    /nicht (?:gestattet|erlaubt)|verboten|\bverbot|not (?:permitted|allowed)|\bban\b|prohibited/,
  ],
  ['beschaeftigung_nur_mit_erlaubnis', /mit (?:genehmigung|erlaubnis|zustimmung)|with (?:permission|approval)/],
  ['beschaeftigung_gestattet', /gestattet|erlaubt|permitted|allowed/],
  ['keine_angabe', /nichts|\bnix\b|keine|leer|nothing|\bnone\b|empty/],
];
