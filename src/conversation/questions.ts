import { conversationDe } from '../i18n/conversation.de.js';
import { conversationEn } from '../i18n/conversation.en.js';
import { describeDate } from '../i18n/fact-labels.js';
import {
  dayQuestionDe,
  monthOnlyPromptDe,
  type QuestionKey,
  questionsDe,
  yearOnlyPromptDe,
} from '../i18n/questions.de.js';
import { dayQuestionEn, monthOnlyPromptEn, questionsEn, yearOnlyPromptEn } from '../i18n/questions.en.js';
import type { QuickReply } from '../storage/ports.js';

export type Lang = 'de' | 'en';

export interface PendingQuestion {
  factKey: string;
  text: string;
  options: QuickReply[];
}

type AnswerKind = 'enum' | 'boolean' | 'free' | 'country';

const KIND: Record<QuestionKey, AnswerKind> = {
  status: 'enum',
  permitBasis: 'enum',
  workClause: 'enum',
  nationality: 'country',
  asylumApplied: 'boolean',
  asylumAppliedOn: 'free',
  asylumOutcome: 'enum',
  toleratedSince: 'free',
  hadWorkPermitOn11June2026: 'boolean',
  'job.kind': 'enum',
  'job.hoursPerWeek': 'free',
  'job.followOnTrainingPromised': 'boolean',
  livesInReceptionCentre: 'boolean',
  entryDate: 'free',
  removalMeasuresPending: 'boolean',
  documentValidUntil: 'free',
  unaccompaniedMinor: 'boolean',
  dublinProcedure: 'boolean',
  protectionInOtherEuState: 'boolean',
  identityByPassport: 'boolean',
  workClauseNamesThisJob: 'boolean',
  'job.relation': 'enum',
  'job.sharedHousehold': 'boolean',
};

/** Most frequent nationalities in the counselling practice first; anything else is typed. */
const COUNTRY_OPTIONS = ['TN', 'GE', 'RU', 'IQ', 'AF', 'PK', 'SY', 'GN', 'IN', 'MA'];

/** Pseudo fact keys for conversation actions; always accepted as choices. */
export const ACTION_KEY = 'action';
export const CONSENT_KEY = 'handoffConsent';
/** Confirms a change stated after the verdict that would flip it. */
export const CONFIRM_KEY = 'confirmChange';

export const isAskable = (key: string): key is QuestionKey => key in KIND;

/**
 * How often one question may be asked. A reply that carries other facts but not the one asked
 * ("Hallo, wir möchten einen Geflüchteten einstellen" to "Welches Dokument …?") gets the question
 * once more; after that the fact counts as unknown and the rules answer on the cautious reading.
 */
const MAX_ASKS = 2;

/**
 * The next question: the first of the rules' missing facts (most decisive first) that can be asked,
 * was not asked too often and was not answered "weiß nicht". When the rules want both the
 * reception-centre question and the entry date, the entry date goes first: an entry two years back
 * makes the reception-centre question moot, while the other order never saves one.
 */
export function nextQuestion(
  missing: readonly string[],
  asked: readonly string[],
  unknown: readonly string[],
): QuestionKey | undefined {
  const times = (k: string) => asked.filter((a) => a === k).length;
  const open = missing.filter((k): k is QuestionKey => isAskable(k) && times(k) < MAX_ASKS && !unknown.includes(k));
  const first = open[0];
  return first === 'livesInReceptionCentre' && open.includes('entryDate') ? 'entryDate' : first;
}
const ui = (lang: Lang) => (lang === 'de' ? conversationDe : conversationEn);

/**
 * `given`: the question comes again because only that year or month was said ("2022", "2022-05") and
 * the month or day decides; the lead says so, with the value as said. `quote`: the employer's words
 * about the fact that were not understood.
 */
