import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Api, ApiFailure } from '../../src/channels/web/widget/client/api.js';
import { createConversation } from '../../src/channels/web/widget/client/conversation.js';
import { createWidgetStorage } from '../../src/channels/web/widget/client/storage.js';
import type { ConversationView, Message } from '../../src/channels/web/widget/client/types.js';

const msg = (id: string, role: Message['role'], text: string): Message => ({
  id,
  role,
  text,
  createdAt: '2026-11-22T10:00:00Z',
});
const view = (messages: Message[], status: ConversationView['state']['status'] = 'collecting'): ConversationView => ({
  id: 'c1',
  lang: 'de',
  channel: 'web',
  messages,
  state: { status, facts: {} },
});

/** localStorage is a browser global; a Map stands in for it here. */
function fakeLocalStorage() {
  const map = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => map.set(k, v),
    removeItem: (k: string) => map.delete(k),
  });
  return map;
}

function fakeApi(overrides: Partial<Api> = {}): Api {
  return {
    create: async () => view([msg('b1', 'bot', 'Willkommen')]),
    get: async () => view([msg('b1', 'bot', 'Willkommen')]),
    post: async () => ({ messages: [msg('b2', 'bot', 'Danke')], state: view([]).state }),
    remove: async () => undefined,
    feedback: async () => ({}),
    eventsUrl: (id) => `/events/${id}`,
    ...overrides,
  };
}

function recorder() {
  const shown: string[] = [];
  const restored: boolean[] = [];
  const failures: (string | undefined)[] = [];
  return {
    shown,
    restored,
    failures,
    events: {
      added: (messages: Message[], _s: unknown, wasRestored: boolean) => {
        shown.push(...messages.map((m) => `${m.role}:${m.text}`));
        restored.push(wasRestored);
      },
      changed: () => {},
      typing: () => {},
      failed: (_kind: 'send' | 'load', text?: string) => failures.push(text),
    },
  };
}

describe('widget conversation client', () => {
  let storage: Map<string, string>;
  beforeEach(() => {
    storage = fakeLocalStorage();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('remembers a new conversation and restores it from localStorage after a reload', async () => {
    const first = createConversation(fakeApi(), createWidgetStorage('http://x'), recorder().events);
    await first.ensure('de');
    expect(storage.get('lotse:http://x:conversation')).toBe('c1');

    const r = recorder();
    const get = vi.fn(async () => view([msg('b1', 'bot', 'Willkommen')]));
    const reloaded = createConversation(fakeApi({ get }), createWidgetStorage('http://x'), r.events);
    expect(await reloaded.load()).toBe(true);
    expect(get).toHaveBeenCalledWith('c1');
    expect(r.restored).toEqual([true]);
  });

  it('forgets a stored id the server no longer knows', async () => {
    storage.set('lotse:http://x:conversation', 'gone');
    const get = async () => {
      throw new ApiFailure(404, 'not_found', 'no conversation');
    };
    const conversation = createConversation(fakeApi({ get }), createWidgetStorage('http://x'), recorder().events);
    expect(await conversation.load()).toBe(false);
    expect(storage.has('lotse:http://x:conversation')).toBe(false);
  });

  it('shows the employer message at once and never twice when the transcript comes back', async () => {
    const r = recorder();
    let transcript = [msg('b1', 'bot', 'Willkommen')];
    const api = fakeApi({
      get: async () => view(transcript, 'with_adviser'),
      post: async () => {
        transcript = [...transcript, msg('e1', 'employer', 'Hallo'), msg('a1', 'adviser', 'Guten Tag')];
        return { messages: [], state: view([], 'with_adviser').state };
      },
    });
    const conversation = createConversation(api, createWidgetStorage('http://x'), r.events);
    await conversation.ensure('de');
    await conversation.send({ text: 'Hallo' }, 'Hallo');
    // with_adviser starts live updates; without EventSource (Node) they poll, which GETs at once.
    await vi.waitFor(() => expect(r.shown).toContain('adviser:Guten Tag'));
    conversation.stop();
    expect(r.shown).toEqual(['bot:Willkommen', 'employer:Hallo', 'adviser:Guten Tag']);
  });

  it('hands a failed message back for editing and sends an idempotency key with every turn', async () => {
    const r = recorder();
    const post = vi.fn<Api['post']>(async () => {
      throw new ApiFailure(500, 'internal', 'boom');
    });
    const conversation = createConversation(fakeApi({ post }), createWidgetStorage('http://x'), r.events);
    await conversation.ensure('de');
    await conversation.send({ text: 'Bäckerei in Dresden' }, 'Bäckerei in Dresden');
    expect(r.failures).toEqual(['Bäckerei in Dresden']);
    expect(post.mock.calls[0]?.[2]).toMatch(/.{8,}/);
  });

  it('deletes on the server and in the browser', async () => {
    const remove = vi.fn(async () => undefined);
    const conversation = createConversation(fakeApi({ remove }), createWidgetStorage('http://x'), recorder().events);
    await conversation.ensure('de');
    storage.set('lotse:http://x:feedback:c1', '{"b1":"helpful"}');
    expect(await conversation.remove()).toBe(true);
    expect(remove).toHaveBeenCalledWith('c1');
    expect(conversation.current()).toBeNull();
    expect([...storage.keys()]).toEqual([]);
  });
});
