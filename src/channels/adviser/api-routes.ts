import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import type { AdviserAuth } from '../../adviser/auth.js';
import type { AdviserDesk } from '../../adviser/desk.js';
import { validationHook } from '../../http/validation-hook.js';
import { ErrorResponse } from '../web/conversation-schemas.js';
import { type AdviserLimiting, adviserApiLimit, countLoginForAccount } from './limits.js';
import {
  AdviserId,
  AuditList,
  AuditQuery,
  CaseCard,
  CloseBody,
  EscalationId,
  EscalationList,
  EscalationSummary,
  ListQuery,
  LoginBody,
  Message,
  Note,
  SessionResponse,
  TextBody,
  UiLang,
} from './schemas.js';
import {
  type AdviserEnv,
  clearSessionCookie,
  formCsrf,
  requireAdviser,
  sessionToken,
  setSessionCookie,
} from './session.js';

const BASE = '/api/v1/adviser';
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const errors = {
  400: json(ErrorResponse, 'Invalid request'),
  401: json(ErrorResponse, 'No valid adviser session'),
  403: json(ErrorResponse, 'Missing CSRF token, cross-site request, or not an admin'),
  404: json(ErrorResponse, 'Unknown escalation'),
  409: json(ErrorResponse, 'Claimed by another adviser, not claimed yet, or already finished'),
  429: json(ErrorResponse, 'Too many requests from this address'),
};
const tags = ['adviser'];

const routes = {
  login: createRoute({
    method: 'post',
    path: `${BASE}/login`,
    tags,
    summary: 'Sign in; sets the session cookie and returns the CSRF token for later requests',
    request: body(LoginBody),
    responses: {
      200: json(SessionResponse, 'Signed in'),
      400: errors[400],
      401: json(
        ErrorResponse,
        'Wrong e-mail address or password, or the account is locked or disabled (one answer for all)',
      ),
      429: json(ErrorResponse, 'Too many login attempts from this address or for this e-mail address'),
    },
  }),
  logout: createRoute({
    method: 'post',
    path: `${BASE}/logout`,
    tags,
    summary: 'Sign out (ends the session)',
    responses: { 204: { description: 'Signed out' }, 401: errors[401], 403: errors[403] },
  }),
  me: createRoute({
    method: 'get',
    path: `${BASE}/me`,
    tags,
    summary: 'The signed-in adviser and the session’s CSRF token',
    responses: { 200: json(SessionResponse, 'The session'), 401: errors[401] },
  }),
  list: createRoute({
    method: 'get',
    path: `${BASE}/escalations`,
    tags,
    summary: 'The queue: urgent cases first, then the oldest',
    request: { query: ListQuery },
    responses: { 200: json(EscalationList, 'Escalations'), 400: errors[400], 401: errors[401] },
  }),
  open: createRoute({
    method: 'get',
    path: `${BASE}/escalations/{id}`,
    tags,
    summary: 'The case card: facts, assessment, open questions, reasons, urgency, transcript, notes (audited)',
    request: { params: EscalationId, query: UiLang },
    responses: { 200: json(CaseCard, 'Case card'), 400: errors[400], 401: errors[401], 404: errors[404] },
  }),
  claim: createRoute({
    method: 'post',
    path: `${BASE}/escalations/{id}/claim`,
    tags,
    summary: 'Take the case; only one adviser can hold it',
    request: { params: EscalationId, query: UiLang },
    responses: { 200: json(EscalationSummary, 'Claimed'), ...errors },
  }),
  reply: createRoute({
    method: 'post',
    path: `${BASE}/escalations/{id}/replies`,
    tags,
    summary: 'Reply to the employer (shown live in the widget or the Slack thread)',
    request: { params: EscalationId, ...body(TextBody) },
    responses: { 201: json(Message, 'Sent'), ...errors },
  }),
  note: createRoute({
    method: 'post',
    path: `${BASE}/escalations/{id}/notes`,
    tags,
    summary: 'Internal note, visible to advisers only',
    request: { params: EscalationId, ...body(TextBody) },
    responses: { 201: json(Note, 'Saved'), ...errors },
  }),
  handBack: createRoute({
    method: 'post',
    path: `${BASE}/escalations/{id}/hand-back`,
    tags,
    summary: 'Hand the conversation back to the bot',
    request: { params: EscalationId, query: UiLang },
    responses: { 200: json(EscalationSummary, 'Handed back'), ...errors },
  }),
  close: createRoute({
    method: 'post',
    path: `${BASE}/escalations/{id}/close`,
    tags,
    summary: 'Close the case (and the conversation) with an outcome',
    request: { params: EscalationId, query: UiLang, ...body(CloseBody) },
    responses: { 200: json(EscalationSummary, 'Closed'), ...errors },
  }),
  release: createRoute({
    method: 'post',
    path: `${BASE}/escalations/{id}/release`,
    tags,
    summary: 'Free a claimed case whose holder is away: it is open again (admins only)',
    request: { params: EscalationId, query: UiLang },
    responses: { 200: json(EscalationSummary, 'Open again'), ...errors },
  }),
  unlock: createRoute({
    method: 'post',
    path: `${BASE}/advisers/{id}/unlock`,
    tags,
    summary: 'Lift a login lock and its back-off (admins only)',
    request: { params: AdviserId },
    responses: { 204: { description: 'Unlocked' }, ...errors, 404: json(ErrorResponse, 'Unknown adviser') },
  }),
  audit: createRoute({
    method: 'get',
    path: `${BASE}/audit`,
    tags,
    summary: 'Audit log of adviser actions, newest first (admins only; ids, no message text)',
    request: { query: AuditQuery },
    responses: { 200: json(AuditList, 'Entries'), 400: errors[400], 401: errors[401], 403: errors[403] },
  }),
};

