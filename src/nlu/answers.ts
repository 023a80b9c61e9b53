import {
  AsylumOutcome,
  CaseEvent,
  CriminalConvictions,
  type FactKey,
  GermanLevel,
  JobKind,
  JobRelation,
  PermitBasis,
  Qualification,
  Status,
  WorkClause,
} from '../domain/facts.js';
import { withoutQuestions } from './sentences.js';
import { WORK_CLAUSE_ANSWERS } from './work-clause.js';
import { readYesNo } from './yes-no.js';

export const UNKNOWN_RE =
  /\b(?:weiss|weis|wees)\b(?: (?!dass)\w+){0,2} (?:nicht|nich|net|nichts)\b|\bkeine ahnung\b|\b(?:liegt|liegen) (?:uns |mir )?keine (?:\w+ )?(?:information\w*|erkenntnisse|angaben|kenntnis\w*) vor\b|\bno (?:\w+ )?(?:information|knowledge) (?:on|about|as to) (?:whether|if)\b|\bwissen (?:wir|sie|die|es) (?:\w+ )?(?:nicht|nich|net)\b|\bk\. ?a\.?(?= |$)|\bkein plan\b|\bunbekannt\b|\bnicht bekannt\b|\bunklar\b|\bkenne? ich nicht\b|kann ich nicht sagen|\b(?:hab|habe) ich nicht (?:im kopf|parat|zur hand)\b|\b(?:can't|cannot|don't|do not) remember\b|\bweiss ich nicht mehr\b|bin (?:mir )?(?:nicht sicher|unsicher)|muss ich (?:noch )?(?:nachfragen|nachsehen|pruefen|klaeren)|\b(?:don't|dont|do not) know\b|\bdunno\b|\bidk\b|\bno idea\b|\bnot sure\b|\bunsure\b|\bunknown\b|\bno clue\b|\bcan't say\b|\b(?:muss|muesste|muesst|sollte) (?:ich|man|wir) (?:\w+ ){0,5}(?:nachschauen|nachsehen|schauen|gucken|nachgucken|fragen|nachfragen|pruefen|klaeren|rausfinden|herausfinden)\b|\b(?:hab|habe) (?:ich )?(?:\w+ )?(?:nie|nicht|noch nicht) (?:\w+ )?gefragt\b|\b(?:i'd|i would|i will|i'll|i) (?:have|need) to (?:\w+ ){0,2}(?:check|ask|look|find out)\b|\bi (?:have|need) to (?:\w+ ){0,2}(?:check|ask|look|find out)\b|\bi'll (?:\w+ )?(?:check|ask|look (?:it )?up|find out)\b|\bi (?:never|didn't|did not|haven't|have not) asked\b|\bonly (?:the )?(?:\w+ ){0,3}(?:knows?|would know|can tell)\b|\b(?:weiss|wissen) (?:\w+ )?nur (?:die|der|das|unsere?|seine?|ihre?) \w+|\bkann (?:\w+ ){0,2}nur (?:die|der|das) \w+ (?:\w+ )?sagen\b|(?:staatsangehoerigkeit|nationalitaet|nationality) (?:ist )?(?:ungeklaert|unclear)|ungeklaerte staatsangehoerigkeit/;
export const YES_RE =
  /^(?:ja|jo|jap|jep|jup|jawohl|genau|stimmt(?! nicht)|richtig|korrekt|klar|yes|yeah|yep|yup|correct|right|sure|definitely|natuerlich|auf jeden fall|absolutely|of course)\b/;
/** "No criminal record" uses "no" as a determiner: that is a statement, not a denial. */
export const DENY_RE =
  /^(?:nein|nee|noe|nope|nah|negativ|stimmt nicht|falsch|auf keinen fall|nicht dass ich wuesste|not that i know|not as far as i know)\b|^no\b(?= *(?:$|[,.!;:)-]|(?:he|she|they|it|i|we|you|not|never|nothing|none|that|this|there|his|her|sorry|thanks|way|one|he's|she's|it's)\b))|^ne(?:[,.!]|$)/;

export const BOOLEAN_KEYS: readonly FactKey[] = [
  'asylumApplied',
  'livesInReceptionCentre',
  'identityStepsInTime',
  'hadWorkPermitOn11June2026',
  'removalMeasuresPending',
  'job.matchesQualification',
  'job.followOnTrainingPromised',
  'livelihoodSecured',
  'unaccompaniedMinor',
  'minorChildren',
  'adequateHousing',
  'dublinProcedure',
  'protectionInOtherEuState',
  'identityByPassport',
  'workClauseNamesThisJob',
  'job.sharedHousehold',
];
export const NUMBER_KEYS: readonly FactKey[] = [
  'age',
  'job.hoursPerWeek',
  'job.hourlyWage',
  'priorHoursPerWeek',
  'schoolYearsInGermany',
  'stayMonths',
  'priorEmploymentMonths',
  'qualifiedEmploymentMonths',
];
export const INTEGER_KEYS: readonly FactKey[] = NUMBER_KEYS.filter((k) => !/hours|Wage/i.test(k));

const OPTIONS: Partial<Record<FactKey, readonly string[]>> = {
  status: Status.options,
  permitBasis: PermitBasis.options,
  workClause: WorkClause.options,
  asylumOutcome: AsylumOutcome.options,
  germanLevel: GermanLevel.options,
  qualification: Qualification.options,
  criminalConvictions: CriminalConvictions.options,
  event: CaseEvent.options,
  'job.kind': JobKind.options,
  'job.relation': JobRelation.options,
};

/** Short answers that only make sense as the answer to the question asked (option labels, "keine", "läuft noch"). */
const LABELS: Partial<Record<FactKey, ReadonlyArray<readonly [string, RegExp]>>> = {
  status: [['other', /andere|sonstig|\bother\b/]],
  permitBasis: [
    ['104c', /104 ?c/],
    ['25a', /25 ?a/],
    ['25b', /25 ?b/],
    ['16g', /16 ?g/],
    ['19d', /19 ?d/],
    ['other', /andere|sonstig|\bother\b/],
  ],
  workClause: WORK_CLAUSE_ANSWERS,
  asylumOutcome: [
    ['rejected_manifestly_unfounded', /offensichtlich|unbegruendet|manifestly|unfounded|\bo\.? ?u\b/],
    ['withdrawn', /zurueck|withdrawn|withdrew/],
    ['pending', /laeuft|offen|noch nicht|pending|ongoing|\bopen\b|not yet/],
    ['rejected', /abgelehnt|negativ|rejected|denied|refused/],
  ],
  germanLevel: [['none', /\bkein|gar nicht|nichts|\bnone\b|\bno\b|not at all/]],
  qualification: [
    ['recognised_foreign_degree', /anerkannt|recogni/],
    ['german_degree', /studium|hochschul|\buni|degree|bachelor|master/],
    ['german_vocational', /ausbildung|lehre|apprenticeship|vocational/],
    ['none', /^(?:nein|no|keine?n?|none|ungelernt)\b/],
  ],
  criminalConvictions: [
    [
      'none',
      /^(?:nein|no|keine?|none|nicht|not)\b|nicht vorbestraft|keine vorstrafen|nicht dass ich wuesste|not that i know/,
    ],
    ['below_threshold', /gering|unter|below|minor|klein/],
    ['above_threshold', /ueber|above|schwer|serious|haft/],
  ],
  'job.kind': [['employment', /\b(?:job|arbeit|stelle|anstellung|beschaeftigung|employment|regular)\b/]],
  'job.relation': [
    ['none', /^(?:nein|nee|no|nope)\b|nicht verwandt|not related|keine verwandt/],
    [
      'spouse_or_partner',
      /\b(?:ehe|lebens)?(?:frau|mann|partner\w*)\b|verheiratet|gefaehrt\w*|\b(?:wife|husband|spouse|partner|married)\b/,
    ],
    [
      'other_relative',
      /bruder|schwester|geschwister|schwager|schwaegerin|cousin\w*|neffe|nichte|onkel|tante|enkel|brother|sister|sibling|cousin|nephew|niece|uncle|aunt|grand/,
    ],
    ['first_degree', /sohn|tochter|kind|vater|mutter|eltern|schwieger|\b(?:son|daughter|child|father|mother|parent)/],
  ],
  event: [
    ['training_ends_early', /abbruch|abgebrochen|dropped/],
    ['employment_ends_early', /kuendig|endet|\bends\b|quit/],
    ['document_expired', /abgelaufen|expired/],
    ['hire', /einstell|\bneu|hire|\bnew\b/],
  ],
};

/** The value a bare answer gives the pending enum or boolean question, if any. */
export function answerFor(key: FactKey, text: string): string | boolean | undefined {
  if (BOOLEAN_KEYS.includes(key)) {
    // "Yes, he applied in 2016. Does that matter?": a question of its own after the answer leaves it an answer.
    const stated = withoutQuestions(text);
    const said = readYesNo(stated.trim() === '' ? text : stated);
    return said === undefined ? undefined : said === 'yes';
  }
  const literal = text.replace(/[\s.!]+$/, '').replace(/ /g, '_');
  const options = OPTIONS[key] ?? [];
  if (options.includes(literal)) return literal;
  if (key === 'germanLevel' && options.includes(literal.toUpperCase())) return literal.toUpperCase();
  return LABELS[key]?.find(([, re]) => re.test(text))?.[0];
}
