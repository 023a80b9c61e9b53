import type { BaseCheckpointSaver } from '@langchain/langgraph-checkpoint';
import { type AppDeps, createApp } from './app.js';
import { type AdviserSetup, createAdviserSide } from './channels/adviser/setup.js';
import { type SlackSetup, slackDeps } from './channels/slack/setup.js';
import { createSlackWebApi } from './channels/slack/slack-api.js';
import type { AssessmentRequest } from './channels/web/assessment-routes.js';
import { type ConversationEvents, createInMemoryEvents } from './conversation/events.js';
import { type ConversationService, createConversationService } from './conversation/service.js';
import { type HandoffPort, noHandoff } from './conversation/types.js';
import { assess } from './domain/assess.js';
import type { GraphDeps } from './graph/deps.js';
import { createConversationGraph } from './graph/graph.js';
import { createHandoffLimit } from './http/handoff-limit.js';
import { createMemoryRateLimitStore } from './http/memory-rate-limit-store.js';
import { renderAssessmentText } from './i18n/render-assessment.js';
import { createAssessmentKnowledge } from './knowledge/assessment-knowledge.js';
import type { KnowledgeEntry } from './knowledge/entry.js';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge/knowledge-base.js';
import { withLlmExtraction } from './llm/extract-facts.js';
import { noLlm } from './llm/none.js';
import type { LlmPort } from './llm/port.js';
import { withLlmRephrasing } from './llm/rephrase.js';
import type { Logger } from './logger.js';
import { understand } from './nlu/understand.js';
import type { Storage } from './storage/ports.js';
import { requireAdmin } from './watch/admin.js';
import { createWatch, type WatchSetup } from './watch/setup.js';
import { withNotices } from './watch/with-notices.js';

/** Everything a runtime (Node, Workers) provides; the rest of Lotse is built from it here, once. */
export interface CoreDeps {
  entries: KnowledgeEntry[];
  /** The search over `entries`, when the runtime loads a prebuilt index (Workers) instead of building one here. */
  knowledge?: KnowledgeBase;
  storage: Storage;
  checkpointer: BaseCheckpointSaver;
  deleteCheckpoints(threadId: string): Promise<void>;
  today: () => string;
  logger: Logger;
  now?: () => string;
  newId?: () => string;
  events?: ConversationEvents;
  handoff?: HandoffPort;
  /** Optional LLM (fact extraction and guarded rephrasing); the deterministic path is used without it. */
  llm?: LlmPort;
  questionBudget?: number;
  /** Web widget extras (feedback storage, widget bundle, SSE timing); absent ones are not mounted. */
  web?: Pick<AppDeps, 'feedback' | 'widgetScript' | 'live' | 'compressWidget'>;
  /** Slack channel, when SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are set; otherwise not mounted. */
  slack?: SlackSetup;
  /** Adviser side (escalation queue, inbox, accounts); without it a hand-off goes nowhere but the bot still stays silent. */
  adviser?: AdviserSetup;
  /** Abuse limits (CORS allow-list, body size, rate limits); see src/http/hardening.ts. */
  hardening?: AppDeps['hardening'];
  /**
   * Where the conversation service runs: by default here, in this process (Node; and a Durable
   * Object on Workers). The Worker passes a wrapper that sends the methods changing a conversation
   * to that conversation's Durable Object (src/workers/routed-conversations.ts).
   */
  routeConversations?: (local: ConversationService) => ConversationService;
  /** Lotse keeps watch (issue 20): re-assessment, reminders, notices; off without it. */
  watch?: WatchSetup;
}

export function createLotse(deps: CoreDeps) {
  const knowledge = deps.knowledge ?? createKnowledgeBase(deps.entries);
  const assessmentKnowledge = createAssessmentKnowledge(deps.entries);
  const assessCase = (request: AssessmentRequest & { lawAsOf: string }) =>
    assess(request.facts, request.lawAsOf, assessmentKnowledge, { unknown: request.unknown ?? [], lang: request.lang });

  const deterministic: GraphDeps['understand'] = async (text, ctx) => understand(text, ctx);
  const llm = deps.llm ?? noLlm;
  const withLlm = llm !== noLlm;
  const graphDeps: GraphDeps = {
    assess: (facts, lawAsOf, unknown, lang) => assessCase({ facts, lawAsOf, unknown, lang }),
    renderAssessment: withLlm
      ? withLlmRephrasing(renderAssessmentText, llm, { logger: deps.logger })
      : renderAssessmentText,
    understand: withLlm ? withLlmExtraction(deterministic, llm, { logger: deps.logger }) : deterministic,
    search: knowledge,
    citation: (id, date, lang) => assessmentKnowledge.citation(id, date, lang),
    questionBudget: deps.questionBudget ?? 8,
  };
  const events = deps.events ?? createInMemoryEvents();
  const now = deps.now ?? (() => new Date().toISOString());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const adviserSide = deps.adviser ? createAdviserSide(deps.adviser, { now, newId, logger: deps.logger }) : undefined;
  // Counted on the rate-limit store, so the limit holds wherever that store is shared.
  const handoffs = deps.hardening?.handoffs;
  const handoffLimit = handoffs
    ? createHandoffLimit({ store: deps.hardening?.rateLimit?.store ?? createMemoryRateLimitStore(), ...handoffs })
    : undefined;
  const localConversations = createConversationService({
    // One checkpoint per turn, written when the graph stops at the next interrupt, instead of one
    // per step: fewer writes, and a crash mid-turn leaves the previous turn intact.
    graph: createConversationGraph(graphDeps, deps.checkpointer).withConfig({ durability: 'exit' }),
    assess: graphDeps.assess,
    deleteCheckpoints: deps.deleteCheckpoints,
    storage: deps.storage,
    today: deps.today,
    now,
    newId,
    handoff: deps.handoff ?? adviserSide?.handoff ?? noHandoff,
    ...(adviserSide ? { observe: adviserSide.observe } : {}),
    ...(handoffLimit ? { handoffLimit } : {}),
    events,
    logger: deps.logger,
  });
  const routed = deps.routeConversations?.(localConversations) ?? localConversations;
  const watch = deps.watch
    ? createWatch(deps.watch, {
        cases: routed,
        knowledge: assessmentKnowledge,
        entries: deps.entries,
        today: deps.today,
        now,
        newId,
        logger: deps.logger,
        ...(deps.slack
          ? {
              slackApi: createSlackWebApi({
                token: deps.slack.botToken,
                ...(deps.slack.fetch ? { fetch: deps.slack.fetch } : {}),
              }),
            }
          : {}),
      })
    : undefined;
  const conversations = watch ? withNotices(routed, watch.notices) : routed;
  const adviserRoutes = adviserSide?.routes({
    conversations,
    assess: graphDeps.assess,
    rateLimit: deps.hardening?.rateLimit,
    ...(watch ? { changes: watch.changesFor } : {}),
  });
  const app = createApp({
    knowledge,
    today: deps.today,
    logger: deps.logger,
    conversations,
    assessCase,
    ...deps.web,
    now: deps.now,
    hardening: deps.hardening,
    ...(deps.slack ? { slack: slackDeps({ ...deps.slack, ...(watch?.slack ? { watch: watch.slack } : {}) }) } : {}),
    ...(adviserRoutes ? { adviser: adviserRoutes } : {}),
    ...(watch ? { watch: watch.routes(adviserRoutes ? requireAdmin(adviserRoutes.auth) : undefined) } : {}),
  });
  return { app, conversations, knowledge, assessCase, events, watch };
}
