import { z } from 'zod';

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());

export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOTSE_DB_PATH: z.string().min(1).default('./data/lotse.db'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Pins "today" (the law-as-of date of every conversation) for demos and reproducible evaluation. */
  LOTSE_FIXED_DATE: z.preprocess((v) => (v === '' ? undefined : v), z.iso.date().optional()),
  LOTSE_KNOWLEDGE_DIR: z.string().min(1).default('./knowledge'),
  LOTSE_KB_MAX_REVIEW_AGE_DAYS: z.coerce.number().int().positive().default(365),
  RETENTION_DAYS: z.coerce.number().int().positive().default(90),
  /** Origins allowed to call the API from the browser (the widget on employer sites); `*` = any. */
  WIDGET_ALLOWED_ORIGINS: z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean)
        : v,
    z
      .array(
        z.union([z.literal('*'), z.url().transform((u) => new URL(u).origin)], {
          error: 'comma-separated origins such as https://www.example.org, or *',
        }),
      )
      .default([]),
  ),
  /** Abuse limits: requests per window per client and per conversation (0 = off). */
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  RATE_LIMIT_PER_CLIENT: z.coerce.number().int().min(0).default(300),
  RATE_LIMIT_PER_CONVERSATION: z.coerce.number().int().min(0).default(30),
  /** Adviser logins per client address and per e-mail address in 15 minutes; adviser API requests per client per window (0 = off). */
  ADVISER_LOGIN_PER_ADDRESS: z.coerce.number().int().min(0).default(30),
  ADVISER_LOGIN_PER_ACCOUNT: z.coerce.number().int().min(0).default(10),
  ADVISER_API_PER_CLIENT: z.coerce.number().int().min(0).default(600),
  /**
   * scrypt cost of adviser password hashes: `owasp` (N=2^15, r=8, p=3). `test` (N=2^10, p=1) keeps the
   * test suites and mutation runs affordable on two cores; parseConfig refuses it unless NODE_ENV=test.
   */
  ADVISER_PASSWORD_COST: z.enum(['owasp', 'test']).default('owasp'),
  /** Hand-offs to an adviser per client and window (each puts a case in front of a person); 0 = no limit. */
  HANDOFF_LIMIT_PER_CLIENT: z.coerce.number().int().min(0).default(5),
  HANDOFF_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(3600),
  /** Live event streams (SSE) open at once from one client and to one conversation (0 = no limit). */
  LIVE_STREAMS_PER_CLIENT: z.coerce.number().int().min(0).default(20),
  LIVE_STREAMS_PER_CONVERSATION: z.coerce.number().int().min(0).default(3),
  /**
   * Node: requests start first come, first served, with the event loop coming round between them
   * (src/node-fair-queue.ts). `off` serves them as Node does by itself: for the bench's before/after.
   */
  FAIR_QUEUE: z.enum(['on', 'off']).default('on'),
  /** Behind a reverse proxy: the header carrying the client address (e.g. x-forwarded-for). */
  CLIENT_IP_HEADER: optionalString,
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(32 * 1024),
  LLM_BASE_URL: optionalUrl,
  LLM_API_KEY: optionalString,
  LLM_MODEL: optionalString,
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
  /** Advisers' Slack channel (incoming webhook): new escalations are posted there; off when unset. */
  ADVISER_SLACK_WEBHOOK_URL: optionalUrl,
  /** Lotse's public address, for links to the adviser inbox (default: http://HOST:PORT). */
  LOTSE_PUBLIC_URL: optionalUrl,
  /** Slack channel: both set to mount /slack/*, neither to run without Slack. */
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  /** E-mail reminders (issue 20, opt-in per case): smtp://user:pass@host:587 or smtps://…; off when unset. */
  SMTP_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.url({ protocol: /^smtps?$/, error: 'an SMTP URL such as smtp://user:password@mail.example.org:587' }).optional(),
  ),
  /** The sender of reminder e-mails. */
  SMTP_FROM: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(3).default('Lotse <lotse@localhost>')),
  /** The first retry of a notice that could not be sent waits this long; every further one twice as long. */
  WATCH_RETRY_SECONDS: z.coerce.number().int().positive().default(60),
  SLACK_COMMAND: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^\/[a-z0-9_-]{1,31}$/, 'a slash command such as /lotse')
      .default('/lotse'),
  ),
});
export type Config = z.infer<typeof ConfigSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Parses the environment once at start-up; every bad variable is named, none is silently defaulted. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map(
        (issue) =>
          `${issue.path.join('.') || '(env)'}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`,
      ),
    };
  }
  const config = result.data;
  const llmParts = [config.LLM_BASE_URL, config.LLM_MODEL].filter(Boolean).length;
  if (llmParts === 1) {
    return { ok: false, errors: ['LLM_BASE_URL and LLM_MODEL: set both to enable the optional LLM, or neither'] };
  }
  if (Boolean(config.SLACK_SIGNING_SECRET) !== Boolean(config.SLACK_BOT_TOKEN)) {
    return { ok: false, errors: ['SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN: set both to enable Slack, or neither'] };
  }
  if (config.ADVISER_PASSWORD_COST !== 'owasp' && env.NODE_ENV !== 'test') {
    return {
      ok: false,
      errors: [
        `ADVISER_PASSWORD_COST: ${config.ADVISER_PASSWORD_COST} is for tests only (NODE_ENV=test); production hashes with owasp`,
      ],
    };
  }
  return { ok: true, config };
}
