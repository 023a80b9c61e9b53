import type { PermitBasis, Status } from '../domain/facts.js';
import { endingStated } from './events.js';
import { isNegated, maskSpans, spanOf, wordsBefore } from './normalize.js';
import { aboutOtherPerson } from './other-person.js';
import { PERSON_WORD } from './rules.js';
import type { Doc, Finding } from './types.js';

type Basis = (typeof PermitBasis.options)[number];

/** "§ 60c", "§60 c", "section 60c", "60c AufenthG": a bare number needs its letter attached. */
const para = (n: string, l: string) =>
  `(?:(?:§+ ?|paragraph |paragraf |section |par\\. ?)${n} ?${l}\\b|\\b${n}${l}\\b)`;

/** Most specific first: a match masks its text so the generic "Duldung" inside "Duldung light" is not seen again. */
const RULES: ReadonlyArray<{ status: Status; basis?: Basis; re: RegExp }> = [
  {
    status: 'ausbildungsduldung',
    re: new RegExp(
      `ausbildungs ?duldung|training toleration|toleration for (?:vocational )?training|${para('60', 'c')}`,
      'g',
    ),
  },
  {
    status: 'beschaeftigungsduldung',
    re: new RegExp(`beschaeftigungs ?duldung|employment toleration|${para('60', 'd')}`, 'g'),
  },
  {
    status: 'duldung_ungeklaerte_identitaet',
    re: new RegExp(
      // Review S6-19: only the paper's own name is § 60b ("Duldung für Personen mit ungeklärter Identität", "Duldung
      // light", "Duldung (ungeklärte Identität)", "toleration for persons with unclear identity"). "Identität
      // ungeklärt" said beside an ordinary Duldung is a fact about the identity, and such a Duldung may allow work.
      `duldung light|(?:duldung|toleration|tolerated)\\W{0,3}(?:\\w+ )?(?:fuer personen |for persons |for people |wegen |aufgrund |mit |with |due to |because of |bei )?(?:der |einer |an? )?(?:ungeklaert\\w*|unklare\\w*|unclear|unresolved|unknown) identi\\w+|(?:fuer|for) (?:personen|persons|people) (?:mit|with) (?:ungeklaert\\w*|unclear|unresolved) identi\\w+|(?:ungeklaert\\w*|unclear|unresolved) identit(?:aet|y)\\W{0,3}(?:duldung|toleration)\\b|${para('60', 'b')}`,
      'g',
    ),
  },
  {
    status: 'aufenthaltserlaubnis',
    basis: '104c',
    re: new RegExp(`chancen ?aufenthalt\\w*|(?:opportunity|chance) residence(?: permit)?|${para('104', 'c')}`, 'g'),
  },
  { status: 'aufenthaltserlaubnis', basis: '25b', re: new RegExp(para('25', 'b'), 'g') },
  { status: 'aufenthaltserlaubnis', basis: '25a', re: new RegExp(para('25', 'a'), 'g') },
  { status: 'aufenthaltserlaubnis', basis: '16g', re: new RegExp(para('16', 'g'), 'g') },
  // The statute's own heading of § 19d names "Geduldete"; it must not be read as a Duldung.
  {
    status: 'aufenthaltserlaubnis',
    basis: '19d',
    re: new RegExp(
      `${para('19', 'd')}|(?:fuer |for )?qualifizierte\\w* geduldete\\w*|qualified tolerated persons`,
      'g',
    ),
  },
  // Recognised refugees and subsidiary protection hold a § 25 Abs. 1/2 permit.
  {
    status: 'aufenthaltserlaubnis',
    basis: 'other',
    re: /subsidiaer\w* schutz\w*|anerkannt\w* (?:als )?(?:fluechtling|asylberechtigt)\w*|(?<!\bin (?!deutschland)[a-z]+ )\bals (?:fluechtling|asylberechtigt\w*) anerkannt|fluechtlingseigenschaft|fluechtlingsschutz|asylberechtigt\w*|subsidiary protection|recogni[sz]ed (?:as a )?refugee/g,
  },
  // Any other section ("§ 24", "§ 25 Abs. 5", "residence permit under 24"): a permit on another basis.
  {
    status: 'aufenthaltserlaubnis',
    basis: 'other',
    re: /(?:aufenthaltserlaubnis|aufenthaltstitel|residence permit|\bae\b) (?:nach|gem\w*|under|per|pursuant to|according to) (?:§+ ?|section |paragraph |paragraf )?(?!(?:104 ?c|25 ?[ab]|16 ?g|19 ?d|60 ?[abcd])\b)\d{1,3}\b/g,
  },
  { status: 'aufenthaltserlaubnis', re: /aufenthaltserlaubnis|aufenthaltstitel|residence permit|\bae\b/g },
  // A Fiktionsbescheinigung is no Duldung or Gestattung; whether it allows work depends on what it continues.
  { status: 'other', re: /fiktionsbescheinigung\w*|fiction certificate/g },
  {
    status: 'aufenthaltsgestattung',
    re: /aufenthalts ?gestattung|\bgestattung\b|im asylverfahren|\basylbewerber(?!leistung)\w*|\basylsuchend\w*|asylum seeker|in (?:the )?asylum (?:procedure|process)|asylum (?:procedure|process|case) (?:is )?(?:still )?(?:ongoing|pending|running|open)|asylverfahren\W{0,3}(?:\w+ )?(?:laeuft|noch|offen|anhaengig)|\b(?:asylum |bamf )interview (?:\w+ ){0,3}(?:hasn't|has not|not yet|is scheduled|scheduled)\b|laufend\w* asylverfahren|(?<=asyl.{0,60})\bverfahren (?:\w+ )?(?:laeuft|noch offen)/g,
  },
  {
    status: 'duldung',
    re: new RegExp(
      `\\bduldung\\b|\\bduldungs\\w*|\\bgeduldet\\w*|\\btolerated\\b|\\btoleration\\b|${para('60', 'a')}`,
      'g',
    ),
  },
];

const PAST =
  /\b(?:frueher|vorher|zuvor|davor|ehemals|damals|hatte|war|previously|formerly|used to|before that)\b|(?<!has |have |'s |'ve |s |ve )\bhad\b/;
const ROUTE =
  /\b(?:beantragen|beantragt|apply for|applied for|eligible|in frage|infrage|in betracht|wechseln|switch|antrag auf|verlaengerung der|application for|extension of|be considered|could be|would be possible)\b/;
const RECEIVE =
  /\b(?:bekommen|bekommt|erhalten|erhaelt|kriegen|kriegt|krieg|get|gets|getting|obtain|obtains|receive|receives)\b/;
/** "Now Duldung?", "Und dann Duldung?": a bare status asked about after something that happened. */
const BARE_QUESTION = /^\W*(?:(?:and|und|so|also) )?(?:now|jetzt|dann|then|danach|afterwards)\b/;
/** "für die Einstellung von Geduldeten", "tolerated people in general": people in general, not the candidate. */
const GENERAL =
  /\b(?:von|fuer|for|of|mit|with) geduldeten\b|\bgeduldete (?:menschen|personen|fluechtlinge|bewerber)\b|\btolerated (?:people|persons|refugees|workers|applicants)\b|\b\w*(?:kraefte|leute|menschen|personen|people|workers|persons|refugees) (?:mit|with|on|holding) (?:einer |a |an )?(?:duldung|toleration|gestattung)\b/;
/**
 * "Is agency work even possible on a Duldung?", "ist remote überhaupt okay mit einer Duldung?": a question about the
 * status in general, with no person in it, names no one's status.
 */
const IN_GENERAL =
  /\b(?:ueberhaupt|grundsaetzlich|generell|allgemein|even|generally|in general|at all)\b|\b(?:kann|darf|muss|koennte|duerfte) man\b/;
const PERFECT = /\b(?:hat|haben|hatte|has|have|got)\b/;
const REJECTED_BEFORE =
  /^(?:abgelehnt\w*|rejected|former|ehemalig\w*|failed|refused|denied|unsuccessful|gescheitert\w*)$/;

/**
 * In a sentence that asks ("Und die Ausbildungsduldung, wäre das was für ihn?", "Is a Beschäftigungsduldung an
 * option for her?") a route is the subject of the question, not the document held; only a clause that says
 * the person holds it (or "mit", "seine" before it) ("Er hat eine Duldung, darf er …?", "she is tolerated since …") states it.
 */
const HOLDS =
  /\b(?:er|sie|es|he|she|they|bewerber\w*|kandidat\w*|mitarbeiter\w*|azubi\w*|applicant|candidate|employee)\s+(?:hat|haben|hatte|besitzt|hat noch|has|have|had|holds|got|ist|is|was|war)\b|\b(?:he|she|they)'s\b|\b(?:seit|since)\b/;
const ROUTES: readonly Status[] = ['ausbildungsduldung', 'beschaeftigungsduldung', 'aufenthaltserlaubnis'];
/** "ein Mitarbeiter mit Beschäftigungsduldung", "his residence permit": the person's own document. */
const OWNED = /^(?:seine\w*|ihre\w*|his|her|their|geduldete\w*)$/;
const WITH = /(?:\b(?:mit|with)|\bw\/)(?: (?:a|an|einer|einem|ner|nem))? $/;
function asked(doc: Doc, at: number, status: Status): boolean {
  // Asked for the status, "Eine Duldung, reicht das?" is an unsure answer, still the answer.
  if (doc.ctx.pendingFactKey === 'status' || !ROUTES.includes(status)) return false;
  // "mit einer Beschäftigungsduldung" holds it; "wie ist das mit der Ausbildungsduldung" names a topic.
  if (wordsBefore(doc.text, at, 2).some((w) => OWNED.test(w)) || WITH.test(doc.text.slice(Math.max(0, at - 12), at)))
    return false;
  const s = spanOf(doc.sentences, at);
  if (!/^\s*\?/.test(doc.text.slice(s.end, s.end + 2))) return false;
  const clause = spanOf(doc.clauses, at);
  return !HOLDS.test(doc.text.slice(clause.start, clause.end));
}

/** Protection granted in another EU state ("in Italien als Flüchtling anerkannt") is no German permit (§ 61 Abs. 1 S. 3 Nr. 2 AsylG). */
const EU_ELSEWHERE =
  /\bin (?:italien|griechenland|spanien|frankreich|polen|bulgarien|rumaenien|kroatien|ungarn|oesterreich|schweden|den niederlanden|belgien|einem anderen (?:eu )?(?:staat|land|mitgliedstaat)|italy|greece|spain|france|poland|bulgaria|romania|croatia|hungary|austria|sweden|the netherlands|belgium|another (?:eu )?(?:state|country|member state))\b/;
const PROTECTION = /^(?:subsidiaer|anerkannt|als|fluechtling|asylberechtigt|subsidiary|recogni)/;

/** "Ein Asylverfahren läuft bei ihr nicht": the procedure denied after its noun. */
const NO_PROCEDURE_AFTER = /^\S*(?: \w+){0,4} (?:nicht|not)\W*$/;

/** Why a status mention is not the current status: none, said in the past, or a goal / negation / hypothesis. */
type Guard = 'none' | 'past' | 'other';

/** A status mentioned as a goal ("kann er eine Ausbildungsduldung bekommen?") or in the past is not the current one. */
function guarded(doc: Doc, at: number, status: Status): Guard {
  const clause = spanOf(doc.clauses, at);
  const text = doc.text.slice(clause.start, clause.end);
  // "nicht erlaubt (§ 60a …)" negates the permission, not the paragraph.
  if ((!/^[§\d]/.test(doc.text.slice(at)) && isNegated(doc.text, at, 2)) || ROUTE.test(text)) return 'other';
  if (asked(doc, at, status)) return 'other';
  if (status === 'aufenthaltserlaubnis' && PROTECTION.test(doc.text.slice(at)) && EU_ELSEWHERE.test(text))
    return 'other';
  // "Sie hat jetzt eine AE nach § 25b bekommen": the segment holds the perfect even when "jetzt" starts a clause.
  const seg = spanOf(doc.segments, at);
  const segText = doc.text.slice(seg.start, seg.end);
  if (RECEIVE.test(segText) && !PERFECT.test(doc.text.slice(seg.start, at))) return 'other';
  if (GENERAL.test(segText)) return 'other';
  const sentence = spanOf(doc.sentences, at);
  const question = /^\s*\?/.test(doc.text.slice(sentence.end, sentence.end + 2));
  if (question && doc.ctx.pendingFactKey !== 'status' && BARE_QUESTION.test(doc.text.slice(sentence.start, at)))
    return 'other';
  const asking = doc.text.slice(sentence.start, sentence.end);
  if (question && doc.ctx.pendingFactKey !== 'status' && !PERSON_WORD.test(asking) && IN_GENERAL.test(asking))
    return 'other';
  if (totalStay(segText)) return 'other';
  if (status === 'aufenthaltsgestattung' && NO_PROCEDURE_AFTER.test(doc.text.slice(at, clause.end + 1))) return 'other';
  if (status === 'aufenthaltsgestattung' && REJECTED_BEFORE.test(wordsBefore(doc.text, at, 1)[0] ?? '')) return 'other';
  // "he had a Duldung since 2021" still has it.
  return PAST.test(text) && !/\bhad\b.*\bsince\b/.test(text) ? 'past' : 'none';
}

/**
 * "seit insgesamt 26 Monaten geduldet bzw. gestattet", "in total 3 years of tolerated and permitted stay",
 * "insgesamt 5 Jahre Duldung und Gestattung am Stück": the length of the stay (stayMonths), not a status or its date.
 */
const TOTAL =
  /\b(?:insgesamt|in total|altogether|in sum|total|zusammengerechnet|am stueck|ohne unterbrechung|ununterbrochen|without (?:a )?(?:break|interruption)|no gaps|uninterrupted)\b/;
const TOLERATED_WORD = /\b(?:geduldet\w*|duldung\w*|tolerated|toleration)\b/;
const PERMITTED_WORD = /\b(?:gestattet\w*|gestattung\w*|permitted|erlaubt\w*|aufenthalt|stay)\b/;
const STAY_LENGTH =
  /\b(\d{1,3}|ein|einem|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|one|two|three|four|five|six|seven|eight|nine|ten) ?(monat\w*|jahr\w*|months?|years?)\b/;
// biome-ignore format: a compact table reads better than one entry per line
const SMALL: Readonly<Record<string, number>> = {
  ein: 1, einem: 1, one: 1, zwei: 2, two: 2, drei: 3, three: 3, vier: 4, four: 4, fuenf: 5, five: 5, sechs: 6, six: 6,
  sieben: 7, seven: 7, acht: 8, eight: 8, neun: 9, nine: 9, zehn: 10, ten: 10,
};
function totalStay(sentence: string): boolean {
  return (
    TOTAL.test(sentence) && TOLERATED_WORD.test(sentence) && PERMITTED_WORD.test(sentence) && STAY_LENGTH.test(sentence)
  );
}

function stayMonths(doc: Doc): Finding[] {
  for (const s of doc.segments) {
    const sentence = doc.text.slice(s.start, s.end);
    if (!totalStay(sentence)) continue;
    const m = STAY_LENGTH.exec(sentence);
    if (!m) continue;
    const n = /^\d/.test(m[1] ?? '') ? Number(m[1]) : (SMALL[m[1] ?? ''] ?? 0);
    const value = /^(?:jahr|year)/.test(m[2] ?? '') ? n * 12 : n;
    if (value > 0 && value < 600)
      return [{ key: 'stayMonths', value, start: s.start + m.index, end: s.start + m.index + m[0].length }];
  }
  return [];
}

/**
 * The current status: the last one said in the present, the specific Duldung over the plain one. A status
 * said in the past ("Er hatte eine Ausbildungsduldung", "war bis März geduldet") is no fact, except in a
 * message about a job or training that ended and says no present status: then it is the status the ending
 * happened under, the one the law's ending flow reads (§ 60c Abs. 5, § 60d Abs. 3 S. 3 AufenthG).
 */
export function extractStatus(doc: Doc): Finding[] {
  let text = doc.text;
  type Hit = { status: Status; basis?: Basis; start: number; end: number };
  const hits: Hit[] = [];
  const past: Hit[] = [];
  for (const rule of RULES) {
    const matched: Array<{ start: number; end: number }> = [];
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      matched.push({ start, end });
      // "Ihre Schwester hat eine Ausbildungsduldung, sie selbst nur eine Duldung": the sister's is not hers.
      const guard = aboutOtherPerson(doc, start) ? 'other' : guarded(doc, start, rule.status);
      const hit = { status: rule.status, basis: rule.basis, start, end };
      if (guard === 'none') hits.push(hit);
      else if (guard === 'past') past.push(hit);
    }
    text = maskSpans(text, matched);
  }
  return [...pick(doc, hits.length === 0 && past.length > 0 && endingStated(doc) ? past : hits), ...stayMonths(doc)];
}

