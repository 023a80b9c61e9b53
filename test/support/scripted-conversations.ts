import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import { createInMemoryEvents } from '../../src/conversation/events.js';
import { createConversationService } from '../../src/conversation/service.js';
import type { Assessment } from '../../src/domain/assessment.js';
import type { CaseFacts, FactKey } from '../../src/domain/facts.js';
import type { GraphDeps } from '../../src/graph/deps.js';
import { createConversationGraph } from '../../src/graph/graph.js';
import { silentLogger } from '../../src/logger.js';
import { openDatabase } from '../../src/storage/sqlite/open-database.js';
import { createSqliteStorage } from '../../src/storage/sqlite/sqlite-storage.js';

/** A scripted stand-in for the rules: needs status, then nationality; escalates for "GE". */
const fakeAssess = (facts: CaseFacts, lawAsOf: string, unknown: FactKey[]): Assessment => {
  const missing = (['status', 'nationality'] as const).filter((k) => facts[k] === undefined && !unknown.includes(k));
  return {
    lawAsOf,
    outcome: missing.length ? 'needs_facts' : 'permission_required',
    permission: { required: true, authority: 'auslaenderbehoerde' },
    baConsent: 'required',
    missingFacts: [...missing],
    steps: [],
    documents: [],
    employerDuties: [],
    risks: [],
    routes: [],
    escalation: { recommended: facts.nationality === 'GE', urgency: 'normal', reasons: [] },
    openPoints: [],
    citations: [],
  };
};

/** A scripted stand-in for the NLU: recognises a few literal phrases. */
const fakeUnderstand: GraphDeps['understand'] = async (text) => {
  const patch: CaseFacts = {};
  const intents: string[] = [];
  if (/duldung/i.test(text)) patch.status = 'duldung';
  if (/tunesien/i.test(text)) patch.nationality = 'TN';
  if (/georgien/i.test(text)) patch.nationality = 'GE';
  if (/mensch/i.test(text)) intents.push('handoff');
  if (/\?$/.test(text)) intents.push('question');
  if (/^nein\b/i.test(text)) intents.push('deny');
  return { patch, unknown: /weiß nicht/i.test(text) ? (['nationality'] as FactKey[]) : [], intents };
};

/** The scripted rules as an AssessCase for routes that need one. */
export const scriptedAssessCase = (request: { facts: CaseFacts; lawAsOf: string; unknown?: FactKey[] }) =>
  fakeAssess(request.facts, request.lawAsOf, request.unknown ?? []);

export function setupScriptedConversations() {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'lotse-graph-')), 'test.db'));
  const saver = new SqliteSaver(db);
  const deps: GraphDeps = {
    assess: fakeAssess,
    renderAssessment: (a) => `Ergebnis: ${a.outcome}`,
    understand: fakeUnderstand,
    search: { search: () => [] },
    questionBudget: 6,
  };
  let n = 0;
  const service = createConversationService({
    graph: createConversationGraph(deps, saver),
    assess: deps.assess,
    deleteCheckpoints: (id) => saver.deleteThread(id),
    storage: createSqliteStorage(db),
    today: () => '2026-11-22',
    now: () => '2026-11-22T10:00:00.000Z',
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    handoff: { caseHandedOver: async () => {}, employerMessage: async () => {} },
    events: createInMemoryEvents(),
    logger: silentLogger,
  });
  return { service, db };
}
