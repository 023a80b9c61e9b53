import type { ConversationStatus, TranscriptMessage } from '../storage/ports.js';
import type { HandoffStanding } from './types.js';

export type LiveEvent =
  | { type: 'message'; message: TranscriptMessage }
  | { type: 'status'; status: ConversationStatus }
  /** Contract v1.1: an adviser claimed the case (`taken`), or an admin put it back in the queue (`queued`). */
  | { type: 'handoff'; handoff: HandoffStanding };

/** Live updates per conversation (adviser replies, status changes) for SSE and Slack threads. */
export interface ConversationEvents {
  publish(conversationId: string, event: LiveEvent): void;
  subscribe(conversationId: string, listener: (event: LiveEvent) => void): () => void;
}

/** In-process bus: enough for one Node process; listeners that throw are isolated from each other. */
export function createInMemoryEvents(): ConversationEvents {
  const listeners = new Map<string, Set<(event: LiveEvent) => void>>();
  return {
    publish(conversationId, event) {
      for (const listener of listeners.get(conversationId) ?? []) {
        try {
          listener(event);
        } catch {
          // a broken subscriber must not break the turn that published
        }
      }
    },
    subscribe(conversationId, listener) {
      const set = listeners.get(conversationId) ?? new Set();
      set.add(listener);
      listeners.set(conversationId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(conversationId);
      };
    },
  };
}
