import type { Lang } from '../conversation/questions.js';
import type { ConversationService } from '../conversation/service.js';
import { ApiError } from '../http/errors.js';
import type {
  AdviserStorage,
  AuditAction,
  CloseOutcome,
  EscalationRecord,
  EscalationStatus,
} from '../storage/adviser-port.js';
import type { PublicAdviser } from './auth.js';
import { type AdviserRef, buildCaseCard, summarize } from './case-card.js';

export interface AdviserDeskDeps {
  storage: AdviserStorage;
  conversations: Pick<ConversationService, 'adviserReply' | 'handBack' | 'close'>;
  now: () => string;
  newId: () => string;
}

const QUEUES: Record<'open' | 'done' | 'all', EscalationStatus[]> = {
  open: ['open', 'claimed'],
  done: ['returned', 'closed'],
  all: ['open', 'claimed', 'returned', 'closed'],
};
export type Queue = keyof typeof QUEUES;

/**
 * What advisers do with escalated cases. One adviser at a time: a case must be claimed before
 * replying, handing back or closing, and a claim succeeds only once. Every action is audited by id.
 */
export function createAdviserDesk(deps: AdviserDeskDeps) {
  const { storage } = deps;

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

  return {
    /** The queue: most urgent first, then oldest first. */
    async list(queue: Queue, lang: Lang) {
      const records = await storage.escalations.list(QUEUES[queue]);
      const names = nameCache();
      await names.load(records.flatMap((r) => (r.claimedBy ? [r.claimedBy] : [])));
      return records.map((r) => summarize(r, lang, r.claimedBy ? names.ref(r.claimedBy) : null));
    },

    async open(id: string, actor: PublicAdviser, lang: Lang) {
      const record = await mustGet(id);
      // Only what advisers may read: the whole conversation while the case is theirs, up to its
      // end once it is handed back or closed (what the employer writes later is not for them).
      const [transcript, notes] = await Promise.all([storage.escalations.transcript(id), storage.notes.list(id)]);
      const names = nameCache();
      await names.load([...notes.map((n) => n.adviserId), ...(record.claimedBy ? [record.claimedBy] : [])]);
      await audit(actor, 'viewed', record);
      return buildCaseCard({ record, transcript, notes, names: names.ref, lang });
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
      return summarize(await mustGet(id), lang, { id: actor.id, name: actor.name });
    },

    /** Admins free a claimed case whose holder is away; it goes back to the queue. */
    async release(id: string, actor: PublicAdviser, lang: Lang) {
      mustBeAdmin(actor, 'freeing a claimed case');
      const record = await mustGet(id);
      if (!(await storage.escalations.release(id, deps.now())))
        throw new ApiError('conflict', `the case is ${record.status}, not claimed`);
      await audit(actor, 'released', record, record.claimedBy ? { subjectId: record.claimedBy } : {});
      return summarize(await mustGet(id), lang, null);
    },

    async reply(id: string, actor: PublicAdviser, text: string) {
      const record = await mustGet(id);
      mustHold(record, actor);
      const message = await deps.conversations.adviserReply(record.conversationId, text);
      await audit(actor, 'replied', record, { subjectId: message.id });
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
      return summarize(await mustGet(id), lang, { id: actor.id, name: actor.name });
    },

    async close(id: string, actor: PublicAdviser, outcome: CloseOutcome, lang: Lang) {
      const record = await mustGet(id);
      mustHold(record, actor);
      await deps.conversations.close(record.conversationId);
      // A closed conversation takes no more messages: its last one is the end.
      const end = await storage.escalations.lastSeq(id);
      await storage.escalations.finish(id, { status: 'closed', outcome, transcriptEndSeq: end }, deps.now());
      await audit(actor, 'closed', record, { detail: outcome });
      return summarize(await mustGet(id), lang, { id: actor.id, name: actor.name });
    },

    /** Admins lift a login lock (and its back-off) for an adviser who cannot wait for it to run out. */
    async unlockAdviser(adviserId: string, actor: PublicAdviser) {
      mustBeAdmin(actor, 'unlocking an account');
      if (!(await storage.advisers.unlock(adviserId))) throw new ApiError('not_found', `no adviser ${adviserId}`);
      await storage.audit.append({
        id: deps.newId(),
        at: deps.now(),
        adviserId: actor.id,
        action: 'unlocked',
        escalationId: null,
        caseNumber: null,
        subjectId: adviserId,
        detail: null,
      });
    },

    /** Admins only: who did what, when (ids, no text). */
    async auditLog(actor: PublicAdviser, limit: number) {
      mustBeAdmin(actor, 'the audit log');
      const entries = await storage.audit.list({ limit });
      const names = nameCache();
      await names.load(entries.map((e) => e.adviserId));
      return entries.map((e) => ({ ...e, adviser: names.ref(e.adviserId) }));
    },
  };
}

export type AdviserDesk = ReturnType<typeof createAdviserDesk>;
