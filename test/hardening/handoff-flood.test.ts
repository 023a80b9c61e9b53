import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createHandoffLimit } from '../../src/http/handoff-limit.js';
import { createMemoryRateLimitStore } from '../../src/http/memory-rate-limit-store.js';
import { silentLogger } from '../../src/logger.js';
import { createNodeRuntime } from '../../src/node-runtime.js';

/** The Node runtime as `src/main.ts` builds it, behind a proxy that names the client in x-forwarded-for. */
const dir = mkdtempSync(join(tmpdir(), 'lotse-handoff-flood-'));
const parsed = parseConfig({
  LOTSE_DB_PATH: join(dir, 'lotse.db'),
  LOTSE_FIXED_DATE: '2026-11-22',
  LOG_LEVEL: 'silent',
  CLIENT_IP_HEADER: 'x-forwarded-for',
  HANDOFF_LIMIT_PER_CLIENT: '2',
  HANDOFF_LIMIT_WINDOW_SECONDS: '3600',
});
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
let runtime: ReturnType<typeof createNodeRuntime>;
let file: Database.Database;
beforeAll(() => {
  runtime = createNodeRuntime(parsed.config, silentLogger);
  file = new Database(parsed.config.LOTSE_DB_PATH, { readonly: true });
});
afterAll(() => {
  file.close();
  runtime.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Turn {
  state: { status: string; pendingQuestion?: { factKey: string } };
}

const post = (path: string, body: unknown, client: string) =>
  runtime.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify(body),
  });

/** A conversation from `client` that stands at the hand-off consent question, after `opening`. */
async function atConsent(client: string, opening = 'Abschiebeflug ist gebucht') {
  const { id } = (await (await post('/api/v1/conversations', { lang: 'de' }, client)).json()) as { id: string };
  await post(`/api/v1/conversations/${id}/messages`, { text: opening }, client);
  const asked = (await (
    await post(`/api/v1/conversations/${id}/messages`, { choice: { factKey: 'action', value: 'handoff' } }, client)
  ).json()) as Turn;
  expect(asked.state.pendingQuestion?.factKey).toBe('handoffConsent');
  return id;
}
const consent = (id: string, client: string) =>
  post(`/api/v1/conversations/${id}/messages`, { choice: { factKey: 'handoffConsent', value: 'yes' } }, client);
const casesOf = (ids: readonly string[]) =>
  (file.prepare('SELECT conversation_id FROM escalations').all() as Array<{ conversation_id: string }>).filter((r) =>
    ids.includes(r.conversation_id),
  ).length;

