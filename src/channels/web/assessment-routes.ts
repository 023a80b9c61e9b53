import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { Assessment } from '../../domain/assessment.js';
import { CaseFacts, FactKey } from '../../domain/facts.js';
import type { AppEnv } from '../../http/app-env.js';
import { validationHook } from '../../http/validation-hook.js';
import { ErrorResponse } from './conversation-schemas.js';

export const AssessmentRequest = z
  .object({
    facts: CaseFacts,
    unknown: z.array(FactKey).max(40).optional(),
    lawAsOf: z.iso.date().optional(),
    lang: z.enum(['de', 'en']).default('de'),
  })
  .strict()
  .openapi('AssessmentRequest');
export type AssessmentRequest = z.infer<typeof AssessmentRequest>;

const route = createRoute({
  method: 'post',
  path: '/api/v1/assessments',
  tags: ['assessments'],
  summary: 'Assess a case: facts (and the date of the law) → permission, BA consent, duties, risks, routes, citations',
  request: { body: { content: { 'application/json': { schema: AssessmentRequest } }, required: true } },
  responses: {
    200: { description: 'The assessment', content: { 'application/json': { schema: Assessment } } },
    400: { description: 'Invalid facts', content: { 'application/json': { schema: ErrorResponse } } },
  },
});

export type AssessCase = (request: AssessmentRequest & { lawAsOf: string }) => z.infer<typeof Assessment>;

export function assessmentRoutes(assessCase: AssessCase, today: () => string) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(route, (c) => {
    const body = c.req.valid('json');
    return c.json(assessCase({ ...body, lawAsOf: body.lawAsOf ?? today() }), 200);
  });
  return app;
}
