import { resolve } from 'node:path';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import { SCRYPT_COSTS } from './adviser/password.js';
import { adviserRateLimitsFromConfig } from './channels/adviser/limits.js';
import { readDistBundle } from './channels/read-dist-bundle.js';
import { createToday } from './clock.js';
import type { Config } from './config.js';
import { createLotse } from './core.js';
import { hardeningFromConfig } from './http/hardening-config.js';
import { loadKnowledgeFromDir } from './knowledge/load-node.js';
import { createLlmFromConfig } from './llm/create-llm.js';
import type { Logger } from './logger.js';
import { createRetention } from './retention/retention.js';
import { scheduleRetention } from './retention/schedule.js';
import { sqliteRunner } from './storage/sql-runner.js';
import { openDatabase } from './storage/sqlite/open-database.js';
import { createSqliteAdviserStorage } from './storage/sqlite/sqlite-adviser.js';
import { createSqliteFeedback } from './storage/sqlite/sqlite-feedback.js';
import { createSqliteRetentionStore } from './storage/sqlite/sqlite-retention.js';
import { createSqliteSlackStore } from './storage/sqlite/sqlite-slack.js';
import { createSqliteStorage } from './storage/sqlite/sqlite-storage.js';
import { scheduleWatch } from './watch/schedule.js';
import { createSmtpMailer } from './watch/smtp-mailer.js';
import { createSqlWatchStore } from './watch/sql-store.js';

/** How often the long-running process looks for conversations past the retention period. */
const RETENTION_SWEEP_MS = 60 * 60 * 1000;
/** How often the watch assesses every case again (issue 20); its outbox is tried at least every minute. */
const WATCH_PASS_MS = 60 * 60 * 1000;

/** Node adapters: one better-sqlite3 file (WAL) shared by the repositories and the checkpointer. */
export function createNodeRuntime(config: Config, logger: Logger) {
  const db = openDatabase(resolve(config.LOTSE_DB_PATH));
  const checkpointer = new SqliteSaver(db);
  const storage = createSqliteStorage(db);
  const mailer = config.SMTP_URL ? createSmtpMailer(config.SMTP_URL, config.SMTP_FROM) : undefined;
  const publicUrl = config.LOTSE_PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`;
  const lotse = createLotse({
    entries: loadKnowledgeFromDir(resolve(config.LOTSE_KNOWLEDGE_DIR)),
    storage,
    checkpointer,
    deleteCheckpoints: (threadId) => checkpointer.deleteThread(threadId),
    today: createToday(config.LOTSE_FIXED_DATE),
    logger,
    llm: createLlmFromConfig(config),
    web: { feedback: createSqliteFeedback(db), widgetScript: () => readDistBundle('widget.js') },
    adviser: {
      storage: createSqliteAdviserStorage(db),
      loadInboxScript: () => readDistBundle('inbox.js'),
      publicUrl: config.LOTSE_PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`,
      ...(config.ADVISER_SLACK_WEBHOOK_URL ? { slackWebhookUrl: config.ADVISER_SLACK_WEBHOOK_URL } : {}),
      passwordCost: SCRYPT_COSTS[config.ADVISER_PASSWORD_COST],
      rateLimits: adviserRateLimitsFromConfig(config),
    },
    hardening: hardeningFromConfig(config),
    watch: {
      store: createSqlWatchStore(sqliteRunner(db)),
      ...(mailer ? { mailer } : {}),
      publicUrl,
      pageOrigins: config.WIDGET_ALLOWED_ORIGINS,
      retentionDays: config.RETENTION_DAYS,
      retryBaseMs: config.WATCH_RETRY_SECONDS * 1000,
    },
    ...(config.SLACK_SIGNING_SECRET && config.SLACK_BOT_TOKEN
      ? {
          slack: {
            signingSecret: config.SLACK_SIGNING_SECRET,
            botToken: config.SLACK_BOT_TOKEN,
            command: config.SLACK_COMMAND,
            store: createSqliteSlackStore(db),
          },
        }
      : {}),
  });
  const retention = createRetention({
    store: createSqliteRetentionStore(db),
    erase: (id) => lotse.conversations.remove(id),
    deleteCheckpoints: (threadId) => checkpointer.deleteThread(threadId),
    settleErasure: () => storage.erasure.settle(),
    retentionDays: config.RETENTION_DAYS,
    now: () => new Date(),
    logger,
  });
  const stopRetention = scheduleRetention(retention, RETENTION_SWEEP_MS, logger);
  const stopWatch = lotse.watch
    ? scheduleWatch(lotse.watch, {
        runEveryMs: WATCH_PASS_MS,
        deliverEveryMs: Math.min(60_000, config.WATCH_RETRY_SECONDS * 1000),
        logger,
      })
    : () => {};
  return {
    ...lotse,
    retention,
    close: () => {
      stopRetention();
      stopWatch();
      mailer?.close?.();
      db.close();
    },
  };
}
