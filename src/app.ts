import { OpenAPIHono } from '@hono/zod-openapi';
import { conversationRoutes } from './channels/web/conversation-routes.js';
import { knowledgeRoutes } from './channels/web/knowledge-routes.js';
import type { ConversationService } from './conversation/service.js';
import type { AppEnv } from './http/app-env.js';
import { createErrorHandler } from './http/on-error.js';
import { requestLog } from './http/request-log.js';
import { validationHook } from './http/validation-hook.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import type { Logger } from './logger.js';

export interface AppDeps {
  knowledge: KnowledgeBase;
  /** Today's date (ISO). The law-as-of date of every request; injected so it can be pinned. */
  today: () => string;
  logger: Logger;
  /** The guided conversation (web channel); absent until the runtime wires the rules and NLU. */
  conversations?: ConversationService;
}

/** Builds the whole HTTP app from its dependencies. Node and Workers entries only build deps. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('*', requestLog(deps.logger));
  app.onError(createErrorHandler(deps.logger));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404));

  app.get('/healthz', (c) => c.json({ status: 'ok', knowledge: deps.knowledge.stats() }));
  app.route('/', knowledgeRoutes(deps.knowledge, deps.today));
  if (deps.conversations) app.route('/', conversationRoutes(deps.conversations));

  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Lotse API',
      version: '1.0.0',
      description: 'Hiring guidance for employers of tolerated persons (Duldung).',
    },
  });
  return app;
}
