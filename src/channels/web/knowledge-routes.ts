import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { marked } from 'marked';
import type { AppEnv } from '../../http/app-env.js';
import { ApiError } from '../../http/errors.js';
import { MAX_SEARCH_QUERY_LENGTH } from '../../http/input-limits.js';
import { validationHook } from '../../http/validation-hook.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';

const Lang = z.enum(['de', 'en']).default('de');
const SourceSchema = z.object({ title: z.string(), url: z.string() });
const HitSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    snippet: z.string(),
    legalBasis: z.array(z.string()),
    reviewedAt: z.string(),
    sources: z.array(SourceSchema),
    score: z.number(),
  })
  .openapi('SearchHit');

const searchRoute = createRoute({
  method: 'get',
  path: '/api/v1/knowledge/search',
  tags: ['knowledge'],
  summary: 'Ranked knowledge entries for a question',
  request: {
    query: z.object({
      q: z
        .string()
        .trim()
        .min(1, 'q must not be empty')
        .max(MAX_SEARCH_QUERY_LENGTH, `q must be at most ${MAX_SEARCH_QUERY_LENGTH} characters`),
      lang: Lang,
      limit: z.coerce.number().int().min(1).max(20).default(5),
    }),
  },
  responses: {
    200: {
      description: 'Results, best first',
      content: { 'application/json': { schema: z.object({ results: z.array(HitSchema) }) } },
    },
  },
});

const entryRoute = createRoute({
  method: 'get',
  path: '/api/v1/knowledge/{id}',
  tags: ['knowledge'],
  summary: 'One knowledge entry (frontmatter fields, Markdown and HTML body)',
  request: { params: z.object({ id: z.string().min(3).max(120) }), query: z.object({ lang: Lang }) },
  responses: {
    200: { description: 'The entry', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } },
  },
});

export function knowledgeRoutes(knowledge: KnowledgeBase, today: () => string) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(searchRoute, (c) => {
    const { q, lang, limit } = c.req.valid('query');
    // The keywords serve the follow-up answers; the API's hit stays as documented.
    const results = knowledge.search(q, { lang, limit, lawAsOf: today() }).map(({ keywords: _, ...hit }) => hit);
    return c.json({ results }, 200);
  });
  app.openapi(entryRoute, (c) => {
    const { id } = c.req.valid('param');
    const { lang } = c.req.valid('query');
    const entry = knowledge.get(id, lang);
    if (!entry) throw new ApiError('not_found', `no knowledge entry "${id}" in ${lang}`);
    const { body, ...frontmatter } = entry;
    return c.json({ ...frontmatter, bodyMarkdown: body, bodyHtml: marked.parse(body, { async: false }) }, 200);
  });
  return app;
}
