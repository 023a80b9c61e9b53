import { beforeAll, describe, expect, it } from 'vitest';
import { knowledgeEntries } from '../../../src/knowledge/knowledge-bundle.generated.js';
import { BASE, client, type LotseFetch, slackSignature, type Turn } from './client.js';

export interface LotseTarget {
  /** Starts Lotse over the target's storage; a second call is a restart on the same data. */
  start(): LotseFetch | Promise<LotseFetch>;
  /** The Slack signing secret the target was configured with. */
  slackSecret: string;
  /** Creates an adviser account in the target's storage (accounts are made on the command line, not over HTTP). */
  seedAdviser(account: { email: string; name: string; password: string; role?: 'adviser' | 'admin' }): Promise<void>;
}

const FIRST_MESSAGE =
  'Wir möchten eine Frau aus Syrien als Küchenhilfe einstellen, 30 Std/Woche. Sie hat eine Duldung, seit 2019 in Deutschland.';
/** How the employer of the README's example answers the questions Lotse may ask. */
const ANSWERS: Record<string, string> = {
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  removalMeasuresPending: 'false',
};

/** Answers pending questions (scripted value, else "unknown") until Lotse stops collecting. */
async function answerUntilDone(api: ReturnType<typeof client>, id: string, turn: Turn): Promise<Turn> {
  let current = turn;
  for (let i = 0; i < 12 && current.state.status === 'collecting' && current.state.pendingQuestion; i++) {
    const { factKey, options } = current.state.pendingQuestion;
    const value = ANSWERS[factKey] ?? options.find((o) => o.value === 'unknown')?.value ?? options[0]?.value;
    if (value === undefined) break;
    current = await api.say(id, { choice: { factKey, value } });
  }
  return current;
}

/**
 * The behaviour every runtime must show, run against the Node entry (SQLite) and the Worker (D1).
 * Only HTTP in and out: the same requests must get the same answers on both.
 */
