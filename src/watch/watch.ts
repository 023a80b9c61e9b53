import { buildAnswerCard } from '../answer/build-card.js';
import type { Assessment } from '../domain/assessment.js';
import type { CaseFacts, FactKey, IsoDate } from '../domain/facts.js';
import { addDays } from '../domain/law-date.js';
import type { AssessedCase } from '../graph/assessed.js';
import type { Logger } from '../logger.js';
import { caseSummary } from './case-summary.js';
import { milestoneOf } from './elapsed.js';
import { type Fingerprints, sha256 } from './fingerprints.js';
import { lawDays, type Validity } from './law-days.js';
import { changeText, elapsedLabel, elapsedText } from './notice-texts.js';
import { type Baseline, type Change, changesSince, type Reading } from './reassess.js';
import type { Notice, NoticeChannel, ScheduledDate, WatchedCase, WatchedConversation, WatchStore } from './store.js';
import { watchText } from './texts.js';
import { headOf, verdictOf } from './verdict.js';

/** The rules with today's knowledge; `factsAsOf` keeps what was said on the verdict's day (src/domain/assess.ts). */
export type AssessLater = (
  facts: CaseFacts,
  lawAsOf: IsoDate,
  options: { unknown: readonly FactKey[]; lang: 'de' | 'en'; factsAsOf: IsoDate },
) => Assessment;

export interface WatchDeps {
  store: WatchStore;
  /** Where the conversation keeps the facts of its verdict (the conversation service). */
  cases: { verdictCase(id: string): Promise<AssessedCase | null> };
  assess: AssessLater;
  /** Entry id → fingerprint of the knowledge deployed now; titles for the change sentence. */
  fingerprints: () => Promise<Fingerprints>;
  entryTitle: (id: string, lang: 'de' | 'en') => string | undefined;
  /** Entry id → its validity dates: a change is the law's only when one of them lies in between (law-days.ts). */
  validity?: (id: string) => Validity | undefined;
  /** The rules' own law dates; by default those of src/domain/data/legal-dates.ts. */
  ruleDays?: readonly IsoDate[];
  /** Channels that can send now (web is always there: it waits for the employer). */
  channels: ReadonlySet<NoticeChannel>;
  today: () => IsoDate;
  now: () => string;
  retentionDays: number;
  logger: Logger;
  batchSize?: number;
}

