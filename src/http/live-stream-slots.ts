/** How many live event streams may be open at once (0 = no limit). */
export interface LiveStreamLimits {
  /** From one client (an IPv4 address or an IPv6 /64). */
  perClient: number;
  /** To one conversation, from anywhere (a few tabs of one employer). */
  perConversation: number;
}

export const DEFAULT_LIVE_STREAM_LIMITS: LiveStreamLimits = { perClient: 20, perConversation: 3 };

export type StreamSlot =
  | { ok: true; release(): void }
  | { ok: false; refused: 'client' | 'conversation'; limit: number };

/**
 * Counts the open live streams per client and per conversation. A stream holds one slot of each
 * until it ends; the map only ever holds keys with an open stream, so it is as small as the set of
 * open connections. In memory: per process on Node, per isolate on Workers.
 */
export function createLiveStreamSlots(limits: LiveStreamLimits) {
  const open = new Map<string, number>();
  const count = (key: string) => open.get(key) ?? 0;
  const give = (key: string) => {
    const left = count(key) - 1;
    if (left > 0) open.set(key, left);
    else open.delete(key);
  };
  return {
    acquire(client: string | undefined, conversationId: string): StreamSlot {
      const conversation = `conversation:${conversationId}`;
      const from = client === undefined ? undefined : `client:${client}`;
      if (limits.perConversation > 0 && count(conversation) >= limits.perConversation)
        return { ok: false, refused: 'conversation', limit: limits.perConversation };
      if (from && limits.perClient > 0 && count(from) >= limits.perClient)
        return { ok: false, refused: 'client', limit: limits.perClient };
      const held = from ? [conversation, from] : [conversation];
      for (const key of held) open.set(key, count(key) + 1);
      let released = false;
      return {
        ok: true,
        release() {
          if (released) return;
          released = true;
          for (const key of held) give(key);
        },
      };
    },
  };
}