export function buildQuestion(key: QuestionKey, lang: Lang, given?: string, quote?: string): PendingQuestion {
  const catalogue = lang === 'de' ? questionsDe : questionsEn;
  // "Sie schrieben „…“ – das konnte ich nicht sicher zuordnen.": the employer said something about it.
  const quoted = quote ? `${ui(lang).quoteNotUnderstood.replace('{quote}', quote)} ` : '';
  const lead = `${quoted}${given ? `${refineLead(given, lang)} ` : ''}`;
  // "Sie haben nur den Monat 05/2025 genannt …": the day is asked, not "(Monat und Jahr)" again.
  const month = given !== undefined && /^\d{4}-\d{2}$/.test(given) ? given : undefined;
  const question = month ? dayQuestion(month, lang) : catalogue[key].text;
  const spec = { ...catalogue[key], text: `${lead}${question}` };
  const t = ui(lang);
  const unknown = { value: 'unknown', label: t.optionUnknown };
  const kind = KIND[key];
  let options: QuickReply[];
  if (kind === 'enum')
    options = Object.entries(spec.options).map(([value, label]) => ({ value, label: String(label) }));
  else if (kind === 'boolean')
    options = [
      { value: 'true', label: t.optionYes },
      { value: 'false', label: t.optionNo },
    ];
  else if (kind === 'country') {
    const names = new Intl.DisplayNames([lang], { type: 'region' });
    options = [
      ...COUNTRY_OPTIONS.map((code) => ({ value: code, label: names.of(code) ?? code })),
      { value: 'stateless', label: lang === 'de' ? 'Staatenlos' : 'Stateless' },
    ];
  } else options = [];
  return { factKey: key, text: spec.text, options: [...options, unknown] };
}

function dayQuestion(month: string, lang: Lang): string {
  if (lang === 'de') return dayQuestionDe.replace('{monthYear}', `${month.slice(5, 7)}.${month.slice(0, 4)}`);
  return dayQuestionEn.replace('{month}', describeDate(month, lang));
}

function refineLead(given: string, lang: Lang): string {
  if (/^\d{4}$/.test(given)) return (lang === 'de' ? yearOnlyPromptDe : yearOnlyPromptEn).replace('{year}', given);
  const month = describeDate(given, lang);
  return (lang === 'de' ? monthOnlyPromptDe : monthOnlyPromptEn).replace('{month}', month);
}

export function consentQuestion(lang: Lang): PendingQuestion {
  const t = ui(lang);
  return {
    factKey: CONSENT_KEY,
    text: t.handoffConsent,
    options: [
      { value: 'yes', label: t.optionYes },
      { value: 'no', label: t.optionNo },
    ],
  };
}

/**
 * "Soll ich das ändern: Einreise 2019 statt 2023? Das ändert die Einschätzung." with yes and no. A change of
 * several parts lists them one a line, with a button for each part ("Nur: Einreise 2019 statt 2023") beside
 * "Ja, alles" and "Nein": the employer may take one part and keep the rest (a typed "nur die Einreise" works too).
 */
export function confirmQuestion(
  lang: Lang,
  parts: readonly { keys: readonly string[]; text: string }[],
): PendingQuestion {
  const t = ui(lang);
  if (parts.length < 2)
    return {
      factKey: CONFIRM_KEY,
      text: t.confirmChange.replace('{changes}', parts.map((p) => p.text).join(' · ')),
      options: [
        { value: 'yes', label: t.optionYes },
        { value: 'no', label: t.optionNo },
      ],
    };
  return {
    factKey: CONFIRM_KEY,
    text: t.confirmChangeParts.replace('{parts}', parts.map((p, i) => `${i + 1}. ${p.text}`).join('\n')),
    options: [
      { value: 'yes', label: t.optionYesAll },
      ...parts.map((p) => ({
        value: `${ONLY_PART}${p.keys.join('+')}`,
        label: t.optionOnlyPart.replace('{part}', p.text),
      })),
      { value: 'no', label: t.optionNo },
    ],
  };
}

/** The value of a confirmation button that takes one part of a change: `only:entryDate`, `only:asylumApplied+asylumAppliedOn`. */
export const ONLY_PART = 'only:';

export const actionOptions = (lang: Lang): QuickReply[] => [
  { value: 'handoff', label: ui(lang).optionHandoff },
  { value: 'restart', label: ui(lang).optionRestart },
];

/**
 * "Noch was anderes: unser anderer Bewerber ist aus Georgien …" while a case is open (review S7-17): the facts of
 * another person are no correction of this one. Asked before anything changes: a yes starts a new case with them,
 * a no keeps the case as it was.
 */
export function otherApplicantQuestion(lang: Lang, facts: string): PendingQuestion {
  const t = ui(lang);
  return {
    factKey: CONFIRM_KEY,
    text: t.otherApplicant.replace('{facts}', facts),
    options: [
      { value: 'yes', label: t.optionNewCase },
      { value: 'no', label: t.optionSameCase },
    ],
  };
}
