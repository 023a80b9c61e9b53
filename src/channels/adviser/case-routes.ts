import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import { ADVISER_API, body, errors, json, tags } from './route-kit.js';
import type { AdviserRoutesDeps } from './routes.js';
import {
  AuditList,
  AuditQuery,
  CaseCard,
  CloseBody,
  EscalationId,
  EscalationList,
  ListQuery,
  Message,
  Note,
  QueueLine,
  TextBody,
  UiLang,
} from './schemas.js';
import type { AdviserEnv } from './session.js';

const CASE = `${ADVISER_API}/escalations/{id}`;
const action = (path: string, summary: string) =>
  createRoute({
    method: 'post',
    path: `${CASE}/${path}`,
    tags,
    summary,
    request: { params: EscalationId, query: UiLang },
    responses: { 200: json(QueueLine, 'The case as the queue shows it now'), ...errors },
  });

const routes = {
  list: createRoute({
    method: 'get',
    path: `${ADVISER_API}/escalations`,
    tags,
    summary: 'A view of the queue (open: urgent, then oldest first; done: newest first), with facet counts',
    request: { query: ListQuery },
    responses: { 200: json(EscalationList, 'Cases'), 400: errors[400], 401: errors[401] },
  }),
  open: createRoute({
    method: 'get',
    path: CASE,
    tags,
    summary: 'The case: facts, assessment, open questions, reasons, the readable transcript, notes (audited)',
    request: { params: EscalationId, query: UiLang },
    responses: { 200: json(CaseCard, 'Case'), 400: errors[400], 401: errors[401], 404: errors[404] },
  }),
  claim: action('claim', 'Take the case; only one adviser can hold it'),
  handBack: action('hand-back', 'Hand the conversation back to the bot'),
  close: createRoute({
    method: 'post',
    path: `${CASE}/close`,
    tags,
    summary: 'Close the case (and the conversation) with an outcome',
    request: { params: EscalationId, query: UiLang, ...body(CloseBody) },
    responses: { 200: json(QueueLine, 'The case as the queue shows it now'), ...errors },
  }),
  release: action('release', 'Free a claimed case whose holder is away: it is open again (admins only)'),
  reply: createRoute({
    method: 'post',
    path: `${CASE}/replies`,
    tags,
    summary: 'Reply to the employer (shown live in the widget or the Slack thread)',
    request: { params: EscalationId, ...body(TextBody) },
    responses: { 201: json(Message, 'Sent'), ...errors },
  }),
  note: createRoute({
    method: 'post',
    path: `${CASE}/notes`,
    tags,
    summary: 'Internal note, visible to advisers only (holder or admin on a claimed case; none on a closed one)',
    request: { params: EscalationId, ...body(TextBody) },
    responses: { 201: json(Note, 'Saved'), ...errors },
  }),
  audit: createRoute({
    method: 'get',
    path: `${ADVISER_API}/audit`,
    tags,
    summary: 'Audit log of adviser actions, newest first (admins only; ids and codes, no text)',
    request: { query: AuditQuery },
    responses: { 200: json(AuditList, 'Entries'), 400: errors[400], 401: errors[401], 403: errors[403] },
  }),
};

export function registerCaseRoutes(app: OpenAPIHono<AdviserEnv>, deps: AdviserRoutesDeps) {
  const { desk } = deps;
  app.openapi(routes.list, async (c) => {
    const { queue, assigned, urgent, caseLang, channel, lang } = c.req.valid('query');
    const filter = {
      view: queue,
      ...(assigned ? { assigned } : {}),
      ...(urgent ? { urgent } : {}),
      ...(caseLang ? { lang: caseLang } : {}),
      ...(channel ? { channel } : {}),
    };
    const { lines, counts } = await desk.queue(filter, c.var.auth.adviser, lang);
    return c.json({ escalations: lines, counts }, 200);
  });
  app.openapi(routes.open, async (c) => {
    const card = await desk.open(c.req.valid('param').id, c.var.auth.adviser, c.req.valid('query').lang);
    return c.json(card as z.infer<typeof CaseCard>, 200);
  });
  const who = (c: { var: { auth: { adviser: Parameters<typeof desk.claim>[1] } } }) => c.var.auth.adviser;
  app.openapi(routes.claim, async (c) =>
    c.json(await desk.claim(c.req.valid('param').id, who(c), c.req.valid('query').lang), 200),
  );
  app.openapi(routes.handBack, async (c) =>
    c.json(await desk.handBack(c.req.valid('param').id, who(c), c.req.valid('query').lang), 200),
  );
  app.openapi(routes.close, async (c) =>
    c.json(
      await desk.close(c.req.valid('param').id, who(c), c.req.valid('json').outcome, c.req.valid('query').lang),
      200,
    ),
  );
  app.openapi(routes.release, async (c) =>
    c.json(await desk.release(c.req.valid('param').id, who(c), c.req.valid('query').lang), 200),
  );
  app.openapi(routes.reply, async (c) => {
    const message = await desk.reply(c.req.valid('param').id, who(c), c.req.valid('json').text);
    return c.json({ id: message.id, role: message.role, text: message.text, createdAt: message.createdAt }, 201);
  });
  app.openapi(routes.note, async (c) =>
    c.json(await desk.note(c.req.valid('param').id, who(c), c.req.valid('json').text), 201),
  );
  app.openapi(routes.audit, async (c) =>
    c.json({ entries: await desk.auditLog(who(c), c.req.valid('query').limit) }, 200),
  );
}
