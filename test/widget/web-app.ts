import { OpenAPIHono } from '@hono/zod-openapi';
import { conversationRoutes } from '../../src/channels/web/conversation-routes.js';
import { feedbackRoutes } from '../../src/channels/web/feedback-routes.js';
import { liveRoutes } from '../../src/channels/web/live-routes.js';
import { createErrorHandler } from '../../src/http/on-error.js';
import { silentLogger } from '../../src/logger.js';
import { createSqliteFeedback } from '../../src/storage/sqlite/sqlite-feedback.js';
import { setupScriptedConversations } from '../support/scripted-conversations.js';

/** Conversation, feedback and live routes over the scripted conversation service and a temp SQLite file. */
export function webApp(live = { heartbeatMs: 50 }) {
  const { service, db } = setupScriptedConversations();
  const feedback = createSqliteFeedback(db);
  const app = new OpenAPIHono();
  app.onError(createErrorHandler(silentLogger));
  app.route('/', conversationRoutes(service));
  app.route('/', feedbackRoutes({ repo: feedback, conversations: service, now: () => '2026-11-22T10:00:00.000Z' }));
  app.route('/', liveRoutes(service, live));
  const postJson = (path: string, body: unknown) =>
    app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { app, service, db, feedback, postJson };
}
