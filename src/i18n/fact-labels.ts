import { formatNumber, MONTHS_EN } from '../domain/format.js';
import { type FactLabel, factLabelsDe, factWordsDe } from './fact-labels.de.js';
import { factLabelsEn, factWordsEn } from './fact-labels.en.js';

export type FactLang = 'de' | 'en';

export interface DescribeOptions {
  /**
   * How a date known only to the year is shown: `mark` (default) says the month is open
   * ("2021 (Monat?)"), `plain` shows it as said ("2021"), for a line that repeats what was said.
   */
  partial?: 'mark' | 'plain';
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const labelsOf = (lang: FactLang): Readonly<Record<string, FactLabel>> => (lang === 'de' ? factLabelsDe : factLabelsEn);
export const factWords = (lang: FactLang) => (lang === 'de' ? factWordsDe : factWordsEn);

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/**
 * A date at the precision it was given: "2021 (Monat?)", "09/2025", "03.09.2025" (German);
 * "2021 (month?)", "September 2025", "3 September 2025" (English). Never a made-up day or month.
 */
export function describeDate(value: string, lang: FactLang, options: DescribeOptions = {}): string {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return value;
  const [, y = '', mo, d] = m;
  if (mo === undefined) return options.partial === 'plain' ? y : fill(factWords(lang).monthUnknown, { year: y });
  if (lang === 'de') return d === undefined ? `${mo}/${y}` : `${d}.${mo}.${y}`;
  const month = MONTHS_EN[Number(mo) - 1] ?? mo;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

function countryName(code: string, lang: FactLang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The value alone, for "Einreise 2019 statt 2023": dates and numbers bare, everything else in full. */
export function describeValue(key: string, value: unknown, lang: FactLang, options: DescribeOptions = {}): string {
  const spec = labelsOf(lang)[key];
  if (spec?.kind === 'date' && typeof value === 'string') return describeDate(value, lang, options);
  if (spec?.kind === 'number' && typeof value === 'number') return formatNumber(value, lang);
  return describeFact(key, value, lang, options);
}

/**
 * The value for a labelled list (the adviser's case card): as describeValue, but a number keeps its unit
 * ("32 Monate", "20 Std./Woche"): beside the label alone, a bare "32" says nothing.
 */
export function describeListValue(key: string, value: unknown, lang: FactLang): string {
  const spec = labelsOf(lang)[key];
  if (spec?.kind === 'number' && typeof value === 'number') return fill(spec.amount, { n: formatNumber(value, lang) });
  return describeValue(key, value, lang);
}

/**
 * Plain words for one fact and its value ("Tunesien", "Duldung seit 09/2025", "Einreise 2021 (Monat?)",
 * "30 Std./Woche"), for the "understood" line, fact chips, Slack and the case card. `key` is a flat fact
 * key (`job.kind`); the value `unknown` says the employer does not know it. Anything the catalogue does
 * not know is shown as "key: value" rather than dropped.
 */
export function describeFact(key: string, value: unknown, lang: FactLang, options: DescribeOptions = {}): string {
  const spec = labelsOf(lang)[key];
  if (!spec) return `${key}: ${String(value)}`;
  if (value === 'unknown') return fill(factWords(lang).unknown, { label: spec.label });
  switch (spec.kind) {
    case 'boolean':
      if (typeof value === 'boolean') return value ? spec.yes : spec.no;
      break;
    case 'enum': {
      const text = typeof value === 'string' ? spec.values[value] : undefined;
      if (text) return key === 'permitBasis' ? `${permitPrefix(lang)}${text}` : text;
      break;
    }
    case 'date':
      if (typeof value === 'string' && PARTIAL_DATE.test(value))
        return fill(spec.text, { date: describeDate(value, lang, options) });
      break;
    case 'number':
      if (typeof value === 'number') return fill(spec.text, { n: formatNumber(value, lang) });
      break;
    case 'country':
      if (value === 'stateless') return spec.stateless;
      if (typeof value === 'string' && /^[A-Z]{2}$/.test(value)) return countryName(value, lang);
      break;
  }
  return `${spec.label}: ${String(value)}`;
}

/** "Aufenthaltserlaubnis nach § 25b": the basis reads as a permit, not as a bare paragraph. */
function permitPrefix(lang: FactLang): string {
  const status = labelsOf(lang).status;
  return status?.kind === 'enum' ? `${status.values.aufenthaltserlaubnis} ` : '';
}

/** The short name of a fact ("Einreise", "Staatsangehörigkeit"), e.g. for a chip's heading. */
export function factLabel(key: string, lang: FactLang): string {
  return labelsOf(lang)[key]?.label ?? key;
}