export function describeLotseConformance(runtime: string, target: LotseTarget) {
  describe(`Lotse on ${runtime}`, () => {
    // One instance serves the suite (building one loads and indexes the knowledge base); the restart test starts a second.
    let shared: LotseFetch;
    beforeAll(async () => {
      shared = await target.start();
    }, 60_000);

    it('reports health with the whole knowledge base loaded', async () => {
      const api = client(shared);
      const res = await api.send('/healthz');
      expect(res.status).toBe(200);
      // Every entry of knowledge/ (one id, two languages), as the build validated and bundled them.
      const entries = new Set(knowledgeEntries.map((e) => e.id)).size;
      expect(entries).toBeGreaterThan(60);
      expect(await res.json()).toEqual({ status: 'ok', knowledge: { entries, reviewedAt: expect.any(String) } });
    });

    it('finds knowledge entries with the German search', async () => {
      const api = client(shared);
      const res = await api.send('/api/v1/knowledge/search?q=Zeitarbeit%20mit%20Duldung&lang=de');
      const body = (await res.json()) as { results: Array<{ id: string }> };
      expect(body.results[0]?.id).toBe('ba.agency-work');
    });

    it('assesses a case in one request and names the facts still missing', async () => {
      const api = client(shared);
      const res = await api.json('POST', '/api/v1/assessments', {
        facts: { status: 'duldung' },
        lawAsOf: '2026-11-22',
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { outcome: string; missingFacts: string[] };
      expect(body.outcome).toBe('needs_facts');
      expect(body.missingFacts.length).toBeGreaterThan(0);
    });

    it('guides a conversation to a cited assessment', async () => {
      const api = client(shared);
      const created = await api.create('de');
      expect(created.messages.length).toBeGreaterThan(0);
      const done = await answerUntilDone(api, created.id, await api.say(created.id, { text: FIRST_MESSAGE }));
      expect(done.state.status).toBe('answered');
      expect(done.state.assessment?.outcome).toBe('permission_required');
      expect(done.state.assessment?.citations.length).toBeGreaterThan(0);
    });

    it('replays the first answer for a repeated client message id', async () => {
      const api = client(shared);
      const { id } = await api.create('de');
      const first = await api.say(id, { text: FIRST_MESSAGE, clientMessageId: 'msg-1' });
      const repeat = await api.say(id, { text: FIRST_MESSAGE, clientMessageId: 'msg-1' });
      expect(repeat).toEqual(first);
      const transcript = await api.get(id);
      expect(transcript.messages.filter((m) => m.role === 'employer')).toHaveLength(1);
      // The log keeps a reference to the turn, not a copy: after the conversation moved on, the
      // repeat is rebuilt from the transcript and the turn's checkpoint, and still the first answer.
      const answered = await answerUntilDone(api, id, first);
      expect(answered.state).not.toEqual(first.state);
      expect(await api.say(id, { text: FIRST_MESSAGE, clientMessageId: 'msg-1' })).toEqual(first);
    });

    it('continues a conversation after a restart, and erases it on request', async () => {
      const before = client(shared);
      const { id } = await before.create('de');
      const turn = await before.say(id, { text: FIRST_MESSAGE });
      const after = client(await target.start());
      const resumed = await after.get(id);
      expect(resumed.messages).toEqual((await before.get(id)).messages);
      expect(resumed.state).toEqual(turn.state);
      expect((await answerUntilDone(after, id, resumed)).state.status).toBe('answered');

      expect((await after.json('DELETE', `/api/v1/conversations/${id}`)).status).toBe(204);
      expect((await before.json('GET', `/api/v1/conversations/${id}`)).status).toBe(404);
    });

    it('stores feedback on an answer', async () => {
      const api = client(shared);
      const created = await api.create('de');
      const messageId = created.messages[0]?.id ?? '';
      const res = await api.json('POST', `/api/v1/conversations/${created.id}/feedback`, {
        messageId,
        rating: 'helpful',
      });
      expect(res.status).toBe(201);
    });

    it('serves the widget bundle and the demo page', async () => {
      const api = client(shared);
      const script = await api.send('/widget.js');
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toContain('javascript');
      expect((await script.text()).length).toBeGreaterThan(1000);
      expect((await api.send('/')).headers.get('content-type')).toContain('text/html');
    });

    it('hands a conversation to an adviser, who claims it and replies to the employer', async () => {
      const api = client(shared);
      const account = {
        email: `berater-${crypto.randomUUID()}@example.org`,
        name: 'Berater',
        password: 'ein langes Passwort 42',
      };
      await target.seedAdviser(account);
      const { id } = await api.create('de');
      const asked = await api.say(id, { choice: { factKey: 'action', value: 'handoff' } });
      // Lotse asks for consent to pass the case on before it does.
      const consent = asked.state.pendingQuestion;
      expect(consent?.options.map((o) => o.value)).toContain('yes');
      const handedOff = await api.say(id, { choice: { factKey: consent?.factKey ?? '', value: 'yes' } });
      expect(handedOff.state.status).toBe('with_adviser');

      // Same-origin browser requests: hono/csrf checks Origin; the session cookie and CSRF token follow.
      const origin = { origin: BASE, 'content-type': 'application/json' };
      const login = await api.send('/api/v1/adviser/login', {
        method: 'POST',
        headers: origin,
        body: JSON.stringify({ email: account.email, password: account.password }),
      });
      expect(login.status).toBe(200);
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const adviser = { ...origin, cookie, 'x-csrf-token': csrfToken };

      const queue = (await (await api.send('/api/v1/adviser/escalations', { headers: adviser })).json()) as {
        escalations: Array<{ id: string; caseNumber: number }>;
      };
      // The inbox never sees the employer's conversation id (their credential): the case is found by
      // its transcript, which starts with the same messages the employer has.
      const firstMessage = (await api.get(id)).messages[0]?.id;
      let escalation: { id: string } | undefined;
      for (const candidate of queue.escalations) {
        const card = (await (
          await api.send(`/api/v1/adviser/escalations/${candidate.id}`, { headers: adviser })
        ).json()) as {
          transcript: Array<{ id: string }>;
        };
        expect(JSON.stringify(card)).not.toContain(id);
        if (card.transcript[0]?.id === firstMessage) escalation = candidate;
      }
      expect(escalation).toBeDefined();
      const path = `/api/v1/adviser/escalations/${escalation?.id}`;
      expect((await api.send(`${path}/claim`, { method: 'POST', headers: adviser })).status).toBeLessThan(300);
      const reply = await api.send(`${path}/replies`, {
        method: 'POST',
        headers: adviser,
        body: JSON.stringify({ text: 'Guten Tag, ich übernehme Ihre Anfrage.' }),
      });
      expect(reply.status).toBeLessThan(300);
      const transcript = await api.get(id);
      expect(transcript.messages.at(-1)).toMatchObject({
        role: 'adviser',
        text: 'Guten Tag, ich übernehme Ihre Anfrage.',
      });
    });

    it('serves the adviser workspace: queue facets, statistics, saved replies, invitations and live events', async () => {
      const api = client(shared);
      const account = {
        email: `admin-${crypto.randomUUID()}@example.org`,
        name: 'Leitung',
        password: 'ein langes Passwort 42',
      };
      await target.seedAdviser({ ...account, role: 'admin' });
      const origin = { origin: BASE, 'content-type': 'application/json' };
      expect((await api.send('/api/v1/adviser/stats')).status).toBe(401);
      const login = await api.send('/api/v1/adviser/login', {
        method: 'POST',
        headers: origin,
        body: JSON.stringify({ email: account.email, password: account.password }),
      });
      expect(login.status).toBe(200);
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const headers = {
        ...origin,
        cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
        'x-csrf-token': csrfToken,
      };
      const call = (method: string, path: string, body?: unknown) =>
        api.send(`/api/v1/adviser${path}`, {
          method,
          headers,
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });

      const { id } = await api.create('de');
      await api.say(id, { choice: { factKey: 'action', value: 'handoff' } });
      await api.say(id, { choice: { factKey: 'handoffConsent', value: 'yes' } });
      const today = new Date().toISOString().slice(0, 10);
      const stats = (await (await call('GET', `/stats?from=${today}&to=${today}`)).json()) as {
        totals: { handoffs: number | string; conversations: number | string };
        triggers: { key: string }[];
      };
      expect(stats.totals.handoffs).not.toBe(0);
      expect(stats.triggers.map((t) => t.key)).toContain('employer_choice');
      const csv = await call('GET', `/stats.csv?from=${today}&to=${today}`);
      expect(csv.headers.get('content-type')).toContain('text/csv');

      const queue = (await (await call('GET', '/escalations?assigned=unassigned&caseLang=de')).json()) as {
        escalations: { id: string; summary: string; claimedBy: unknown }[];
        counts: { all: number; unassigned: number; de: number };
      };
      expect(queue.escalations.length).toBeGreaterThan(0);
      expect(queue.escalations.every((e) => e.claimedBy === null)).toBe(true);
      expect(queue.counts.unassigned).toBeGreaterThanOrEqual(queue.escalations.length);
      expect(JSON.stringify(queue)).not.toContain(id);

      const saved = await call('POST', '/saved-replies', { lang: 'de', title: 'Gruß', text: 'Guten Tag' });
      expect(saved.status).toBe(201);
      const replies = (await (await call('GET', '/saved-replies?lang=de')).json()) as { replies: { title: string }[] };
      expect(replies.replies.map((r) => r.title)).toContain('Gruß');

      const invited = await call('POST', '/advisers/invitations', {
        email: `neu-${crypto.randomUUID()}@example.org`,
        name: 'Neu',
      });
      expect(invited.status).toBe(201);
      const token = ((await invited.json()) as { path: string }).path.split('=')[1];
      expect((await call('POST', '/links/join', { token, password: 'ein anderes langes Passwort' })).status).toBe(204);
      expect((await call('POST', '/links/join', { token, password: 'ein anderes langes Passwort' })).status).toBe(404);

      const events = await call('GET', '/events');
      expect(events.headers.get('content-type')).toContain('text/event-stream');
      const reader = events.body?.getReader();
      const first = new TextDecoder().decode((await reader?.read())?.value);
      expect(first).toContain('event: ready');
      await reader?.cancel();
    });

    describe('Slack requests', () => {
      const slack = async (body: string, sign: { secret?: string; ageSeconds?: number } = {}) => {
        const timestamp = String(Math.floor(Date.now() / 1000) - (sign.ageSeconds ?? 0));
        const signature = await slackSignature(sign.secret ?? target.slackSecret, timestamp, body);
        const api = client(shared);
        return api.send('/slack/events', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-slack-request-timestamp': timestamp,
            'x-slack-signature': signature,
          },
          body,
        });
      };
      const challenge = JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 'unused' });

      it('answers the URL verification when signed with the signing secret', async () => {
        const res = await slack(challenge);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ challenge: 'c-123' });
      });

      it('rejects a wrong signature and a stale timestamp', async () => {
        expect((await slack(challenge, { secret: 'not-the-secret' })).status).toBe(401);
        expect((await slack(challenge, { ageSeconds: 6 * 60 })).status).toBe(401);
      });

      it('rejects an unsigned request', async () => {
        const api = client(shared);
        const res = await api.send('/slack/events', { method: 'POST', body: challenge });
        expect(res.status).toBe(401);
      });
    });
  });
}
