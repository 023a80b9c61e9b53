import type { JobRelation } from '../domain/facts.js';
import { isNegated, spanOf } from './normalize.js';
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
  '(?:meiner (?:frau|ehefrau|partnerin|lebensgefaehrtin)|meines (?:mannes|ehemannes|partners|lebensgefaehrten)|von (?:meiner|meine|meinem|meinen) (?:frau|ehefrau|partnerin|lebensgefaehrtin|mann|ehemann|partner|lebensgefaehrten)|of my (?:wife|husband|spouse|partner))';
/** "my wife's niece": the English possessive names the spouse first. */
const MY_SPOUSES = "(?:my|our) (?:wife|husband|spouse|partner)'s";
/** An adjective between "mein" and the relative ("meine kleine Schwester", "my younger brother"), never a noun ("unserer Mandantin Frau K."). */
const ADJ =
  '(?:(?!geschaefts)\\w+(?:e|er|en|es|em|ste|ster|sten)|little|big|younger|older|elder|eldest|oldest|youngest|own|new|late|future|step|half|ex) ';
const FIRST_DEGREE_WORDS =
  'sohn|soehne|tochter|toechter|kind|kinder|vater|mutter|eltern|papa|mama|schwiegervater|schwiegermutter|schwiegereltern|schwiegersohn|schwiegertochter|son|sons|daughter|daughters|child|children|father|mother|parents|dad|mum|mom|father in law|mother in law|son in law|daughter in law|parents in law';
const OTHER_WORDS =
  'bruder|brueder|schwester|schwestern|geschwister|schwager|schwaegerin|cousin|cousine|cousins|neffe|neffen|nichte|onkel|tante|enkel|enkelin|enkelkind|brother|brothers|sister|sisters|sibling|siblings|brother in law|sister in law|nephew|niece|uncle|aunt|grandson|granddaughter|grandchild';
const SPOUSE_WORDS =
  'frau|ehefrau|mann|ehemann|partnerin|partner|lebenspartnerin|lebenspartner|lebensgefaehrtin|lebensgefaehrte|verlobte|verlobter|wife|husband|spouse|partner|fiancee|fiance';

const NONE =
  /\b(?:nicht (?:mit (?:ihm|ihr|uns|mir) )?verwandt|verwandt (?:sind|ist|bin) (?:wir|er|sie|ich) (?:\w+ )?nicht|keine verwandtschaft|kein verwandter|keine verwandte|not related|no (?:family )?relation|not a relative|not (?:\w+ )?family|no family (?:relation|tie|ties|connection)|nicht aus der familie|kein familienmitglied)\b/;
/** "Ich bin sein Onkel", "I'm her aunt", "ich bin die Tante von ihm", "Ich bin der Schwager vom Bewerber". */
const SPEAKER = (words: string) =>
  new RegExp(
    `\\b(?:ich bin|i am|i'm|bin) (?:(?:sein\\w*|ihr\\w*|his|her|the (?:candidate|applicant)'?s) (?:${words})\\b|(?:der|die|the) (?:${words}) (?:von (?:ihm|ihr)|vom bewerber|von der bewerberin|des bewerbers|der bewerberin|of (?:him|her|the candidate|the applicant))\\b)`,
  );

const RELATIONS: ReadonlyArray<readonly [JobRelation, RegExp]> = [
  ['none', NONE],
  ['first_degree', SPEAKER(FIRST_DEGREE_WORDS)],
  ['other_relative', SPEAKER(OTHER_WORDS)],
  ['spouse_or_partner', SPEAKER(SPOUSE_WORDS)],
  ['first_degree', new RegExp(`${MY_SPOUSES} (?:father|mother|parents|son|daughter|child|children)\\b`)],
  ['other_relative', new RegExp(`${MY_SPOUSES} (?:${OTHER_WORDS})\\b`)],
  [
    'first_degree',
    new RegExp(`\\b(?:vater|mutter|eltern|sohn|tochter|father|mother|parents|son|daughter) ${OF_MY_SPOUSE}`),
  ],
  ['other_relative', new RegExp(`\\b(?:${OTHER_WORDS}) ${OF_MY_SPOUSE}`)],
  ['other_relative', new RegExp(`\\b${MY} (?:${ADJ})?(?:${OTHER_WORDS})\\b`)],
  ['first_degree', new RegExp(`\\b${MY} (?:${ADJ})?(?:${FIRST_DEGREE_WORDS})\\b`)],
  ['spouse_or_partner', new RegExp(`\\b${MY} (?:${ADJ})?(?:${SPOUSE_WORDS})\\b`)],
];
/** "mein Mann" may be a workman ("mein Mann für alles"); a spouse word needs a person around it. */
const NOT_A_PERSON = /\b(?:mein mann fuer|our partner (?:company|firm)|unser partner(?:betrieb|firma))\b/;

