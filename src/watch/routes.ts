import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { ConversationId, ErrorResponse } from '../channels/web/conversation-schemas.js';
import type { AppEnv } from '../http/app-env.js';
import { ApiError } from '../http/errors.js';
import { validationHook } from '../http/validation-hook.js';
import type { Lang, OutboxRow, WatchStore } from './store.js';
import { watchText } from './texts.js';
import type { RunReport } from './watch.js';

export interface WatchRoutesDeps {
  store: WatchStore;
  /** E-mail reminders can be sent (SMTP_URL is set). */
  emailAvailable: boolean;
  /** This process's last pass over the cases (null before the first). */
  lastPass: () => (RunReport & { day: string; finishedAt: string }) | null;
  now: () => string;
  newToken: () => string;
  /**
   * Origins a reminder mail may link back to besides Lotse's own (WIDGET_ALLOWED_ORIGINS; `*` allows none: an
   * address is not verified, so a mail must not carry a link to any site a caller names).
   */
  pageOrigins?: readonly string[];
  /** Lotse's public address: its own pages (the demo page) may be linked. */
  publicUrl?: string;
  /** Admin check for the outbox listing (the adviser session, role admin); absent: the listing is not mounted. */
  requireAdmin?: MiddlewareHandler;
}

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const Reminders = z
  .object({
    email: z.object({
      /** SMTP is configured: the employer may leave an address. */
      available: z.boolean(),
      /** An address is stored for this case (the address itself is never sent back). */
      enabled: z.boolean(),
    }),
  })
  .openapi('Reminders');
/** The reminder settings as the API returns them (the widget's e-mail form reads it). */
export type RemindersView = z.infer<typeof Reminders>;
const EmailBody = z
  .object({
    address: z.email().max(254),
    /** The page the widget is on: every mail links back to it (origin and path only, allowed origins only). */
    page: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
  })
  .openapi('ReminderEmail');

/**
 * The link back a mail may carry (review S3-8): the page's origin and path, without query or fragment (they may
 * hold anything), and only on Lotse's own origin or one explicitly allowed to embed the widget.
 */
