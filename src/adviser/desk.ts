import type { Lang } from '../conversation/questions.js';
import type { ConversationService } from '../conversation/service.js';
import type { Assessment } from '../domain/assessment.js';
import type { CaseFacts, FactKey } from '../domain/facts.js';
import { ApiError } from '../http/errors.js';
import type {
  AdviserStorage,
  AuditAction,
  CloseOutcome,
  EscalationRecord,
  QueueQuery,
} from '../storage/adviser-port.js';
import type { PublicAdviser } from './auth.js';
import { type AdviserRef, buildCaseCard, type CaseChanges, queueLine, transcriptEnd } from './case-card.js';
import type { AdviserEvents } from './events.js';

export interface AdviserDeskDeps {
  storage: AdviserStorage;
  conversations: Pick<ConversationService, 'adviserReply' | 'handBack' | 'close' | 'handoffChanged'>;
  /** The rules, to give a case's assessment in the reader's language (deterministic: same facts, same verdict). */
  assess: (facts: CaseFacts, lawAsOf: string, unknown: FactKey[], lang: Lang) => Assessment;
  events: AdviserEvents;
  now: () => string;
  newId: () => string;
  /** Changes of the verdict that Lotse's watch recorded (issue 20); absent: none are shown. */
  changes?: CaseChanges;
}

export type QueueFilter = Omit<QueueQuery, 'adviserId' | 'limit'>;
/** A queue shows this many cases; the counts say how many there are. */
const QUEUE_LIMIT = 200;

/**
 * What advisers do with escalated cases. One adviser at a time: a case must be claimed before
 * replying, handing back or closing, and a claim succeeds only once. Every action is audited by id
 * and told to the open inboxes (ids only).
 */
