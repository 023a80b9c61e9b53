import { type CaseFacts, FACT_KEYS } from '../domain/facts.js';
import { describeFact, describeValue, type FactLang, factWords } from '../i18n/fact-labels.js';
import { factValue } from './fact-values.js';

/** Contract v1.1: one fact this turn added or changed, with a plain-language line (`previous` on a correction). */
export interface UnderstoodItem {
  factKey: string;
  value: unknown;
  previous?: unknown;
  text: string;
}

/** Who the person is first, then the contract's order (document, dates, asylum, job, …). */
const ORDER: readonly string[] = ['nationality', ...FACT_KEYS.filter((k) => k !== 'nationality')];
const rank = (key: string) => {
  const i = ORDER.indexOf(key);
  return i < 0 ? ORDER.length : i;
};

/** Every flat fact key set in the facts, in the order of `ORDER`. */
function flatKeys(facts: CaseFacts): string[] {
  const keys: string[] = [];
  for (const [key, value] of Object.entries(facts)) {
    if (key === 'job' && value && typeof value === 'object') keys.push(...Object.keys(value).map((f) => `job.${f}`));
    else if (value !== undefined) keys.push(key);
  }
  return keys.sort((a, b) => rank(a) - rank(b));
}

/** The line of one item: what it is now, and for a correction what it was ("Einreise 2019 statt 2023"). */
function lineOf(key: string, value: unknown, previous: unknown, lang: FactLang): string {
  const now = describeFact(key, value, lang, { partial: 'plain' });
  if (previous === undefined) return now;
  return factWords(lang)
    .instead.replace('{now}', now)
    .replace('{before}', describeValue(key, previous, lang, { partial: 'plain' }));
}

/** The facts a turn added or changed (a fact removed, as on a restart, is not "understood"). */
export function understoodChanges(before: CaseFacts, after: CaseFacts, lang: FactLang): UnderstoodItem[] {
  const items: UnderstoodItem[] = [];
  for (const key of flatKeys(after)) {
    const value = factValue(after, key);
    const previous = factValue(before, key);
    if (value === undefined || Object.is(value, previous)) continue;
    items.push({
      factKey: key,
      value,
      ...(previous !== undefined ? { previous } : {}),
      text: lineOf(key, value, previous, lang),
    });
  }
  return items;
}

/**
 * "Asylantrag gestellt" says nothing a date or an outcome of the application does not say already;
 * "Duldung" beside "Duldung seit 09/2025" neither.
 */
const IMPLIED_BY: Readonly<Record<string, (item: UnderstoodItem, all: readonly UnderstoodItem[]) => boolean>> = {
  asylumApplied: (item, all) =>
    item.value === true && all.some((o) => o.factKey === 'asylumAppliedOn' || o.factKey === 'asylumOutcome'),
  status: (item, all) => item.value === 'duldung' && all.some((o) => o.factKey === 'toleratedSince'),
};

/**
 * One line of plain words for the turn, before its question: "Verstanden: Tunesien · Duldung seit
 * 09/2025 · Asylantrag 2024, abgelehnt" and for corrections "Korrigiert: Einreise 2019 statt 2023".
 * Undefined when the turn changed no fact.
 */
export function understoodLine(items: readonly UnderstoodItem[], lang: FactLang): string | undefined {
  const words = factWords(lang);
  const shown = items.filter((item) => !IMPLIED_BY[item.factKey]?.(item, items));
  const added = shown.filter((i) => i.previous === undefined);
  const corrected = shown.filter((i) => i.previous !== undefined);
  const parts: string[] = [];
  if (added.length > 0) parts.push(words.understood.replace('{facts}', texts(added, lang).join(words.separator)));
  if (corrected.length > 0)
    parts.push(words.corrected.replace('{facts}', texts(corrected, lang).join(words.separator)));
  return parts.length > 0 ? parts.join('. ') : undefined;
}

/** The items' plain words joined: "Asylantrag 2024, abgelehnt · Einreise 2019" (the application and its outcome as one). */
function texts(list: readonly UnderstoodItem[], lang: FactLang): string[] {
  const date = list.find((i) => i.factKey === 'asylumAppliedOn');
  const outcome = list.find((i) => i.factKey === 'asylumOutcome');
  return list
    .filter((i) => !(date && i === outcome))
    .map((i) => (date && outcome && i === date ? `${i.text}, ${outcomeWord(outcome, lang)}` : i.text));
}

/** The facts of a patch in plain words without a lead ("nie Asyl beantragt · Einreise 2019"): what was said again. */
export function factsText(patch: CaseFacts, lang: FactLang): string {
  const items = understoodChanges({}, patch, lang);
  const shown = items.filter((item) => !IMPLIED_BY[item.factKey]?.(item, items));
  return texts(shown, lang).join(factWords(lang).separator);
}

/** "abgelehnt" rather than "Asylantrag abgelehnt" right after "Asylantrag 2024". */
function outcomeWord(outcome: UnderstoodItem, lang: FactLang): string {
  const full = outcome.text;
  return full.replace(lang === 'de' ? /^Asylantrag (?:als )?/ : /^asylum (?:application )?/, '');
}
