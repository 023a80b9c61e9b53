import type { Lang } from '../conversation/questions.js';
import { describeFact } from '../i18n/fact-labels.js';
import { fold } from '../nlu/normalize.js';
import { readYesNo } from '../nlu/yes-no.js';
import type { DayRange, StatsFigures, StatsRepo } from '../storage/adviser-port.js';
import { adviserTexts } from './texts.js';

/** Counts below this are shown as "< 5": small numbers can point at a person. */
export const SMALL_CELL = 5;
export const SUPPRESSED = '< 5';
export type Cell = number | typeof SUPPRESSED;
export const cell = (n: number): Cell => (n > 0 && n < SMALL_CELL ? SUPPRESSED : n);

export interface LabelledRow {
  key: string;
  label: string;
  conversations?: Cell;
  handoffs: Cell;
}

export interface StatsReport {
  range: DayRange;
  totals: { conversations: Cell; handoffs: Cell; helpful: Cell; notHelpful: Cell };
  perWeek: { period: string; label: string; conversations: Cell; handoffs: Cell }[];
  perMonth: { period: string; label: string; conversations: Cell; handoffs: Cell }[];
  verdicts: LabelledRow[];
  reasons: LabelledRow[];
  triggers: LabelledRow[];
  channels: LabelledRow[];
  /** Countries with fewer than five conversations and hand-offs are summed into one row. */
  nationalities: LabelledRow[];
  /** Minutes from hand-off to the first adviser reply; no figure from fewer than five cases. */
  firstReply: { cases: Cell; medianMinutes: number | null; p90Minutes: number | null };
  outcomes: LabelledRow[];
  downVotes: { question: string; lang: Lang; count: Cell; comments: string[] }[];
  knowledgeGaps: { question: string; lang: Lang; count: Cell; searchUrl: string }[];
}

/**
 * Employer texts in the statistics (questions, comments) lose what could reach a person: e-mail
 * addresses, phone and other long numbers. Years and hours stay: they are what the question is about.
 */
export function scrub(text: string, lang: Lang): string {
  const t = adviserTexts(lang);
  const cleaned = text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, t['stats.redactedEmail'])
    .replace(/\+?\d(?:[\d /().-]*\d){5,}/g, t['stats.redactedNumber'])
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > 300 ? `${cleaned.slice(0, 299)}…` : cleaned;
}

/** ISO 8601 week of a day (`YYYY-MM-DD`): weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: string): { year: number; week: number } {
  const WEEK_MS = 7 * 86_400_000;
  const date = new Date(`${day}T00:00:00Z`);
  const fromMonday = (date.getUTCDay() + 6) % 7;
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - fromMonday + 3);
  const year = new Date(thursday).getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week1Thursday = Date.UTC(year, 0, 4 - ((jan4.getUTCDay() + 6) % 7) + 3);
  return { year, week: 1 + Math.round((thursday - week1Thursday) / WEEK_MS) };
}

function labels(lang: Lang) {
  const t = adviserTexts(lang) as Record<string, string>;
  const month = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    week: (monday: string) => {
      const { year, week } = isoWeek(monday);
      return t['stats.weekLabel']?.replace('{week}', String(week)).replace('{year}', String(year)) ?? monday;
    },
    month: (period: string) => month.format(new Date(`${period}-01T00:00:00Z`)),
    of: (prefix: string, key: string) => t[`${prefix}.${key}`] ?? key,
    nationality: (code: string) => describeFact('nationality', code, lang),
  };
}

/** The figures as the statistics page and its CSV show them: labelled, small cells suppressed. */
export function presentStats(figures: StatsFigures, range: DayRange, lang: Lang): StatsReport {
  const l = labels(lang);
  const t = adviserTexts(lang);
  const both = (prefix: string) => (r: { key: string; conversations: number; handoffs: number }) => ({
    key: r.key,
    label: prefix === 'nationality' ? l.nationality(r.key) : l.of(prefix, r.key),
    conversations: cell(r.conversations),
    handoffs: cell(r.handoffs),
  });
  const one = (prefix: string) => (r: { key: string; handoffs: number }) => ({
    key: r.key,
    label: l.of(prefix, r.key),
    handoffs: cell(r.handoffs),
  });
  const common = figures.nationalities.filter((r) => r.conversations >= SMALL_CELL || r.handoffs >= SMALL_CELL);
  const rare = figures.nationalities.filter((r) => r.conversations < SMALL_CELL && r.handoffs < SMALL_CELL);
  const rareRow = rare.length
    ? [
        {
          key: 'other',
          label: t['stats.otherNationalities'].replace('{n}', String(rare.length)),
          conversations: cell(rare.reduce((sum, r) => sum + r.conversations, 0)),
          handoffs: cell(rare.reduce((sum, r) => sum + r.handoffs, 0)),
        },
      ]
    : [];
  const enough = figures.firstReply.cases >= SMALL_CELL;
  const minutes = (m: number | null) => (enough && m !== null ? Math.round(m * 10) / 10 : null);
  return {
    range,
    totals: {
      conversations: cell(figures.totals.conversations),
      handoffs: cell(figures.totals.handoffs),
      helpful: cell(figures.totals.helpful),
      notHelpful: cell(figures.totals.notHelpful),
    },
    perWeek: figures.perWeek.map((r) => ({
      period: r.period,
      label: l.week(r.period),
      conversations: cell(r.conversations),
      handoffs: cell(r.handoffs),
    })),
    perMonth: figures.perMonth.map((r) => ({
      period: r.period,
      label: l.month(r.period),
      conversations: cell(r.conversations),
      handoffs: cell(r.handoffs),
    })),
    verdicts: figures.verdicts.map(both('verdict')),
    reasons: figures.reasons.map(one('reasonCode')),
    triggers: figures.triggers.map(one('trigger')),
    channels: figures.channels.map(both('channel')),
    nationalities: [...common.map(both('nationality')), ...rareRow],
    firstReply: {
      cases: cell(figures.firstReply.cases),
      medianMinutes: minutes(figures.firstReply.medianMinutes),
      p90Minutes: minutes(figures.firstReply.p90Minutes),
    },
    outcomes: figures.outcomes.map(one('outcome')),
    downVotes: figures.downVotes.map((d) => ({
      question: scrub(d.question, lang),
      lang: d.lang,
      count: cell(d.count),
      comments: d.comments.map((c) => scrub(c, lang)),
    })),
    // A plain yes or no the bot could not place ("Ja", "Natürlich nicht") is no gap in the knowledge base.
    knowledgeGaps: figures.knowledgeGaps
      .filter((g) => readYesNo(fold(g.question)) === undefined)
      .map((g) => {
        const question = scrub(g.question, lang);
        return {
          question,
          lang: g.lang,
          count: cell(g.count),
          searchUrl: `/api/v1/knowledge/search?${new URLSearchParams({ q: question.slice(0, 200), lang: g.lang })}`,
        };
      }),
  };
}

