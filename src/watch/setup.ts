import type { RecordedChange } from '../adviser/case-card.js';
import type { SlackApi } from '../channels/slack/slack-api.js';
import { assess } from '../domain/assess.js';
import type { AssessmentKnowledge } from '../domain/ports.js';
import type { AssessedCase } from '../graph/assessed.js';
import type { KnowledgeEntry } from '../knowledge/entry.js';
import type { Logger } from '../logger.js';
import { emailSender } from './email.js';
import { type Fingerprints, fingerprintEntries } from './fingerprints.js';
import type { Mailer } from './mailer.js';
import { stateNotice } from './notice-view.js';
import { createOutbox } from './outbox.js';
import { watchRoutes } from './routes.js';
import { slackSender, slackWatchActions } from './slack.js';
import { isWatchAction } from './slack-notice.js';
import type { NoticeChannel, WatchStore } from './store.js';
import { type AssessLater, createWatchJob, type RunReport } from './watch.js';

/** What a runtime hands over to keep watch (issue 20). */
export interface WatchSetup {
  store: WatchStore;
  /** Node with SMTP_URL; without it e-mail reminders are off (the API says so). */
  mailer?: Mailer;
  /** Lotse's public address, for the unsubscribe link in every mail. */
  publicUrl: string;
  retentionDays: number;
  /** Origins allowed to embed the widget (WIDGET_ALLOWED_ORIGINS): mails may link back to pages there. */
  pageOrigins?: readonly string[];
  /** The first retry of a failed notice waits this long (then twice as long each time). */
  retryBaseMs?: number;
}

interface Core {
  cases: { verdictCase(id: string): Promise<AssessedCase | null> };
  knowledge: AssessmentKnowledge;
  entries: readonly KnowledgeEntry[];
  today: () => string;
  now: () => string;
  newId: () => string;
  logger: Logger;
  /** The Slack Web API when Slack is configured: notices go to the case's thread. */
  slackApi?: SlackApi;
}

/** Builds the watch: the job, the outbox, the notices for the API, the Slack buttons and the routes. */
export function createWatch(setup: WatchSetup, core: Core) {
  const { store } = setup;
  const assessLater: AssessLater = (facts, lawAsOf, options) => assess(facts, lawAsOf, core.knowledge, options);
  // The knowledge is immutable for the life of a process: its fingerprints are computed once.
  let fingerprints: Promise<Fingerprints> | undefined;
  const titles = new Map(core.entries.map((e) => [`${e.lang}:${e.id}`, e.title]));
  // valid_from / valid_until are the same in both languages (LEGAL_FIELDS).
  const validity = new Map(core.entries.map((e) => [e.id, { validFrom: e.valid_from, validUntil: e.valid_until }]));
  const channels = new Set<NoticeChannel>(['web']);
  if (core.slackApi) channels.add('slack');
  if (setup.mailer) channels.add('email');

  const job = createWatchJob({
    store,
    cases: core.cases,
    assess: assessLater,
    fingerprints: () => {
      fingerprints ??= fingerprintEntries(core.entries);
      return fingerprints;
    },
    entryTitle: (id, lang) => titles.get(`${lang}:${id}`),
    validity: (id) => validity.get(id),
    channels,
    today: core.today,
    now: core.now,
    retentionDays: setup.retentionDays,
    logger: core.logger,
  });
  const outbox = createOutbox({
    store,
    senders: {
      ...(core.slackApi ? { slack: slackSender({ api: core.slackApi, store }) } : {}),
      ...(setup.mailer ? { email: emailSender({ store, mailer: setup.mailer, publicUrl: setup.publicUrl }) } : {}),
    },
    now: core.now,
    logger: core.logger,
    ...(setup.retryBaseMs ? { retryBaseMs: setup.retryBaseMs } : {}),
  });
  const slackClick = core.slackApi
    ? slackWatchActions({ api: core.slackApi, store, cases: core.cases, assess: assessLater, now: core.now })
    : undefined;

  /** The last pass of this process, for the admins' status (counts only). */
  let lastPass: (RunReport & { day: string; finishedAt: string }) | null = null;
  const run = async () => {
    const day = core.today();
    const report = await job.run();
    lastPass = { day, ...report, finishedAt: core.now() };
    return report;
  };

  return {
    run,
    deliver: outbox.deliver,
    /** The changes recorded for these cases, for the advisers' inbox (issue 20): verdicts and entries, no address. */
    async changesFor(conversationIds: readonly string[]) {
      const byCase = new Map<string, RecordedChange[]>();
      for (const notice of await store.notices.changesOf(conversationIds)) {
        if (notice.kind !== 'law_change') continue;
        const list = byCase.get(notice.conversationId) ?? [];
        list.push({
          date: notice.date,
          detectedOn: notice.detectedOn,
          before: { outcome: notice.payload.before.outcome },
          after: { outcome: notice.payload.after.outcome },
          entries: notice.payload.entries,
        });
        byCase.set(notice.conversationId, list);
      }
      return byCase;
    },
    /** This process's last pass (counts only), as the admins' status shows it. */
    lastPass: () => lastPass,
    /** A scheduled pass: look at every case, then send what is due. */
    async tick() {
      const report = await run();
      const sent = await outbox.deliver();
      return { ...report, ...sent };
    },
    /** A case's notices for `state.notices`; the employer has returned, so its web notices count as delivered. */
    async notices(conversationId: string) {
      const list = await store.notices.list(conversationId);
      if (list.length > 0) await store.notices.markSeen(conversationId, core.now());
      return list.map(stateNotice);
    },
    /** The watch's Slack buttons (pause, stop, details), for the Slack channel. */
    slack: slackClick
      ? {
          handles: isWatchAction,
          onClick: (thread: Parameters<typeof slackClick>[0], factKey: string, value: string) =>
            isWatchAction(factKey) ? slackClick(thread, factKey, value) : Promise.resolve(),
        }
      : undefined,
    routes: (requireAdmin?: Parameters<typeof watchRoutes>[0]['requireAdmin']) =>
      watchRoutes({
        store,
        emailAvailable: setup.mailer !== undefined,
        lastPass: () => lastPass,
        now: core.now,
        newToken: () => `${core.newId()}${core.newId()}`.replace(/-/g, ''),
        publicUrl: setup.publicUrl,
        ...(setup.pageOrigins ? { pageOrigins: setup.pageOrigins } : {}),
        ...(requireAdmin ? { requireAdmin } : {}),
      }),
  };
}

export type Watch = ReturnType<typeof createWatch>;