/** The inbox's JSON API. Everything but login needs a session; changes also need the CSRF header. */
export function adviserApiRoutes(deps: { auth: AdviserAuth; desk: AdviserDesk; limiting?: AdviserLimiting }) {
  const { auth, desk, limiting } = deps;
  const app = new OpenAPIHono<AdviserEnv>({ defaultHook: validationHook });
  const session = requireAdviser(auth);
  if (limiting) for (const limit of adviserApiLimit(limiting, `${BASE}/login`)) app.use(`${BASE}/*`, limit);
  app.use(`${BASE}/*`, formCsrf());
  app.use(`${BASE}/*`, async (c, next) => (c.req.path === `${BASE}/login` ? next() : session(c, next)));

  app.openapi(routes.login, async (c) => {
    const { email, password } = c.req.valid('json');
    await countLoginForAccount(limiting, email.toLowerCase());
    const { token, session: s, adviser } = await auth.login(email, password);
    setSessionCookie(c, token, auth.policy.sessionHours * 3600);
    return c.json({ adviser, csrfToken: s.csrfToken, expiresAt: s.expiresAt }, 200);
  });
  app.openapi(routes.logout, async (c) => {
    const token = sessionToken(c);
    if (token) await auth.logout(token);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
  app.openapi(routes.me, (c) => {
    const { adviser, session: s } = c.var.auth;
    return c.json({ adviser, csrfToken: s.csrfToken, expiresAt: s.expiresAt }, 200);
  });
  app.openapi(routes.list, async (c) => {
    const { queue, lang } = c.req.valid('query');
    return c.json({ escalations: await desk.list(queue, lang) }, 200);
  });
  app.openapi(routes.open, async (c) => {
    const card = await desk.open(c.req.valid('param').id, c.var.auth.adviser, c.req.valid('query').lang);
    return c.json(card as z.infer<typeof CaseCard>, 200);
  });
  app.openapi(routes.claim, async (c) =>
    c.json(await desk.claim(c.req.valid('param').id, c.var.auth.adviser, c.req.valid('query').lang), 200),
  );
  app.openapi(routes.reply, async (c) => {
    const message = await desk.reply(c.req.valid('param').id, c.var.auth.adviser, c.req.valid('json').text);
    return c.json({ id: message.id, role: message.role, text: message.text, createdAt: message.createdAt }, 201);
  });
  app.openapi(routes.note, async (c) =>
    c.json(await desk.note(c.req.valid('param').id, c.var.auth.adviser, c.req.valid('json').text), 201),
  );
  app.openapi(routes.handBack, async (c) =>
    c.json(await desk.handBack(c.req.valid('param').id, c.var.auth.adviser, c.req.valid('query').lang), 200),
  );
  app.openapi(routes.close, async (c) => {
    const { id } = c.req.valid('param');
    const { outcome } = c.req.valid('json');
    return c.json(await desk.close(id, c.var.auth.adviser, outcome, c.req.valid('query').lang), 200);
  });
  app.openapi(routes.release, async (c) =>
    c.json(await desk.release(c.req.valid('param').id, c.var.auth.adviser, c.req.valid('query').lang), 200),
  );
  app.openapi(routes.unlock, async (c) => {
    await desk.unlockAdviser(c.req.valid('param').id, c.var.auth.adviser);
    return c.body(null, 204);
  });
  app.openapi(routes.audit, async (c) =>
    c.json({ entries: await desk.auditLog(c.var.auth.adviser, c.req.valid('query').limit) }, 200),
  );
  return app;
}
