import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { statsCsv } from '../../adviser/stats.js';
import { ApiError } from '../../http/errors.js';
import type { DayRange } from '../../storage/adviser-port.js';
import { ADVISER_API, body, errors, json, noContent, tags } from './route-kit.js';
import type { AdviserRoutesDeps } from './routes.js';
import {
  SavedReply,
  SavedReplyBody,
  SavedReplyId,
  SavedReplyList,
  SavedReplyQuery,
  StatsQuery,
  StatsReport,
} from './schemas.js';
import type { AdviserEnv } from './session.js';

const DEFAULT_DAYS = 90;
const MAX_DAYS = 5 * 366;
const DAY_MS = 86_400_000;
const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The range asked for: the last 90 days by default; at most five years, never backwards. */
function dayRange(query: { from?: string | undefined; to?: string | undefined }, today: string): DayRange {
  const to = query.to ?? today;
  const from = query.from ?? shift(to, -(DEFAULT_DAYS - 1));
  const issues = [];
  if (from > to) issues.push({ path: 'from', message: 'from must not be after to' });
  if (Date.parse(to) - Date.parse(from) > MAX_DAYS * DAY_MS)
    issues.push({ path: 'from', message: 'a range of at most five years' });
  if (issues.length) throw new ApiError('invalid_request', issues.map((i) => i.message).join('; '), issues);
  return { from, to };
}

const routes = {
  replies: createRoute({
    method: 'get',
    path: `${ADVISER_API}/saved-replies`,
    tags,
    summary: 'Saved replies in one language (the employer’s), by title',
    request: { query: SavedReplyQuery },
    responses: { 200: json(SavedReplyList, 'Saved replies'), 400: errors[400], 401: errors[401] },
  }),
  add: createRoute({
    method: 'post',
    path: `${ADVISER_API}/saved-replies`,
    tags,
    summary: 'Add a saved reply (admins only)',
    request: body(SavedReplyBody),
    responses: { 201: json(SavedReply, 'Saved'), ...errors },
  }),
  change: createRoute({
    method: 'put',
    path: `${ADVISER_API}/saved-replies/{id}`,
    tags,
    summary: 'Change a saved reply (admins only)',
    request: { params: SavedReplyId, ...body(SavedReplyBody) },
    responses: { 200: json(SavedReply, 'Saved'), ...errors },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${ADVISER_API}/saved-replies/{id}`,
    tags,
    summary: 'Delete a saved reply (admins only)',
    request: { params: SavedReplyId },
    responses: { 204: noContent, ...errors },
  }),
  stats: createRoute({
    method: 'get',
    path: `${ADVISER_API}/stats`,
    tags,
    summary: 'The project’s statistics for a range of days (aggregates only; counts under 5 shown as "< 5")',
    request: { query: StatsQuery },
    responses: { 200: json(StatsReport, 'Statistics'), 400: errors[400], 401: errors[401] },
  }),
  csv: createRoute({
    method: 'get',
    path: `${ADVISER_API}/stats.csv`,
    tags,
    summary: 'The same statistics as CSV',
    request: { query: StatsQuery },
    responses: {
      200: { description: 'text/csv', content: { 'text/csv': { schema: z.string() } } },
      400: errors[400],
      401: errors[401],
    },
  }),
};

const view = (r: { id: string; lang: 'de' | 'en'; title: string; text: string; updatedAt: string }) => ({
  id: r.id,
  lang: r.lang,
  title: r.title,
  text: r.text,
  updatedAt: r.updatedAt,
});

export function registerWorkspaceRoutes(app: OpenAPIHono<AdviserEnv>, deps: AdviserRoutesDeps) {
  const { savedReplies, stats } = deps;
  app.openapi(routes.replies, async (c) =>
    c.json({ replies: (await savedReplies.list(c.req.valid('query').lang)).map(view) }, 200),
  );
  app.openapi(routes.add, async (c) =>
    c.json(view(await savedReplies.save(c.var.auth.adviser, c.req.valid('json'))), 201),
  );
  app.openapi(routes.change, async (c) =>
    c.json(view(await savedReplies.save(c.var.auth.adviser, c.req.valid('json'), c.req.valid('param').id)), 200),
  );
  app.openapi(routes.remove, async (c) => {
    await savedReplies.remove(c.var.auth.adviser, c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(routes.stats, async (c) => {
    const query = c.req.valid('query');
    return c.json(await stats.report(dayRange(query, deps.today()), query.lang), 200);
  });
  app.openapi(routes.csv, async (c) => {
    const query = c.req.valid('query');
    const range = dayRange(query, deps.today());
    const csv = statsCsv(await stats.report(range, query.lang), query.lang);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="lotse-statistik-${range.from}-${range.to}.csv"`,
      'cache-control': 'no-store',
    });
  });
}