export function createAdviserDesk(deps: AdviserDeskDeps) {
  const { storage, events } = deps;

  async function mustGet(id: string): Promise<EscalationRecord> {
    const record = await storage.escalations.get(id);
    if (!record) throw new ApiError('not_found', `no escalation ${id}`);
    return record;
  }

  function mustHold(record: EscalationRecord, actor: PublicAdviser) {
    if (record.status === 'open') throw new ApiError('conflict', 'claim the case first');
    if (record.status !== 'claimed') throw new ApiError('conflict', `the case is ${record.status}`);
    if (record.claimedBy !== actor.id) throw new ApiError('conflict', 'another adviser has claimed this case');
  }

  function mustBeAdmin(actor: PublicAdviser, what: string) {
    if (actor.role !== 'admin') throw new ApiError('forbidden', `${what} is for admins`);
  }

  async function audit(
    actor: PublicAdviser,
    action: AuditAction,
    record: EscalationRecord,
    more: { subjectId?: string; detail?: string } = {},
  ) {
    await storage.audit.append({
      id: deps.newId(),
      at: deps.now(),
      adviserId: actor.id,
      action,
      escalationId: record.id,
      caseNumber: record.caseNumber,
      subjectId: more.subjectId ?? null,
      detail: more.detail ?? null,
    });
  }

  /**
   * The employer is told where their case now stands (claimed or back in the queue). The claim is
   * already stored: should telling fail, the widget still reads it from the conversation on its next GET.
   */
  async function tellEmployer(record: EscalationRecord) {
    await deps.conversations.handoffChanged(record.conversationId).catch(() => undefined);
  }

  /** The case changed: its page and the queue are told (ids only). */
  function changed(id: string) {
    events.publish({ type: 'case', id });
    events.publish({ type: 'queue' });
  }

  /**
   * The assessment in the reader's language: the one handed over when the languages match, else
   * rendered again from the same facts, date and unknown facts. Should the rules ever give another
   * verdict (a case from before unknown facts were kept), the handed-over text is shown instead.
   */
  function assessmentIn(record: EscalationRecord, lang: Lang): Assessment {
    if (record.lang === lang) return record.assessment;
    const again = deps.assess(record.facts, record.assessment.lawAsOf, record.unknown, lang);
    return again.outcome === record.assessment.outcome ? again : record.assessment;
  }

  /** Adviser names for display, looked up once per request. */
  function nameCache() {
    const names = new Map<string, AdviserRef>();
    return {
      async load(ids: Iterable<string>) {
        for (const id of ids) {
          if (names.has(id)) continue;
          const account = await storage.advisers.get(id);
          names.set(id, { id, name: account?.name ?? id });
        }
      },
      ref: (id: string): AdviserRef => names.get(id) ?? { id, name: id },
    };
  }

  const changesOf = async (conversationIds: readonly string[]) =>
    deps.changes && conversationIds.length > 0 ? deps.changes(conversationIds) : new Map<string, never[]>();

  /** A case's queue line after an action. */
  async function line(id: string, lang: Lang) {
    const record = await mustGet(id);
    const transcript = await storage.escalations.transcript(id);
    const changes = (await changesOf([record.conversationId])).get(record.conversationId) ?? [];
    const names = nameCache();
    await names.load(record.claimedBy ? [record.claimedBy] : []);
    return queueLine(record, lang, record.claimedBy ? names.ref(record.claimedBy) : null, {
      assessment: assessmentIn(record, lang),
      ...transcriptEnd(transcript),
      changes,
    });
  }

  const desk = {
    /** One view of the queue (open: most urgent, then oldest first; done: newest first) and its facet counts. */
    async queue(filter: QueueFilter, actor: Pick<PublicAdviser, 'id'>, lang: Lang) {
      const { rows, counts } = await storage.escalations.queue({ ...filter, adviserId: actor.id, limit: QUEUE_LIMIT });
      const names = nameCache();
      await names.load(rows.flatMap((r) => (r.claimedBy ? [r.claimedBy] : [])));
      // Only cases someone held can have been answered by an adviser on the old verdict.
      const changes = await changesOf(rows.filter((r) => r.claimedBy).map((r) => r.conversationId));
      const lines = rows.map((r) =>
        queueLine(r, lang, r.claimedBy ? names.ref(r.claimedBy) : null, {
          assessment: assessmentIn(r, lang),
          lastRole: r.lastRole,
          lastEmployerAt: r.lastEmployerAt,
          changes: changes.get(r.conversationId) ?? [],
        }),
      );
      return { lines, counts };
    },

    async open(id: string, actor: PublicAdviser, lang: Lang) {
      const record = await mustGet(id);
      // Only what advisers may read: the whole conversation while the case is theirs, up to its
      // end once it is handed back or closed (what the employer writes later is not for them).
      const [transcript, notes, changes] = await Promise.all([
        storage.escalations.transcript(id),
        storage.notes.list(id),
        changesOf([record.conversationId]),
      ]);
      const names = nameCache();
      await names.load([...notes.map((n) => n.adviserId), ...(record.claimedBy ? [record.claimedBy] : [])]);
      await audit(actor, 'viewed', record);
      return buildCaseCard({
        record,
        assessment: assessmentIn(record, lang),
        transcript,
        notes,
        names: names.ref,
        lang,
        changes: changes.get(record.conversationId) ?? [],
      });
    },

    async claim(id: string, actor: PublicAdviser, lang: Lang) {
      const record = await mustGet(id);
      if (!(await storage.escalations.claim(id, actor.id, deps.now()))) {
        throw new ApiError(
          'conflict',
          record.status === 'claimed' || record.status === 'open'
            ? 'another adviser has already claimed this case'
            : `the case is ${record.status}`,
        );
      }
      await audit(actor, 'claimed', record);
      changed(id);
      await tellEmployer(record);
      return line(id, lang);
    },

    /** Admins free a claimed case whose holder is away; it goes back to the queue. */
    async release(id: string, actor: PublicAdviser, lang: Lang) {
      mustBeAdmin(actor, 'freeing a claimed case');
      const record = await mustGet(id);
      if (!(await storage.escalations.release(id, deps.now())))
        throw new ApiError('conflict', `the case is ${record.status}, not claimed`);
      await audit(actor, 'released', record, record.claimedBy ? { subjectId: record.claimedBy } : {});
      changed(id);
      await tellEmployer(record);
      return line(id, lang);
    },

    async reply(id: string, actor: PublicAdviser, text: string) {
      const record = await mustGet(id);
      mustHold(record, actor);
      const message = await deps.conversations.adviserReply(record.conversationId, text);
      await storage.escalations.replied(id, message.createdAt);
      await audit(actor, 'replied', record, { subjectId: message.id });
      changed(id);
      return message;
    },

    /** Notes on a case: not on a closed one; on a claimed one only from its holder or an admin. */
    async note(id: string, actor: PublicAdviser, text: string) {
      const record = await mustGet(id);
      if (record.status === 'closed') throw new ApiError('conflict', 'the case is closed');
      if (record.status === 'claimed' && record.claimedBy !== actor.id && actor.role !== 'admin')
        throw new ApiError('conflict', 'another adviser has claimed this case');
      const note = { id: deps.newId(), escalationId: id, adviserId: actor.id, text, createdAt: deps.now() };
      await storage.notes.add(note);
      await audit(actor, 'noted', record, { subjectId: note.id });
      events.publish({ type: 'case', id });
      return { id: note.id, adviser: { id: actor.id, name: actor.name }, text, createdAt: note.createdAt };
    },

    async handBack(id: string, actor: PublicAdviser, lang: Lang) {
      const record = await mustGet(id);
      mustHold(record, actor);
      // Advisers keep reading up to the hand-back and its own messages; read before it, so an
      // employer message right after it can never count as part of the case.
      const before = await storage.escalations.lastSeq(id);
      const turn = await deps.conversations.handBack(record.conversationId);
      await storage.escalations.finish(
        id,
        { status: 'returned', transcriptEndSeq: before + turn.messages.length },
        deps.now(),
      );
      await audit(actor, 'returned', record);
      changed(id);
      return line(id, lang);
    },

    async close(id: string, actor: PublicAdviser, outcome: CloseOutcome, lang: Lang) {
      const record = await mustGet(id);
      mustHold(record, actor);
      await deps.conversations.close(record.conversationId);
      // A closed conversation takes no more messages: its last one is the end.
      const end = await storage.escalations.lastSeq(id);
      await storage.escalations.finish(id, { status: 'closed', outcome, transcriptEndSeq: end }, deps.now());
      await audit(actor, 'closed', record, { detail: outcome });
      changed(id);
      return line(id, lang);
    },

    /** Admins only: who did what, when (ids and codes, no text). */
    async auditLog(actor: PublicAdviser, limit: number) {
      mustBeAdmin(actor, 'the audit log');
      const entries = await storage.audit.list({ limit });
      const names = nameCache();
      await names.load(
        entries.flatMap((e) => [e.adviserId, ...(isAccount(e.action) && e.subjectId ? [e.subjectId] : [])]),
      );
      return entries.map((e) => ({
        ...e,
        adviser: names.ref(e.adviserId),
        subject: isAccount(e.action) && e.subjectId ? names.ref(e.subjectId) : null,
      }));
    },
  };
  return desk;
}

const CASE_ACTIONS = new Set<AuditAction>(['viewed', 'claimed', 'replied', 'noted', 'returned', 'closed']);
/** Actions whose subject is an adviser account (named in the log), not a message or note. */
const isAccount = (action: AuditAction) => !CASE_ACTIONS.has(action) && !action.startsWith('saved_reply');

export type AdviserDesk = ReturnType<typeof createAdviserDesk>;