export function linkBack(page: string | undefined, own: readonly (string | undefined)[], allowed: readonly string[]) {
  if (!page) return undefined;
  const url = new URL(page);
  const origins = new Set([...own.flatMap((u) => (u ? [new URL(u).origin] : [])), ...allowed.filter((o) => o !== '*')]);
  return origins.has(url.origin) ? `${url.origin}${url.pathname}` : undefined;
}
const OutboxQuery = z.object({
  status: z.enum(['pending', 'sent', 'failed', 'dropped']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const OutboxEntry = z
  .object({
    id: z.string(),
    noticeId: z.string(),
    channel: z.enum(['web', 'slack', 'email']),
    status: z.enum(['pending', 'sent', 'failed', 'dropped']),
    attempts: z.number().int(),
    nextAttemptAt: z.string(),
    lastError: z.string().nullable(),
    sentAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('OutboxEntry');

const WatchStatus = z
  .object({
    lastPass: z
      .object({
        day: z.string(),
        finishedAt: z.string(),
        cases: z.number().int(),
        changes: z.number().int(),
        reminders: z.number().int(),
        failed: z.number().int(),
      })
      .nullable(),
    outbox: z.array(z.object({ channel: z.string(), status: z.string(), n: z.number().int() })),
  })
  .openapi('WatchStatus');

const tags = ['reminders'];
const routes = {
  get: createRoute({
    method: 'get',
    path: '/api/v1/conversations/{id}/reminders',
    tags,
    summary: 'Which reminder channels the case has (issue 20); never returns an address',
    request: { params: ConversationId },
    responses: { 200: json(Reminders, 'Reminder channels'), 404: json(ErrorResponse, 'Unknown conversation') },
  }),
  setEmail: createRoute({
    method: 'put',
    path: '/api/v1/conversations/{id}/reminders/email',
    tags,
    summary: 'Opt in: remind this address of this case (kept apart from the transcript, deleted with the case)',
    request: {
      params: ConversationId,
      body: { content: { 'application/json': { schema: EmailBody } }, required: true },
    },
    responses: {
      200: json(Reminders, 'Stored'),
      400: json(ErrorResponse, 'Not an e-mail address'),
      404: json(ErrorResponse, 'Unknown conversation'),
      409: json(ErrorResponse, 'E-mail reminders are not available here'),
    },
  }),
  deleteEmail: createRoute({
    method: 'delete',
    path: '/api/v1/conversations/{id}/reminders/email',
    tags,
    summary: 'Opt out: delete the address',
    request: { params: ConversationId },
    responses: { 200: json(Reminders, 'Deleted'), 404: json(ErrorResponse, 'Unknown conversation') },
  }),
  outbox: createRoute({
    method: 'get',
    path: '/api/v1/watch/outbox',
    tags,
    summary: 'The outbox of notices, newest first (admins only; ids, channels and states, no text, no address)',
    request: { query: OutboxQuery },
    responses: {
      200: json(z.object({ entries: z.array(OutboxEntry) }), 'Entries'),
      401: json(ErrorResponse, 'No valid adviser session'),
      403: json(ErrorResponse, 'Not an admin'),
    },
  }),
  status: createRoute({
    method: 'get',
    path: '/api/v1/watch/status',
    tags,
    summary: 'The last pass over the cases (this process) and the outbox per channel and state (admins only; counts)',
    responses: {
      200: json(WatchStatus, 'Status'),
      401: json(ErrorResponse, 'No valid adviser session'),
      403: json(ErrorResponse, 'Not an admin'),
    },
  }),
};

/** The unsubscribe page posts to itself; nothing else (no script, no style beyond the browser's). */
const unsubscribePageHeaders = secureHeaders({
  crossOriginResourcePolicy: 'same-origin',
  xFrameOptions: 'DENY',
  referrerPolicy: 'no-referrer',
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    formAction: ["'self'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
  },
});

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function page(lang: Lang, body: string): string {
  const title = escapeHtml(watchText(lang, 'unsubscribe.title'));
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
}

const pageLang = (accept: string | undefined): Lang => (/^\s*en\b/i.test(accept ?? '') ? 'en' : 'de');
const Token = z.string().min(16).max(100);

/**
 * The employer's reminder settings (issue 20): the e-mail opt-in on the conversation, the unsubscribe link of
 * every mail (a GET shows a button, since mail scanners follow links; the POST deletes, also as RFC 8058
 * one-click), and the admins' view of the outbox.
 */
export function watchRoutes(deps: WatchRoutesDeps) {
  const { store } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  const mustExist = async (id: string) => {
    if (!(await store.channels.conversationLang(id))) throw new ApiError('not_found', `no conversation ${id}`);
  };
  const reminders = async (id: string) => ({
    email: { available: deps.emailAvailable, enabled: (await store.channels.email(id)) !== undefined },
  });

  app.openapi(routes.get, async (c) => {
    const { id } = c.req.valid('param');
    await mustExist(id);
    return c.json(await reminders(id), 200);
  });
  app.openapi(routes.setEmail, async (c) => {
    const { id } = c.req.valid('param');
    await mustExist(id);
    if (!deps.emailAvailable) throw new ApiError('conflict', 'e-mail reminders are not available on this server');
    const { address, page } = c.req.valid('json');
    const link = linkBack(page, [c.req.url, deps.publicUrl], deps.pageOrigins ?? []);
    await store.channels.setEmail(id, address, deps.newToken(), deps.now(), link);
    return c.json(await reminders(id), 200);
  });
  app.openapi(routes.deleteEmail, async (c) => {
    const { id } = c.req.valid('param');
    await mustExist(id);
    await store.channels.deleteEmail(id);
    return c.json(await reminders(id), 200);
  });

  app.use('/reminders/unsubscribe', unsubscribePageHeaders);
  app.get('/reminders/unsubscribe', (c) => {
    const lang = pageLang(c.req.header('accept-language'));
    const token = Token.safeParse(c.req.query('token'));
    if (!token.success) return c.html(page(lang, `<p>${escapeHtml(watchText(lang, 'unsubscribe.unknown'))}</p>`), 400);
    const action = `/reminders/unsubscribe?token=${encodeURIComponent(token.data)}`;
    const form = `<form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(watchText(lang, 'unsubscribe.button'))}</button></form>`;
    return c.html(page(lang, `<p>${escapeHtml(watchText(lang, 'unsubscribe.confirm'))}</p>${form}`));
  });
  app.post('/reminders/unsubscribe', async (c) => {
    const lang = pageLang(c.req.header('accept-language'));
    const token = Token.safeParse(c.req.query('token'));
    const deleted = token.success && (await store.channels.deleteEmailByToken(token.data));
    const text = watchText(lang, deleted ? 'unsubscribe.done' : 'unsubscribe.unknown');
    return c.html(page(lang, `<p>${escapeHtml(text)}</p>`), deleted ? 200 : 404);
  });

  if (deps.requireAdmin) {
    app.use('/api/v1/watch/*', deps.requireAdmin);
    app.openapi(routes.outbox, async (c) => {
      const rows = await store.outbox.list(c.req.valid('query'));
      // The conversation id is the employer's credential: admins see the notice and the channel, not the case.
      const entries = rows.map(({ conversationId: _, ...row }: OutboxRow) => row);
      return c.json({ entries }, 200);
    });
    app.openapi(routes.status, async (c) =>
      c.json({ lastPass: deps.lastPass(), outbox: await store.outbox.counts() }, 200),
    );
  }
  return app;
}
