import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { ConversationService } from '../../conversation/service.js';
import type { AppEnv } from '../../http/app-env.js';
import { validationHook } from '../../http/validation-hook.js';
import {
  ConversationId,
  ConversationResponse,
  CreateConversationBody,
  ErrorResponse,
  PostMessageBody,
  TurnResponse,
} from './conversation-schemas.js';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = {
  400: json(ErrorResponse, 'Invalid request (readable message and issues)'),
  404: json(ErrorResponse, 'Unknown conversation'),
  409: json(ErrorResponse, 'Conversation closed'),
};

const create = createRoute({
  method: 'post',
  path: '/api/v1/conversations',
  tags: ['conversations'],
  summary: 'Start a conversation; returns the welcome and the first question',
  request: { body: { content: { 'application/json': { schema: CreateConversationBody } }, required: false } },
  responses: { 201: json(ConversationResponse, 'Created'), 400: errors[400] },
});

const post = createRoute({
  method: 'post',
  path: '/api/v1/conversations/{id}/messages',
  tags: ['conversations'],
  summary:
    'Send free text or click an offered option (exactly one); a repeated clientMessageId replays the first answer',
  request: {
    params: ConversationId,
    body: { content: { 'application/json': { schema: PostMessageBody } }, required: true },
  },
  responses: { 200: json(TurnResponse, 'The bot’s answer and the new state'), ...errors },
});

const get = createRoute({
  method: 'get',
  path: '/api/v1/conversations/{id}',
  tags: ['conversations'],
  summary: 'Transcript and state',
  request: { params: ConversationId },
  responses: { 200: json(ConversationResponse, 'The conversation'), 400: errors[400], 404: errors[404] },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/v1/conversations/{id}',
  tags: ['conversations'],
  summary: 'Erase the conversation: transcript, state and checkpoints',
  request: { params: ConversationId },
  responses: { 204: { description: 'Erased' }, 400: errors[400], 404: errors[404] },
});

export function conversationRoutes(service: ConversationService) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(create, async (c) => {
    // The body is optional: no body means German.
    const body = c.req.valid('json') as { lang?: 'de' | 'en' } | undefined;
    return c.json(await service.create(body?.lang ?? 'de'), 201);
  });
  app.openapi(post, async (c) => {
    const { id } = c.req.valid('param');
    const client = c.get('client');
    return c.json(await service.post(id, { ...c.req.valid('json'), ...(client ? { client } : {}) }), 200);
  });
  app.openapi(get, async (c) => c.json(await service.get(c.req.valid('param').id), 200));
  app.openapi(remove, async (c) => {
    await service.remove(c.req.valid('param').id);
    return c.body(null, 204);
  });
  return app;
}