describe('hand-offs per client address and time window', () => {
  it('lets a client hand over HANDOFF_LIMIT_PER_CLIENT cases, then answers a readable 429', async () => {
    const client = '203.0.113.5';
    const ids = [await atConsent(client), await atConsent(client), await atConsent(client)];
    expect((await consent(ids[0] ?? '', client)).status).toBe(200);
    expect((await consent(ids[1] ?? '', client)).status).toBe(200);
    const refused = await consent(ids[2] ?? '', client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3500);
    expect(await refused.json()).toEqual({
      error: {
        code: 'rate_limited',
        message: expect.stringMatching(
          /^too many hand-offs to an adviser from your address; try again in \d+ minutes$/,
        ),
      },
    });
    expect(casesOf(ids)).toBe(2);
    // Nothing else is refused: the conversation goes on, and the consent can still be declined.
    const third = ids[2] ?? '';
    expect(
      (
        await post(
          `/api/v1/conversations/${third}/messages`,
          { choice: { factKey: 'handoffConsent', value: 'no' } },
          client,
        )
      ).status,
    ).toBe(200);
    expect(
      (await post(`/api/v1/conversations/${third}/messages`, { text: 'Er kommt aus Tunesien' }, client)).status,
    ).toBe(200);
    // Another address, and another IPv6 /64, are other clients.
    const other = await atConsent('203.0.113.6');
    expect((await consent(other, '203.0.113.6')).status).toBe(200);
  });

  it('counts a free-text yes to the consent too, also on conversations stored before the question was kept', async () => {
    const client = '203.0.113.50';
    const ids = [await atConsent(client), await atConsent(client), await atConsent(client)];
    const say = (id: string, text: string) => post(`/api/v1/conversations/${id}/messages`, { text }, client);
    expect((await say(ids[0] ?? '', 'ja, bitte')).status).toBe(200);
    expect((await consent(ids[1] ?? '', client)).status).toBe(200);
    // As a row written before migration 0008 looks: the pending question unknown.
    const writer = new Database(parsed.config.LOTSE_DB_PATH);
    writer.prepare('UPDATE conversations SET pending_question = NULL WHERE id = ?').run(ids[2]);
    writer.close();
    expect((await say(ids[2] ?? '', 'ja')).status).toBe(429);
    expect(casesOf(ids)).toBe(2);
  });

  it('takes no hand-off for a no or a question while the consent is pending (review finding 13)', async () => {
    const client = '203.0.113.70';
    const ids = [await atConsent(client), await atConsent(client), await atConsent(client), await atConsent(client)];
    const say = (id: string, text: string) => post(`/api/v1/conversations/${id}/messages`, { text }, client);
    expect((await say(ids[0] ?? '', 'Natürlich nicht')).status).toBe(200);
    expect((await say(ids[1] ?? '', 'Gibts irgendeinen Weg?')).status).toBe(200);
    expect((await say(ids[2] ?? '', 'Auch nicht als Aushilfe?')).status).toBe(200);
    expect((await say(ids[2] ?? '', 'vielleicht später')).status).toBe(200);
    // The client's two hand-offs are still there for the two real ones.
    expect((await consent(ids[1] ?? '', client)).status).toBe(200);
    expect((await say(ids[3] ?? '', 'ja gerne')).status).toBe(200);
    expect(casesOf(ids)).toBe(2);
  });

  it('holds when the hand-offs arrive in parallel: at most the limit, however many at once', async () => {
    const ids = await Promise.all(Array.from({ length: 8 }, (_, i) => atConsent(`2001:db8:77:1::${i + 1}`)));
    const answers = await Promise.all(ids.map((id, i) => consent(id, `2001:db8:77:1::${i + 100}`)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(2);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(6);
    expect(casesOf(ids)).toBe(2);
  });
});

describe('the hand-off limit', () => {
  it('counts a window per client and says when the next hand-off is possible', async () => {
    let now = 0;
    const limit = createHandoffLimit({
      store: createMemoryRateLimitStore(),
      perClient: 2,
      windowMs: 60_000,
      now: () => now,
    });
    expect(await limit.take('a')).toEqual({ ok: true });
    expect(await limit.take('a')).toEqual({ ok: true });
    expect(await limit.take('b')).toEqual({ ok: true });
    now = 10_000;
    expect(await limit.take('a')).toEqual({ ok: false, retryAfterMs: 50_000 });
    now = 60_000;
    expect(await limit.take('a')).toEqual({ ok: true });
    const off = createHandoffLimit({ store: createMemoryRateLimitStore(), perClient: 0, windowMs: 60_000 });
    for (let i = 0; i < 5; i++) expect(await off.take('a')).toEqual({ ok: true });
  });
});

describe('urgency from the employer’s own words', () => {
  const basisOf = (conversationId: string) => {
    const row = file
      .prepare('SELECT urgency, case_json FROM escalations WHERE conversation_id = ?')
      .get(conversationId) as {
      urgency: string;
      case_json: string;
    };
    return { urgency: row.urgency, basis: (JSON.parse(row.case_json) as { urgencyBasis?: unknown }).urgencyBasis };
  };

  it('is marked on the case: which fact, stated how, and the employer message that said it', async () => {
    const client = '198.51.100.20';
    const id = await atConsent(client, 'Wir beschäftigen eine Köchin mit Duldung. Der Abschiebeflug ist gebucht!');
    expect((await consent(id, client)).status).toBe(200);
    const transcript = (await (await runtime.app.request(`/api/v1/conversations/${id}`)).json()) as {
      messages: Array<{ id: string; role: string; text: string }>;
    };
    const said = transcript.messages.find((m) => m.role === 'employer' && m.text.includes('Abschiebeflug'));
    expect(basisOf(id)).toEqual({
      urgency: 'urgent',
      basis: { factKey: 'removalMeasuresPending', source: 'own_words', messageId: said?.id },
    });
  });

  it('says when the employer only clicked an answer to Lotse’s question, and is absent on a normal case', async () => {
    const client = '198.51.100.21';
    const clicked = await atConsent(client, 'Wir möchten einen Koch mit Duldung einstellen');
    await post(
      `/api/v1/conversations/${clicked}/messages`,
      { choice: { factKey: 'removalMeasuresPending', value: 'true' } },
      client,
    );
    await post(
      `/api/v1/conversations/${clicked}/messages`,
      { choice: { factKey: 'action', value: 'handoff' } },
      client,
    );
    expect((await consent(clicked, client)).status).toBe(200);
    expect(basisOf(clicked)).toMatchObject({
      urgency: 'urgent',
      basis: { factKey: 'removalMeasuresPending', source: 'answered_question' },
    });
    const normal = await atConsent('198.51.100.22', 'Wir möchten einen Koch mit Duldung einstellen');
    expect((await consent(normal, '198.51.100.22')).status).toBe(200);
    expect(basisOf(normal)).toEqual({ urgency: 'normal', basis: null });
  });
});