/** A spreadsheet cannot run a cell that starts like a formula (CSV injection). */
const csvField = (value: string | number) => {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The report as one CSV table: section, key, label, conversations, hand-offs / count. */
export function statsCsv(report: StatsReport, lang: Lang): string {
  const t = adviserTexts(lang);
  const rows: (string | number)[][] = [
    [t['stats.csvSection'], t['stats.csvKey'], t['stats.csvLabel'], t['stats.conversations'], t['stats.handoffs']],
    ['range', 'from', report.range.from, '', ''],
    ['range', 'to', report.range.to, '', ''],
    ['totals', 'conversations', t['stats.conversations'], report.totals.conversations, ''],
    ['totals', 'handoffs', t['stats.handoffs'], '', report.totals.handoffs],
    ['totals', 'helpful', t['stats.helpful'], report.totals.helpful, ''],
    ['totals', 'not_helpful', t['stats.notHelpful'], report.totals.notHelpful, ''],
  ];
  for (const r of report.perWeek) rows.push(['week', r.period, r.label, r.conversations, r.handoffs]);
  for (const r of report.perMonth) rows.push(['month', r.period, r.label, r.conversations, r.handoffs]);
  const table = (section: string, list: LabelledRow[]) => {
    for (const r of list) rows.push([section, r.key, r.label, r.conversations ?? '', r.handoffs]);
  };
  table('verdict', report.verdicts);
  table('reason', report.reasons);
  table('trigger', report.triggers);
  table('channel', report.channels);
  table('nationality', report.nationalities);
  table('outcome', report.outcomes);
  rows.push(['first_reply', 'cases', t['stats.cases'], '', report.firstReply.cases]);
  rows.push(['first_reply', 'median_minutes', t['stats.median'], '', report.firstReply.medianMinutes ?? '']);
  rows.push(['first_reply', 'p90_minutes', t['stats.p90'], '', report.firstReply.p90Minutes ?? '']);
  for (const d of report.downVotes) rows.push(['down_vote', d.lang, d.question, '', d.count]);
  for (const g of report.knowledgeGaps) rows.push(['knowledge_gap', g.lang, g.question, '', g.count]);
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function createStats(deps: { stats: StatsRepo }) {
  return {
    async report(range: DayRange, lang: Lang): Promise<StatsReport> {
      return presentStats(await deps.stats.figures(range), range, lang);
    },
  };
}

export type Stats = ReturnType<typeof createStats>;
