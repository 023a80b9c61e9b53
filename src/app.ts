import { OpenAPIHono } from '@hono/zod-openapi';
import { type AdviserRoutesDeps, adviserRoutes } from './channels/adviser/routes.js';
import { type SlackDeps, slackRoutes } from './channels/slack/routes.js';
import { type AssessCase, assessmentRoutes } from './channels/web/assessment-routes.js';
import { conversationRoutes } from './channels/web/conversation-routes.js';
import { feedbackRoutes } from './channels/web/feedback-routes.js';
import { knowledgeRoutes } from './channels/web/knowledge-routes.js';
import { type LiveOptions, liveRoutes } from './channels/web/live-routes.js';
import { PRINT_CSS } from './channels/web/widget/client/checklist.js';
import { STYLES as WIDGET_STYLES } from './channels/web/widget/client/styles.js';
import { demoPageHtml } from './channels/web/widget/demo-page.js';
import { type LoadWidgetScript, widgetRoutes } from './channels/web/widget-routes.js';
import type { ConversationService } from './conversation/service.js';
import { renderApiDocs } from './http/api-docs-page.js';
import type { AppEnv } from './http/app-env.js';
import { applyHardening, type HardeningOptions } from './http/hardening.js';
import { createErrorHandler } from './http/on-error.js';
import { requestLog } from './http/request-log.js';
import { inlineStylesOf, pageSecurity } from './http/security-headers.js';
import { validationHook } from './http/validation-hook.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import type { Logger } from './logger.js';
import type { FeedbackRepo } from './storage/feedback-port.js';
import type { watchRoutes } from './watch/routes.js';

export interface AppDeps {
  knowledge: KnowledgeBase;
  /** Today's date (ISO). The law-as-of date of every request; injected so it can be pinned. */
  today: () => string;
  logger: Logger;
  conversations: ConversationService;
  assessCase: AssessCase;
  /** Web widget extras: feedback storage, the widget bundle (also enables the demo page at `/`), SSE timing. */
  feedback?: FeedbackRepo;
  widgetScript?: LoadWidgetScript;
  /** Whether the app gzips widget.js itself (default) or leaves it to the platform (Workers). */
  compressWidget?: boolean;
  live?: LiveOptions;
  now?: () => string;
  /** Slack channel; mounted only when configured, otherwise /slack/* answers 404. */
  slack?: SlackDeps;
  /** Adviser inbox (/inbox) and its API (/api/v1/adviser/*); mounted only with adviser storage. */
  adviser?: AdviserRoutesDeps;
  /** Abuse limits: CORS allow-list, body size, rate limits (see src/http/hardening.ts). */
  hardening?: HardeningOptions;
  /** Reminder settings, the unsubscribe page and the admins' outbox (issue 20); mounted only with the watch. */
  watch?: ReturnType<typeof watchRoutes>;
}

const EMPTY_DOC = { info: { title: '', version: '' }, paths: {} };

/** Builds the whole HTTP app from its dependencies. Node and Workers entries only build deps. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('*', requestLog(deps.logger));
  applyHardening(app, deps.hardening);
  // The demo page's own style, the widget's Shadow DOM style and its printable checklist.
  app.use('/', pageSecurity({ inlineStyles: [...inlineStylesOf(demoPageHtml()), WIDGET_STYLES, PRINT_CSS] }));
  app.use('/api/v1/docs', pageSecurity({ inlineStyles: inlineStylesOf(renderApiDocs(EMPTY_DOC)) }));
  app.onError(createErrorHandler(deps.logger));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404));

  app.get('/healthz', (c) => c.json({ status: 'ok', knowledge: deps.knowledge.stats() }));
  app.route('/', knowledgeRoutes(deps.knowledge, deps.today));
  app.route('/', conversationRoutes(deps.conversations));
  app.route('/', assessmentRoutes(deps.assessCase, deps.today));
  const liveLimits = deps.hardening?.liveStreams;
  app.route('/', liveRoutes(deps.conversations, { ...deps.live, ...(liveLimits ? { limits: liveLimits } : {}) }));
  if (deps.feedback) {
    const now = deps.now ?? (() => new Date().toISOString());
    app.route('/', feedbackRoutes({ repo: deps.feedback, conversations: deps.conversations, now }));
  }
  if (deps.widgetScript) app.route('/', widgetRoutes(deps.widgetScript, { compress: deps.compressWidget ?? true }));
  if (deps.slack)
    app.route('/', slackRoutes({ ...deps.slack, conversations: deps.conversations, logger: deps.logger }));
  if (deps.adviser) app.route('/', adviserRoutes(deps.adviser));
  if (deps.watch) app.route('/', deps.watch);

  const openApiConfig = {
    openapi: '3.1.0',
    info: {
      title: 'Lotse API',
      version: '1.0.0',
      description: 'Hiring guidance for employers of tolerated persons (Duldung).',
    },
  };
  app.doc31('/api/v1/openapi.json', openApiConfig);
  app.get('/api/v1/docs', (c) =>
    c.html(renderApiDocs(app.getOpenAPI31Document(openApiConfig) as unknown as Parameters<typeof renderApiDocs>[0])),
  );
  return app;
}
