/**
 * Does the employer's text literally support a value the LLM extracted? A cheap, lexical check so a
 * model that guesses, or follows an injected "say he may work", cannot add a fact out of thin air.
 * It errs towards rejecting: a rejected fact is simply asked for again by the deterministic flow.
 */

import { MONTHS } from '../nlu/time-words.js';

/** Lower case, umlauts and ß spelled out, whitespace collapsed: "Beschäftigung" → "beschaeftigung". */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/\s+/g, ' ');
}

/** Cue words per enum value; every value needs one of its cues in the folded text. */
const CUES: Record<string, Record<string, RegExp>> = {
  status: {
    duldung: /duld|tolerat/,
    duldung_ungeklaerte_identitaet: /60 ?b|ungeklaert|unclear identity|identity (is )?unclear|unresolved identity/,
    ausbildungsduldung: /ausbildungsduld|60 ?c\b|training toleration|toleration for (vocational )?training/,
    beschaeftigungsduldung: /beschaeftigungsduld|60 ?d\b|employment toleration|toleration for employment/,
    aufenthaltsgestattung: /gestattung|asylverfahren|asylbewerber|asylum seeker|asylum procedure/,
    aufenthaltserlaubnis: /aufenthaltserlaubnis|aufenthaltstitel|residence permit|residence title/,
    other: /./,
  },
  workClause: {
    erwerbstaetigkeit_nicht_gestattet:
      /nicht (gestattet|erlaubt)|verboten|untersagt|not (permitted|allowed)|prohibited/,
    beschaeftigung_nur_mit_erlaubnis:
      /(nur )?(mit|nach) (erlaubnis|zustimmung|genehmigung)|zustimm|only with (permission|approval)/,
    beschaeftigung_gestattet:
      /(beschaeftigung|erwerbstaetigkeit) (ist )?(gestattet|erlaubt)|(employment|work) (is )?(permitted|allowed)/,
    nur_bestimmte_taetigkeit:
      /nur (als|bei|fuer|im|in der)|bestimmte taetigkeit|only (as|at|for)|specific (job|employer)/,
    keine_angabe:
      /kein\w* (angabe|nebenbestimmung|vermerk|eintrag)|nichts (eingetragen|vermerkt)|no (clause|entry|note)/,
  },
  'job.kind': {
    employment: /beschaeftig|anstell|angestellt|vollzeit|teilzeit|\bjob|stelle|arbeit|employ|full.time|part.time/,
    minijob: /minijob|mini job|geringfuegig/,
    vocational_training: /ausbildung|azubi|lehrstelle|apprentice|vocational training/,
    school_training: /schulisch|berufsfachschule|school.based/,
    helper_training: /helfer\w*ausbildung|assistenz\w*ausbildung|helper training/,
    internship_mandatory: /pflichtpraktikum|(mandatory|compulsory) internship/,
    internship_orientation: /orientierungspraktikum|schnupperpraktikum|orientation internship/,
    entry_qualification: /einstiegsqualifizierung|\beq\b|entry qualification/,
    agency_work: /zeitarbeit|leiharbeit|personaldienstleist|arbeitnehmerueberlassung|agency work|temp(orary)? agency/,
    self_employment: /selbst(st|s)aendig|freiberuf|gewerbe|self.employ|freelanc/,
    family_business: /familienbetrieb|familienunternehmen|family (business|firm)/,
  },
  asylumOutcome: {
    pending: /laeuft|anhaengig|offen|noch nicht entschieden|pending|ongoing/,
    rejected: /abgelehnt|abgewiesen|rejected|refused/,
    rejected_manifestly_unfounded: /offensichtlich unbegruendet|\bo\. ?u\.|manifestly unfounded/,
    withdrawn: /zurueckgenommen|zurueckgezogen|ruecknahme|withdrawn/,
  },
  germanLevel: {
    none: /kein\w* deutsch|nicht deutsch|no german|not speak german/,
  },
};

/** A bare number needs a word for its unit nearby in meaning: "30" alone may be months, not hours. */
const UNIT_CUES: Record<string, RegExp> = {
  'job.hoursPerWeek': /stunde|\bstd\b|hours?\b|\bh\b/,
  'job.hourlyWage': /euro|\beur\b|€|lohn|verdien|wage|pay|salary/,
  age: /jahr|\balt\b|\bage\b|\byears?\b|\bj\./,
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The number as written in the text, with a comma or a point as decimal mark ("12,50" or "12.5"). */
function mentionsNumber(folded: string, value: number): boolean {
  const forms = new Set([String(value), String(value).replace('.', ',')]);
  if (!Number.isInteger(value)) forms.add(value.toFixed(2)).add(value.toFixed(2).replace('.', ','));
  return [...forms].some((form) => new RegExp(`(^|[^\\d.,])${escapeRegExp(form)}(?![\\d]|[.,]\\d)`).test(folded));
}

/**
 * How precisely the text supports a date the LLM extracted: `day` when the text has the full date
 * (ISO or German), `month` when it names its month and year ("Mai 2019", "05/2019"), `year` when only
 * the year appears, `none` otherwise. The value kept is never more precise than the text (contract v1.1).
 */
export function dateEvidence(folded: string, date: string): 'day' | 'month' | 'year' | 'none' {
  const [y, m, d] = date.split('-');
  if (!y || !/^\d{4}$/.test(y)) return 'none';
  if (!new RegExp(`(^|\\D)${y}(?!\\d)`).test(folded)) return 'none';
  if (m && d) {
    const german = new RegExp(`(^|\\D)0?${Number(d)}\\.0?${Number(m)}\\.${y}(?!\\d)`);
    if (folded.includes(date) || german.test(folded)) return 'day';
  }
  if (m) {
    const names = Object.entries(MONTHS)
      .filter(([, n]) => n === Number(m))
      .map(([name]) => name)
      .join('|');
    const named = new RegExp(`\\b(?:${names})\\.? (?:\\d{1,2}\\.? )?${y}(?!\\d)`);
    const numeric = new RegExp(`(^|\\D)0?${Number(m)}[./]${y}(?!\\d)|${y}-${m}(?![\\d-])`);
    if (named.test(folded) || numeric.test(folded)) return 'month';
  }
  return 'year';
}

/** The date cut to what the text supports: "2019-05-03" with only "Mai 2019" in the text is "2019-05". */
export function supportedDate(folded: string, date: string): string | undefined {
  const evidence = dateEvidence(folded, date);
  if (evidence === 'none') return undefined;
  const cut = evidence === 'year' ? 4 : evidence === 'month' ? 7 : 10;
  return date.slice(0, Math.min(cut, date.length));
}

/** True when the text supports `value` for the flat fact key (dates are handled by `dateEvidence`). */
export function hasEvidence(folded: string, key: string, value: string | number | boolean): boolean {
  if (typeof value === 'number') return mentionsNumber(folded, value) && (UNIT_CUES[key]?.test(folded) ?? false);
  if (key === 'asylumApplied') return /asyl/.test(folded);
  if (key === 'nationality') return value !== 'stateless' || /staatenlos|stateless/.test(folded);
  if (key === 'germanLevel' && value !== 'none')
    return new RegExp(`\\b${escapeRegExp(String(value).toLowerCase())}\\b`).test(folded);
  const cue = CUES[key]?.[String(value)];
  return cue ? cue.test(folded) : false;
}
