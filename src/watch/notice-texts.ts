import { sayIn } from '../answer/texts.js';
import type { BaConsent, CaseDate } from '../domain/assessment.js';
import type { IsoDate } from '../domain/facts.js';
import { assessmentDe } from '../i18n/assessment.de.js';
import { assessmentEn } from '../i18n/assessment.en.js';
import type { Milestone } from './elapsed.js';
import type { Cause } from './reassess.js';
import type { Lang } from './store.js';
import { watchText } from './texts.js';
import { ahead, type Verdict } from './verdict.js';

const baLabel = (lang: Lang, consent: BaConsent) =>
  (lang === 'de' ? assessmentDe : assessmentEn)[`ba_consent.${consent}`];

export interface ChangeTextInput {
  lang: Lang;
  cause: Cause;
  effectiveOn: IsoDate;
  toldOn: IsoDate;
  /** The first of the entries that caused it names the law in the opening sentence. */
  entryTitle?: string;
  before: Verdict;
  after: Verdict;
  /** The new verdict's dates with their labels, in the case's language. */
  afterDates: readonly CaseDate[];
  /** The day the change was found: dates up to it have arrived and are not listed as changed. */
  today: IsoDate;
}

/**
 * "Seit dem 12.06.2026 gilt „…“: Ihre Einschätzung vom 03.05.2026 ändert sich." and then only what changed:
 * the outcome, BA consent, the earliest start, the dates still ahead.
 */
export function changeText(input: ChangeTextInput): string {
  const { lang } = input;
  const params = { date: input.effectiveOn, toldOn: input.toldOn, title: input.entryTitle ?? '' };
  const key = input.cause === 'release' ? 'change.release' : 'change.law';
  return [watchText(lang, input.entryTitle ? `${key}_entry` : key, params), ...deltas(input)].join(' ');
}

export type ElapsedTextInput = Omit<ChangeTextInput, 'cause' | 'entryTitle'> & { milestone: Milestone };

/**
 * A verdict changed only because time passed (review S3-8): "Seit dem 31.12.2026 hält sich die Person vier Jahre
 * … auf. Das Recht ist dasselbe geblieben, nur die Zeit ist vergangen. Für Ihre Einschätzung vom … heißt das:"
 * and then what changed, as for a change.
 */
export function elapsedText(input: ElapsedTextInput): string {
  const { lang, milestone } = input;
  const opening =
    milestone.key === 'date'
      ? watchText(lang, 'elapsed.date', { date: input.effectiveOn, label: milestone.label })
      : watchText(lang, `elapsed.${milestone.key}`, { date: input.effectiveOn });
  return [opening, watchText(lang, 'elapsed.same_law', { toldOn: input.toldOn }), ...deltas(input)].join(' ');
}

/** The short label of such a reminder (the mail's subject, the Slack title). */
export function elapsedLabel(lang: Lang, milestone: Milestone): string {
  return milestone.key === 'date' ? milestone.label : watchText(lang, `elapsed.label_${milestone.key}`);
}

/** Only what changed: the outcome, BA consent, the earliest start, the dates still ahead. */
function deltas(input: Omit<ChangeTextInput, 'cause'>): string[] {
  const { lang, before, after } = input;
  const parts: string[] = [];
  const label = sayIn(lang);
  if (before.outcome !== after.outcome) {
    parts.push(
      watchText(lang, 'delta.outcome', {
        before: label(`label.${before.outcome}`),
        after: label(`label.${after.outcome}`),
      }),
    );
  }
  if (before.baConsent !== after.baConsent) {
    parts.push(
      watchText(lang, 'delta.ba_consent', {
        before: baLabel(lang, before.baConsent),
        after: baLabel(lang, after.baConsent),
      }),
    );
  }
  const [was, now] = [ahead(before, input.today), ahead(after, input.today)];
  if (was.earliestStart !== now.earliestStart) {
    const start = (d: IsoDate | undefined) => d ?? watchText(lang, 'delta.no_wait');
    parts.push(
      watchText(lang, 'delta.earliest_start', { before: start(was.earliestStart), after: start(now.earliestStart) }),
    );
  }
  const dates = (v: Verdict) => v.dates.map((d) => `${d.id}@${d.date}`).join(',');
  if (dates(was) !== dates(now)) {
    const shown = input.afterDates
      .filter((d) => d.date > input.today)
      .map((d) => watchText(lang, 'delta.date', { label: d.label, date: d.date }));
    parts.push(
      watchText(lang, 'delta.dates', { dates: shown.length ? shown.join('; ') : watchText(lang, 'delta.no_dates') }),
    );
  }
  return parts;
}