export interface RunReport {
  cases: number;
  changes: number;
  reminders: number;
  failed: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Notice ids are derived from the case and what happened (recorded twice = one row) and reveal neither. */
const noticeId = async (prefix: string, ...parts: (string | number)[]) =>
  `${prefix}_${(await sha256(parts.join('\u0000'))).slice(0, 32)}`;

/**
 * Lotse keeps watch (issue 20): assesses every stored verdict again with today's date and today's knowledge,
 * records a change once when the verdict differs, and turns the case's dates into reminders on their day.
 * Each case is worked on in its own transactions, so a crash loses nothing and a new run records nothing twice.
 */
export function createWatchJob(deps: WatchDeps) {
  const { store } = deps;
  const batchSize = deps.batchSize ?? 200;

  async function channelsFor(conversation: WatchedConversation): Promise<NoticeChannel[]> {
    const out: NoticeChannel[] = [];
    if (conversation.channel === 'web') out.push('web');
    if (conversation.channel === 'slack' && deps.channels.has('slack')) {
      const thread = await store.channels.slackThread(conversation.id);
      const choice = await store.channels.choice(conversation.id, 'slack');
      if (thread && choice?.state !== 'stopped') out.push('slack');
    }
    if (deps.channels.has('email') && (await store.channels.email(conversation.id))) out.push('email');
    return out;
  }

  async function processCase(
    conversation: WatchedConversation,
    today: IsoDate,
    knowledge: ReadonlyMap<string, { hash: string; seenOn: IsoDate }>,
  ): Promise<{ changes: number; reminders: number }> {
    const verdict = await deps.cases.verdictCase(conversation.id);
    if (!verdict) return { changes: 0, reminders: 0 };
    const lang = conversation.lang;
    const readings = new Map<IsoDate, { assessment: Assessment; reading: Reading }>();
    const at = (day: IsoDate) => {
      let found = readings.get(day);
      if (!found) {
        const factsAsOf = day < verdict.lawAsOf ? day : verdict.lawAsOf;
        const assessment = deps.assess(verdict.facts, day, { unknown: verdict.unknown, lang, factsAsOf });
        const reading = { verdict: verdictOf(assessment), cited: assessment.citations.map((c) => c.entryId) };
        found = { assessment, reading };
        readings.set(day, found);
      }
      return found;
    };
    const fingerprintsOf = (cited: readonly string[]) =>
      Object.fromEntries(cited.map((id) => [id, knowledge.get(id)?.hash ?? ''])) as Baseline['entries'];
    // An overdue notice is the answer's own "report now" on the day it was given: no reminder repeats it.
    const schedule = (a: Assessment, from: IsoDate = today): ScheduledDate[] =>
      (a.caseDates ?? [])
        .filter((d) => d.date >= from && d.kind !== 'notice_overdue')
        .map((d) => ({ dateId: d.id, date: d.date, kind: d.kind }));

    const verdictKey = await sha256(JSON.stringify([verdict.facts, verdict.lawAsOf, verdict.unknown]));
    let watched = await store.cases.get(conversation.id);
    if (!watched || watched.verdictKey !== verdictKey) {
      // The first look at this verdict (or the employer got a new one): what they were told is the baseline.
      const told = at(verdict.lawAsOf);
      await store.cases.start(
        {
          conversationId: conversation.id,
          verdictKey,
          factsOn: verdict.lawAsOf,
          baseline: {
            verdict: told.reading.verdict,
            entries: fingerprintsOf(told.reading.cited),
            toldOn: verdict.lawAsOf,
          },
          baselineOn: verdict.lawAsOf,
        },
        // From the verdict's day: a first look after a date (the server was down, or the clock jumped) reminds
        // of it late rather than never, as a missed pass does.
        schedule(told.assessment, verdict.lawAsOf),
        deps.now(),
      );
      watched = await store.cases.get(conversation.id);
      if (!watched) return { changes: 0, reminders: 0 };
    }

    const found = today > watched.baselineOn ? changesOf(watched, today, knowledge, at) : [];
    // A date that fell due before the first change took effect was the old verdict's to remind of (a date on the
    // day time reached something, too: that is what was reached); the change then replaces the schedule.
    const first = found[0];
    const dueBefore = first ? (first.cause === 'time' ? first.effectiveOn : addDays(first.effectiveOn, -1)) : today;
    let reminders = await remind(conversation, dueBefore, today, at);
    let changes = 0;
    if (today > watched.baselineOn) {
      changes = await recordChanges(conversation, watched, found, today, knowledge, at, schedule);
      if (changes > 0) reminders += await remind(conversation, today, today, at);
    }
    return { changes, reminders };
  }

  function changesOf(
    watched: WatchedCase,
    today: IsoDate,
    knowledge: ReadonlyMap<string, { hash: string; seenOn: IsoDate }>,
    at: (day: IsoDate) => { reading: Reading },
  ): Change[] {
    const validity = deps.validity ?? (() => undefined);
    return changesSince({
      baseline: watched.baseline,
      baselineOn: watched.baselineOn,
      today,
      at: (day) => at(day).reading,
      knowledge: (id) => knowledge.get(id),
      lawDays: (cited) => lawDays(cited, validity, deps.ruleDays),
    });
  }

  async function recordChanges(
    conversation: WatchedConversation,
    watched: WatchedCase,
    changes: readonly Change[],
    today: IsoDate,
    knowledge: ReadonlyMap<string, { hash: string; seenOn: IsoDate }>,
    at: (day: IsoDate) => { assessment: Assessment; reading: Reading },
    schedule: (a: Assessment) => ScheduledDate[],
  ): Promise<number> {
    const entries = (cited: readonly string[]) =>
      Object.fromEntries(cited.map((id) => [id, knowledge.get(id)?.hash ?? '']));
    if (changes.length === 0) {
      // An edit of a cited entry that changed nothing: remember the new fingerprints, so a later change is
      // not blamed on it.
      const now = entries(Object.keys(watched.baseline.entries));
      if (JSON.stringify(now) !== JSON.stringify(watched.baseline.entries))
        await store.cases.refreshEntries(watched, now);
      return 0;
    }
    const verdict = await deps.cases.verdictCase(conversation.id);
    const facts = verdict?.facts ?? {};
    const channels = await channelsFor(conversation);
    let current = watched;
    let recorded = 0;
    for (const [i, change] of changes.entries()) {
      const last = i === changes.length - 1;
      const notice = await changeNotice(conversation, current, { ...change, last }, at, facts, today);
      const next = {
        baseline: { verdict: change.after.verdict, entries: entries(change.after.cited), toldOn: change.effectiveOn },
        baselineOn: change.cause === 'release' ? today : change.effectiveOn,
      };
      const ok = await store.cases.recordChange(
        current,
        next,
        notice,
        channels,
        schedule(at(today).assessment),
        deps.now(),
      );
      if (!ok) break;
      recorded++;
      current = { ...current, ...next, revision: current.revision + 1 };
    }
    return recorded;
  }

  /**
   * A change of the law or a release is a `law_change`; a verdict that changed only because time passed is a
   * reminder worded as such (review S3-8), with the same before and after.
   */
  async function changeNotice(
    conversation: WatchedConversation,
    watched: WatchedCase,
    change: Change & { last: boolean },
    at: (day: IsoDate) => { assessment: Assessment },
    facts: CaseFacts,
    today: IsoDate,
  ): Promise<Notice> {
    // The last change is told as things stand today; one before it as on its own day.
    const shown = at(change.last ? today : change.effectiveOn).assessment;
    const lang = conversation.lang;
    const common = {
      conversationId: conversation.id,
      date: change.effectiveOn,
      detectedOn: today,
    };
    const texts = {
      lang,
      effectiveOn: change.effectiveOn,
      toldOn: watched.baseline.toldOn,
      before: watched.baseline.verdict,
      after: change.after.verdict,
      afterDates: shown.caseDates ?? [],
      today,
    };
    const headline = buildAnswerCard(shown, facts, lang).headline;
    const summary = caseSummary(facts, lang);
    if (change.cause === 'time') {
      const reached = at(change.effectiveOn).assessment;
      const milestone = milestoneOf(at(watched.baselineOn).assessment, reached, change.effectiveOn);
      return {
        kind: 'reminder',
        id: await noticeId('rem', conversation.id, watched.verdictKey, watched.revision, 'elapsed'),
        ...common,
        payload: {
          lang,
          dateId: `elapsed:${milestone.key}`,
          kind: 'time_reached',
          label: elapsedLabel(lang, milestone),
          text: `${elapsedText({ ...texts, milestone })} ${watchText(lang, 'notice.headline', { headline })}`,
          toldOn: watched.baseline.toldOn,
          ...(summary ? { caseSummary: summary } : {}),
          before: headOf(watched.baseline.verdict),
          after: headOf(change.after.verdict),
        },
      };
    }
    const titled = change.entries.map((id) => ({ id, title: deps.entryTitle(id, lang) ?? id }));
    return {
      kind: 'law_change',
      id: await noticeId('chg', conversation.id, watched.verdictKey, watched.revision),
      ...common,
      payload: {
        lang,
        before: headOf(watched.baseline.verdict),
        after: headOf(change.after.verdict),
        toldOn: watched.baseline.toldOn,
        cause: change.cause,
        entries: titled,
        text: changeText({ ...texts, cause: change.cause, ...(titled[0] ? { entryTitle: titled[0].title } : {}) }),
        headline,
        ...(summary ? { caseSummary: summary } : {}),
      },
    };
  }

  /** Reminders of the scheduled dates due up to `upTo` (on or before today). */
  async function remind(
    conversation: WatchedConversation,
    upTo: IsoDate,
    today: IsoDate,
    at: (day: IsoDate) => { assessment: Assessment },
  ): Promise<number> {
    const due = await store.cases.due(conversation.id, upTo);
    if (due.length === 0) return 0;
    const watched = await store.cases.get(conversation.id);
    // The date's text as the verdict that scheduled it says it (in the case's language).
    const dated = watched ? (at(watched.baselineOn).assessment.caseDates ?? []) : [];
    const channels = await channelsFor(conversation);
    const facts = (await deps.cases.verdictCase(conversation.id))?.facts;
    const summary = facts ? caseSummary(facts, conversation.lang) : undefined;
    for (const date of due) {
      const caseDate = dated.find((d) => d.id === date.dateId && d.date === date.date);
      const notice: Notice = {
        kind: 'reminder',
        id: await noticeId('rem', conversation.id, date.dateId, date.date),
        conversationId: conversation.id,
        date: date.date,
        detectedOn: today,
        payload: {
          lang: conversation.lang,
          dateId: date.dateId,
          kind: date.kind,
          label: caseDate?.label ?? date.kind,
          text: caseDate?.text ?? caseDate?.label ?? date.kind,
          ...(watched ? { toldOn: watched.baseline.toldOn } : {}),
          ...(summary ? { caseSummary: summary } : {}),
        },
      };
      await store.cases.recordReminder(notice, channels, date, deps.now());
    }
    return due.length;
  }

  return {
    /** One pass over every case inside retention. Counts only in the log: the watch never logs ids or content. */
    async run(): Promise<RunReport> {
      const today = deps.today();
      const current = await deps.fingerprints();
      const seen = await store.knowledge.list();
      const changed = [...current].filter(([id, hash]) => seen.get(id)?.hash !== hash);
      if (changed.length > 0) {
        await store.knowledge.record(changed, today);
        for (const [id, hash] of changed) seen.set(id, { hash, seenOn: today });
      }
      const since = new Date(Date.parse(deps.now()) - deps.retentionDays * DAY_MS).toISOString();
      const report: RunReport = { cases: 0, changes: 0, reminders: 0, failed: 0 };
      for (let after = ''; ; ) {
        const page = await store.cases.conversations(since, after, batchSize);
        for (const conversation of page) {
          try {
            const done = await processCase(conversation, today, seen);
            report.cases++;
            report.changes += done.changes;
            report.reminders += done.reminders;
          } catch (error) {
            // One case that cannot be read must not stop the others; it is tried again next run.
            report.failed++;
            deps.logger.warn('watch case failed', { error: error instanceof Error ? error.name : 'unknown' });
          }
        }
        const last = page.at(-1);
        if (!last || page.length < batchSize) break;
        after = last.id;
      }
      if (report.changes + report.reminders + report.failed > 0) deps.logger.info('watch run', { today, ...report });
      return report;
    },
  };
}

export type WatchJob = ReturnType<typeof createWatchJob>;
