import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { ConversationService } from '../../conversation/service.js';
import type { AppEnv } from '../../http/app-env.js';
import { ApiError } from '../../http/errors.js';
import { validationHook } from '../../http/validation-hook.js';
import type { FeedbackRepo } from '../../storage/feedback-port.js';
import { ConversationId, ErrorResponse } from './conversation-schemas.js';

export const MAX_COMMENT = 1000;

export const FeedbackBody = z
  .object({
    messageId: z.string().min(1, 'messageId must not be empty').max(100),
    rating: z.enum(['helpful', 'not_helpful'], 'rating must be "helpful" or "not_helpful"'),
    comment: z.string().trim().max(MAX_COMMENT, `comment must be at most ${MAX_COMMENT} characters`).optional(),
  })
  .strict()
  .openapi('Feedback');

export const FeedbackResponse = z
  .object({
    feedback: z.object({
      messageId: z.string(),
      rating: z.enum(['helpful', 'not_helpful']),
      comment: z.string().nullable(),
      createdAt: z.string(),
    }),
  })
  .openapi('FeedbackSaved');

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const post = createRoute({
  method: 'post',
  path: '/api/v1/conversations/{id}/feedback',
  tags: ['conversations'],
  summary: 'Rate one answer (helpful / not helpful, optional comment); a second rating replaces the first',
  request: {
    params: ConversationId,
    body: { content: { 'application/json': { schema: FeedbackBody } }, required: true },
  },
  responses: {
    201: json(FeedbackResponse, 'Saved'),
    400: json(ErrorResponse, 'Invalid request, or the message is not an answer of this conversation'),
    404: json(ErrorResponse, 'Unknown conversation'),
  },
});

export interface FeedbackDeps {
  repo: FeedbackRepo;
  conversations: Pick<ConversationService, 'get'>;
  now: () => string;
}

export function feedbackRoutes(deps: FeedbackDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(post, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const { messages } = await deps.conversations.get(id);
    const answered = messages.some((m) => m.id === body.messageId && (m.role === 'bot' || m.role === 'adviser'));
    if (!answered) {
      const message = 'no bot or adviser answer with this id in the conversation';
      throw new ApiError('invalid_request', `messageId: ${message}`, [{ path: 'messageId', message }]);
    }
    const record = {
      conversationId: id,
      messageId: body.messageId,
      rating: body.rating,
      comment: body.comment ? body.comment : null,
      createdAt: deps.now(),
    };
    await deps.repo.save(record);
    const { conversationId: _, ...feedback } = record;
    return c.json({ feedback }, 201);
  });
  return app;
}