/**
 * The words that name the document ("Gestattung", "Duldung", "§ 25b") against those that only name a phase or a
 * group ("im Asylverfahren", "asylum seeker"): a document named wins over a phase, whatever their order ("Seitdem
 * Duldung. Im Asylverfahren durfte er nie arbeiten." is a Duldung).
 */
const PHASE_ONLY = (doc: Doc, h: { status: Status; start: number; end: number }) =>
  h.status === 'aufenthaltsgestattung' && !/gestattung/.test(doc.text.slice(h.start, h.end));

function pick(doc: Doc, all: ReadonlyArray<{ status: Status; basis?: Basis; start: number; end: number }>): Finding[] {
  const named = all.some((h) => !PHASE_ONLY(doc, h));
  const hits = named ? all.filter((h) => !PHASE_ONLY(doc, h)) : all;
  const specific = hits.some((h) => h.status !== 'duldung' && h.status.includes('duldung'));
  const kept = hits.filter((h) => !(specific && h.status === 'duldung')).sort((a, b) => a.start - b.start);
  const last = kept.at(-1);
  if (!last) return [];
  const out: Finding[] = [{ key: 'status', value: last.status, start: last.start, end: last.end }];
  const basis = kept.find((h) => h.basis && h.status === last.status)?.basis;
  if (last.status === 'aufenthaltserlaubnis' && basis)
    out.push({ key: 'permitBasis', value: basis, start: last.start, end: last.end });
  return out;
}
