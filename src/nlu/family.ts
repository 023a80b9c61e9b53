import type { JobRelation } from '../domain/facts.js';
import { isNegated } from './normalize.js';
import type { Doc, Finding } from './types.js';

/**
 * How the candidate is related to the employer who writes (§ 32 Abs. 2 Nr. 4 BeschV, contract v1.1
 * `job.relation`): spouse or partner; first degree = parents, children and first-degree in-laws; any
 * other relative (siblings, brothers- and sisters-in-law, cousins, nieces, grandchildren) is not covered.
 * Only the writer's own relatives count ("mein", "my", "unser"); "sein Bruder" is someone else's.
 */
const MY = '(?:mein(?:e|er|em|en|es)?|unser(?:e|er|em|en|es)?|my|our)';
/** "der Bruder meiner Frau": the relative of my spouse, an in-law by the first word. */
const OF_MY_SPOUSE =
  '(?:meiner (?:frau|ehefrau|partnerin|lebensgefaehrtin)|meines (?:mannes|ehemannes|partners|lebensgefaehrten)|von (?:meiner|meine|meinem|mein) (?:frau|ehefrau|partnerin|mann|ehemann|partner)|of my (?:wife|husband|spouse|partner))';
const FIRST_DEGREE_WORDS =
  'sohn|soehne|tochter|toechter|kind|kinder|vater|mutter|eltern|papa|mama|schwiegervater|schwiegermutter|schwiegereltern|schwiegersohn|schwiegertochter|son|sons|daughter|daughters|child|children|father|mother|parents|dad|mum|mom|father in law|mother in law|son in law|daughter in law|parents in law';
const OTHER_WORDS =
  'bruder|brueder|schwester|schwestern|geschwister|schwager|schwaegerin|cousin|cousine|cousins|neffe|neffen|nichte|onkel|tante|enkel|enkelin|enkelkind|brother|brothers|sister|sisters|sibling|siblings|brother in law|sister in law|nephew|niece|uncle|aunt|grandson|granddaughter|grandchild';
const SPOUSE_WORDS =
  'frau|ehefrau|mann|ehemann|partnerin|partner|lebenspartnerin|lebenspartner|lebensgefaehrtin|lebensgefaehrte|verlobte|verlobter|wife|husband|spouse|partner|fiancee|fiance';

/** "Ich bin der Schwager vom Bewerber", "I'm her aunt": the writer names the tie from their own side. */
const I_AM =
  "(?:ich bin|bin|i am|i'm|im) (?:der |die |sein\\w* |ihr\\w* |his |her |the |(?:the )?(?:candidate|applicant)'s )";
const RELATIONS: ReadonlyArray<readonly [JobRelation, RegExp]> = [
  // A tie denied outright wins over a relative named beside it ("er ist der Nachbar meiner Schwester").
  [
    'none',
    /\b(?:nicht (?:mit (?:ihm|ihr|uns|mir|dem \w+|der \w+) )?verwandt|verwandt (?:sind|ist|bin) (?:wir|er|sie|ich) (?:\w+ )?nicht|keine verwandtschaft|not related|unrelated|no (?:family )?relation\w*|no family (?:ties?|connection)|not (?:\w+ )?family\b|not a relative|kein verwandter|keine verwandte|nicht (?:\w+ )?familie\b|kein familienmitglied)\b/,
  ],
  ['spouse_or_partner', new RegExp(`\\b${I_AM}(?:${SPOUSE_WORDS})\\b`)],
  ['first_degree', new RegExp(`\\b${I_AM}(?:${FIRST_DEGREE_WORDS})\\b`)],
  ['other_relative', new RegExp(`\\b${I_AM}(?:${OTHER_WORDS})\\b`)],
  [
    'first_degree',
    new RegExp(`\\b(?:vater|mutter|eltern|sohn|tochter|father|mother|parents|son|daughter) ${OF_MY_SPOUSE}`),
  ],
  ['other_relative', new RegExp(`\\b(?:bruder|schwester|brother|sister|cousin\\w*|neffe|nichte) ${OF_MY_SPOUSE}`)],
  ['other_relative', new RegExp(`\\b${MY} (?:\\w+ )?(?:${OTHER_WORDS})\\b`)],
  ['first_degree', new RegExp(`\\b${MY} (?:\\w+ )?(?:${FIRST_DEGREE_WORDS})\\b`)],
  ['spouse_or_partner', new RegExp(`\\b${MY} (?:(?!geschaefts)\\w+ )?(?:${SPOUSE_WORDS})\\b`)],
];
/** "mein Mann" may be a workman ("mein Mann für alles"); a spouse word needs a person around it. */
const NOT_A_PERSON = /\b(?:mein mann fuer|our partner (?:company|firm)|unser partner(?:betrieb|firma))\b/;

