import { type Api, ApiFailure, newClientMessageId } from './api.js';
import { followLive, type LiveEvent } from './live.js';
import type { WidgetStorage } from './storage.js';
import {
  ACTION_KEY,
  type Choice,
  CONSENT_KEY,
  type ConversationView,
  HANDOFF_CHOICE,
  type Message,
  type Session,
} from './types.js';

export interface ConversationEvents {
  /** New messages to show (never a message twice), with the session they belong to. */
  added(messages: Message[], session: Session, restored: boolean): void;
  /** State or status changed (replies, banner, buttons). `null`: no conversation (deleted). */
  changed(session: Session | null): void;
  typing(on: boolean): void;
  /** `limited`: the server refused for now (429); `retryAfter` in seconds, `handoff` when a hand-off was refused. */
  failed(kind: 'send' | 'load', text?: string, limited?: { retryAfter?: number; handoff: boolean }): void;
}

/**
 * The conversation as the widget sees it: restores it from localStorage, sends turns (optimistic
 * employer message, idempotency key), follows adviser replies live, deletes it. No DOM here.
 */
export function createConversation(api: Api, store: WidgetStorage, on: ConversationEvents) {
  let session: Session | null = null;
  let busy = false;
  const seen = new Set<string>();
  /** Employer texts shown before the server stored them; matched when the transcript comes back. */
  let pendingEcho: string[] = [];
  let stopLive: (() => void) | null = null;

  function merge(messages: Message[], restored: boolean): Message[] {
    if (!session) return [];
    const fresh = messages.filter((m) => {
      if (seen.has(m.id)) return false;
      seen.add(m.id);
      if (m.role === 'employer' && !m.id.startsWith('local-') && pendingEcho[0] === m.text) {
        pendingEcho = pendingEcho.slice(1);
        return false;
      }
      return true;
    });
    session.messages.push(...fresh);
    if (fresh.length) on.added(fresh, session, restored);
    return fresh;
  }

  function adopt(view: ConversationView, restored: boolean) {
    const known = session?.id === view.id;
    if (!known) {
      stopLive?.();
      stopLive = null;
      seen.clear();
      pendingEcho = [];
      session = { id: view.id, lang: view.lang, messages: [], state: view.state, notices: [] };
      store.setConversationId(view.id);
    } else if (session) session.state = view.state;
    // Notices come with the conversation when the employer returns (GET), not with a turn.
    if (session && view.state.notices) session.notices = view.state.notices;
    merge(view.messages, restored && !known);
    setState();
  }

  function setState() {
    on.changed(session);
    const live = session?.state.status === 'with_adviser';
    if (live && !stopLive && session) stopLive = follow(session.id);
    if (!live && stopLive) {
      stopLive();
      stopLive = null;
    }
  }

  function follow(id: string) {
    return followLive({
      url: api.eventsUrl(id),
      refresh: () => void refresh(),
      onEvent: (event: LiveEvent) => {
        if (event.type === 'message') merge([event.message], false);
        else if (event.type === 'handoff') {
          // Claimed (or back in the queue): the banner says so now, not at the adviser's first reply.
          if (session) session.state = { ...session.state, handoff: event.handoff };
          on.changed(session);
        } else if (session && event.status !== session.state.status) void refresh();
      },
    });
  }

  async function refresh() {
    const id = session?.id;
    if (!id) return;
    try {
      adopt(await api.get(id), false);
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 404) reset();
    }
  }

  function reset() {
    stopLive?.();
    stopLive = null;
    if (session) store.forget(session.id);
    session = null;
    seen.clear();
    on.changed(null);
  }

  async function load(): Promise<boolean> {
    const id = store.conversationId();
    if (!id || session) return Boolean(session);
    try {
      adopt(await api.get(id), true);
      return true;
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 404) store.setConversationId(null);
      else on.failed('load');
      return false;
    }
  }

  async function start(lang: 'de' | 'en') {
    on.typing(true);
    try {
      adopt(await api.create(lang), false);
    } catch {
      on.failed('load');
    } finally {
      on.typing(false);
    }
  }

  return {
    current: () => session,
    isBusy: () => busy,
    load,
    /** Restores the stored conversation, or starts one in `lang`. */
    async ensure(lang: 'de' | 'en') {
      if (!(await load())) await start(lang);
    },
    /** Sends one turn; resolves to the messages it added (none when it failed). */
    async send(input: { text: string } | { choice: Choice }, shownAs: string): Promise<Message[]> {
      if (!session || busy) return [];
      busy = true;
      const id = session.id;
      const local: Message = {
        id: `local-${newClientMessageId()}`,
        role: 'employer',
        text: shownAs,
        createdAt: new Date().toISOString(),
      };
      merge([local], false);
      pendingEcho.push(shownAs);
      on.typing(true);
      try {
        const turn = await api.post(id, input, newClientMessageId());
        if (session?.id === id) {
          session.state = turn.state;
          session.understood = turn.understood ?? [];
          const fresh = merge(turn.messages, false);
          setState();
          return fresh;
        }
      } catch (error) {
        pendingEcho = pendingEcho.slice(0, -1); // this turn never reached the transcript
        const limited =
          error instanceof ApiFailure && error.status === 429
            ? {
                ...(error.retryAfter ? { retryAfter: error.retryAfter } : {}),
                handoff:
                  'choice' in input &&
                  (input.choice.factKey === CONSENT_KEY ||
                    (input.choice.factKey === ACTION_KEY && input.choice.value === HANDOFF_CHOICE.value)),
              }
            : undefined;
        on.failed('send', 'text' in input ? input.text : undefined, limited);
        if (error instanceof ApiFailure && (error.status === 404 || error.status === 409)) await refresh();
      } finally {
        busy = false;
        on.typing(false);
      }
      return [];
    },
    /** "Delete my conversation": on the server, then here. */
    async remove(): Promise<boolean> {
      if (!session) return true;
      try {
        await api.remove(session.id);
      } catch (error) {
        if (!(error instanceof ApiFailure && error.status === 404)) return false;
      }
      reset();
      return true;
    },
    async restart(lang: 'de' | 'en') {
      if (await this.remove()) await start(lang);
    },
    stop: () => stopLive?.(),
  };
}

export type Conversation = ReturnType<typeof createConversation>;
