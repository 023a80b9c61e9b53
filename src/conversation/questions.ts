import type { CaseFacts, FactKey } from '../domain/facts.js';
import { conversationDe } from '../i18n/conversation.de.js';
import { conversationEn } from '../i18n/conversation.en.js';
import { type QuestionKey, questionsDe } from '../i18n/questions.de.js';
import { questionsEn } from '../i18n/questions.en.js';
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
};

/** Most frequent nationalities in the counselling practice first; anything else is typed. */
const COUNTRY_OPTIONS = ['TN', 'GE', 'RU', 'IQ', 'AF', 'PK', 'SY', 'GN', 'IN', 'MA'];

/** Pseudo fact keys for conversation actions; always accepted as choices. */
export const ACTION_KEY = 'action';
export const CONSENT_KEY = 'handoffConsent';

export const isAskable = (key: string): key is QuestionKey => key in KIND;
const ui = (lang: Lang) => (lang === 'de' ? conversationDe : conversationEn);

export function buildQuestion(key: QuestionKey, lang: Lang): PendingQuestion {
  const spec = (lang === 'de' ? questionsDe : questionsEn)[key];
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

export const actionOptions = (lang: Lang): QuickReply[] => [
  { value: 'handoff', label: ui(lang).optionHandoff },
  { value: 'restart', label: ui(lang).optionRestart },
];

export type ChoiceEffect = { patch: CaseFacts; unknown: FactKey[] };

/** A clicked option → a facts patch. Only values that `buildQuestion` offered reach this function. */
export function choiceToPatch(key: QuestionKey, value: string): ChoiceEffect {
  if (value === 'unknown') return { patch: {}, unknown: [key as FactKey] };
  const kind = KIND[key];
  const typed: unknown = kind === 'boolean' ? value === 'true' : value;
  if (key.startsWith('job.')) return { patch: { job: { [key.slice(4)]: typed } } as CaseFacts, unknown: [] };
  return { patch: { [key]: typed } as CaseFacts, unknown: [] };
}