const HOUSEHOLD_YES =
  /\b(?:wohnt|lebt|wohnen|leben) (?:\w+ ){0,3}(?:bei (?:uns|mir)|mit (?:uns|mir) zusammen|in (?:unserem|meinem) (?:haushalt|haus|wohnung))\b|\b(?:gemeinsame\w* haushalt|im (?:selben|gleichen|gemeinsamen) haushalt|haeusliche\w* gemeinschaft|unter einem dach)\b|\b(?:lives|living|live) (?:\w+ ){0,2}with (?:us|me)\b|\b(?:lives|living|live) in (?:our|my) (?:household|house|home|flat|apartment)\b|\b(?:same|shared|our|my) household\b|\b(?:wir|we) (?:\w+ ){0,2}(?:wohnen|leben|live) (?:\w+ ){0,2}(?:zusammen|together)\b/;

const ON_BEHALF =
  /\b(?:frage|schreibe|melde mich) (?:\w+ )?(?:fuer|im auftrag)|\b(?:asking|writing) (?:\w+ )?(?:for|on behalf of) (?:him|her|my)\b|\bon (?:his|her) behalf\b/;
const OWN_HOME =
  /\b(?:eigene\w* (?:\S+ ){0,2}wohnung|eigene\w* (?:haushalt|bude)|(?:his|her|their) own (?:flat|apartment|place|home|household)|own (?:flat|apartment|place)|wohnt (?:\w+ ){0,3}(?:allein|alleine|woanders)|lives (?:alone|on (?:his|her) own|elsewhere))\b/;

/** "Meine Frau und ich betreiben ein Café", "mit meinem Mann": the relative runs the business with the writer. */
const CO_OWNER_AFTER = /^ (?:und|and) (?:ich|i)\b/;
const CO_OWNER_BEFORE = /\b(?:mit|with|zusammen mit|together with)\s*$/;
/** "Mein Sohn will seinen Freund bei uns anstellen": the relative brings in someone else, the candidate. */
const BRINGS_SOMEONE =
  /^'?s (?:best |old )?(?:friend|mate|buddy|colleague|boyfriend|girlfriend)\b|^[^.!?;]*?\b(?:sein(?:en|e|em|er)?|ihr(?:en|e|em|er)?|einen|eine|his|her|a) (?:freund\w*|bekannt\w*|kumpel|kolleg\w*|schulfreund\w*|friend|acquaintance|mate|buddy|colleague)\b/;

function relationOf(doc: Doc): Finding | undefined {
  if (NOT_A_PERSON.test(doc.text)) return undefined;
  for (const [value, re] of RELATIONS) {
    for (const m of doc.text.matchAll(new RegExp(re.source, 'g'))) {
      const end = m.index + m[0].length;
      if (CO_OWNER_AFTER.test(doc.text.slice(end)) || CO_OWNER_BEFORE.test(doc.text.slice(0, m.index))) continue;
      if (value !== 'none' && BRINGS_SOMEONE.test(doc.text.slice(end))) continue;
      // "Ich bin die Mutter des Azubis und frage für ihn": the writer is not the employer.
      if (ON_BEHALF.test(doc.text)) continue;
      return { key: 'job.relation', value, start: m.index, end };
    }
  }
  return undefined;
}

/** The relative is to work in the writer's business: that is the family business of the contract. */
const JOB_OFFER =
  /\b(?:mitarbeiten|mithelfen|aushelfen|helfen|arbeiten|anfangen|einstellen|beschaeftigen|anstellen|mitarbeit|work|help out|help|employ|hire|start)\b/;

/** "Mein Bruder soll in meinem Imbiss mitarbeiten": a plain job offered to a relative is the family business. */
export function familyBusiness(doc: Doc, relation: unknown, kind: unknown): boolean {
  return (
    relation !== undefined &&
    relation !== 'none' &&
    (kind === undefined || kind === 'employment') &&
    JOB_OFFER.test(doc.text)
  );
}

/** The writer's family tie to the candidate and whether they live in one household. */
export function extractFamily(doc: Doc): Finding[] {
  const out: Finding[] = [];
  const relation = relationOf(doc);
  if (relation) out.push(relation);
  const home = HOUSEHOLD_YES.exec(doc.text);
  // "mein Neffe, er hat eine eigene Wohnung", "my cousin, he lives in his own flat": a household of their own.
  const own = relation && relation.value !== 'none' && !home ? OWN_HOME.exec(doc.text) : null;
  if (own) out.push({ key: 'job.sharedHousehold', value: false, start: own.index, end: own.index + own[0].length });
  if (home) {
    // "wohnt nicht bei uns", "does not live with us"
    const denied = /\b(?:nicht|not|kein\w*|no|never|nie)\b/.test(home[0]) || isNegated(doc.text, home.index, 2);
    out.push({ key: 'job.sharedHousehold', value: !denied, start: home.index, end: home.index + home[0].length });
  }
  return out;
}