const HOUSEHOLD_YES =
  /\b(?:wohnt|lebt|wohnen|leben) (?:\w+ ){0,2}mit (?:uns|mir) (?:im|in einem|in einer|unter einem) (?:haus|haushalt|wohnung|dach)\b|\b(?:wir|we) (?:\w+ ){0,2}(?:wohnen|leben|live) (?:\w+ ){0,2}zusammen\b|\bwe live together\b|\b(?:wohnt|lebt|wohnen|leben) (?:\w+ ){0,3}(?:bei (?:uns|mir)|mit (?:uns|mir) zusammen|in (?:unserem|meinem) (?:haushalt|haus|wohnung))\b|\b(?:gemeinsame\w* haushalt|im (?:selben|gleichen|gemeinsamen) haushalt|haeusliche\w* gemeinschaft|unter einem dach)\b|\b(?:lives|living|live) (?:\w+ ){0,2}with (?:us|me|my family|our family)\b|\b(?:wohnt|lebt) (?:\w+ ){0,2}bei (?:meiner|unserer) familie\b|\bbei (?:uns|mir) (?:zuhause |zu hause |im haus )?(?:wohnt|lebt|wohnen)\b|\b(?:lives|living|live) in (?:our|my) (?:household|house|home|flat|apartment)\b|\b(?:same|shared|our|my) household\b/;

const HOUSEHOLD_APART =
  /\b(?:eigene\w* (?:wohnung|zimmer|haushalt|bude|appartement)|(?:his|her|their) own (?:apartment|flat|place|room|home|house|household)|wohnt (?:\w+ ){0,2}(?:allein|alleine|woanders|getrennt)|lives (?:\w+ ){0,2}(?:alone|elsewhere|separately))\b/;

/** "Meine Frau und ich betreiben ein Café", "mit meinem Mann": the relative runs the business with the writer. */
const CO_OWNER_AFTER = /^ (?:und|and) (?:ich|i)\b/;
const CO_OWNER_BEFORE = /\b(?:mit|with|zusammen mit|together with)\s*$/;
/** "Mein Sohn will seinen Freund bei uns anstellen": the relative brings in someone else, the candidate. */
const BRINGS_SOMEONE =
  /^'?s (?:best |old )?(?:friend|mate|buddy|colleague|boyfriend|girlfriend)\b|^[^.!?;]*?\b(?:sein(?:en|e|em|er)?|ihr(?:en|e|em|er)?|einen|eine|his|her|a) (?:freund\w*|bekannt\w*|kumpel|kolleg\w*|schulfreund\w*|friend|acquaintance|mate|buddy|colleague)\b/;

/**
 * The relative does something else than being the candidate: "Mein Sohn leitet die Filiale", "Our daughter is
 * training him", "Meine Tochter (19) macht bei uns die Lehre", "mein Bruder auch Koch bei mir", "my husband's
 * company", "My wife and our son are German".
 */
const OTHER_ROLE_AFTER =
  /^(?:'s\b| \(\d+\))|^(?: \(\d+\))? (?:\w+ ){0,2}?(?:leitet|fuehrt|betreibt|bildet|trainiert|schult|is training|trains|will be|manages|runs|owns|supervises|macht bei (?:uns|mir)|arbeitet (?:schon|auch|bereits)|already works|auch|also|too)\b|^ (?:\w+ ){0,3}(?:ist|sind|is|are) (?:\w+ )?(?:deutsch\w*|german)\b/;
/** "für die Firma meines Vaters": the relative owns the business. */
const BUSINESS_OF_BEFORE = /\b(?:firma|betrieb|unternehmen|laden|geschaeft|restaurant|company|business|shop|firm)\s*$/;
/** The candidate is named apart from the relative ("der Neue aus Mali", "the candidate is our neighbour's boy"). */
const CANDIDATE = /\b(?:der|die) (?:neue|bewerber\w*|kandidat\w*)\b|\bthe (?:new one|new guy|candidate|applicant)\b/;

function relationOf(doc: Doc): Finding | undefined {
  if (NOT_A_PERSON.test(doc.text)) return undefined;
  for (const [value, re] of RELATIONS) {
    for (const m of doc.text.matchAll(new RegExp(re.source, 'g'))) {
      const end = m.index + m[0].length;
      const speaker = /^(?:ich bin|i am|i'm|bin) /.test(m[0]);
      if (!speaker && (CO_OWNER_AFTER.test(doc.text.slice(end)) || CO_OWNER_BEFORE.test(doc.text.slice(0, m.index))))
        continue;
      if (value !== 'none' && !speaker) {
        if (BRINGS_SOMEONE.test(doc.text.slice(end))) continue;
        if (OTHER_ROLE_AFTER.test(doc.text.slice(end)) || BUSINESS_OF_BEFORE.test(doc.text.slice(0, m.index))) continue;
        const seg = spanOf(doc.segments, m.index);
        const own = doc.text.slice(seg.start, seg.end);
        if (!CANDIDATE.test(own) && CANDIDATE.test(doc.text.slice(0, seg.start) + doc.text.slice(seg.end))) continue;
      }
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
  // "mein Neffe, er hat eine eigene Wohnung": a relative who lives apart (only where the household is in question).
  const apart = HOUSEHOLD_APART.exec(doc.text);
  const related =
    (relation !== undefined && relation.value !== 'none') ||
    (doc.ctx.facts?.job?.relation !== undefined && doc.ctx.facts.job.relation !== 'none') ||
    doc.ctx.pendingFactKey === 'job.sharedHousehold';
  if (!home && apart && related && !isNegated(doc.text, apart.index, 2))
    out.push({ key: 'job.sharedHousehold', value: false, start: apart.index, end: apart.index + apart[0].length });
  if (home) {
    // "wohnt nicht bei uns", "does not live with us"
    const denied = /\b(?:nicht|not|kein\w*|no|never|nie)\b/.test(home[0]) || isNegated(doc.text, home.index, 2);
    out.push({ key: 'job.sharedHousehold', value: !denied, start: home.index, end: home.index + home[0].length });
  }
  return out;
}
