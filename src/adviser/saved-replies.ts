import { ApiError } from '../http/errors.js';
import type { AdviserStorage, SavedReply } from '../storage/adviser-port.js';
import type { PublicAdviser } from './auth.js';

export interface SavedRepliesDeps {
  storage: AdviserStorage;
  now: () => string;
  newId: () => string;
}

export interface SavedReplyInput {
  lang: 'de' | 'en';
  title: string;
  text: string;
}

/** Texts advisers insert into a reply, per language (the employer's); only admins change them. */
export function createSavedReplies(deps: SavedRepliesDeps) {
  const { storage } = deps;
  const mustBeAdmin = (actor: PublicAdviser) => {
    if (actor.role !== 'admin') throw new ApiError('forbidden', 'saved replies are kept by admins');
  };
  const audit = (actor: PublicAdviser, action: 'saved_reply_saved' | 'saved_reply_deleted', id: string) =>
    storage.audit.append({
      id: deps.newId(),
      at: deps.now(),
      adviserId: actor.id,
      action,
      escalationId: null,
      caseNumber: null,
      subjectId: id,
      detail: null,
    });

  return {
    list: (lang: 'de' | 'en') => storage.savedReplies.list(lang),

    /** Creates a saved reply, or replaces one when `id` is given. */
    async save(actor: PublicAdviser, input: SavedReplyInput, id?: string): Promise<SavedReply> {
      mustBeAdmin(actor);
      const existing = id ? await storage.savedReplies.get(id) : undefined;
      if (id && !existing) throw new ApiError('not_found', `no saved reply ${id}`);
      const now = deps.now();
      const reply: SavedReply = {
        id: existing?.id ?? deps.newId(),
        ...input,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        updatedBy: actor.id,
      };
      await storage.savedReplies.save(reply);
      await audit(actor, 'saved_reply_saved', reply.id);
      return reply;
    },

    async remove(actor: PublicAdviser, id: string): Promise<void> {
      mustBeAdmin(actor);
      if (!(await storage.savedReplies.delete(id))) throw new ApiError('not_found', `no saved reply ${id}`);
      await audit(actor, 'saved_reply_deleted', id);
    },
  };
}

export type SavedReplies = ReturnType<typeof createSavedReplies>;
