import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer } from '../support/server-process.js';

interface Turn {
  id?: string;
  messages: Array<{ role: string; text: string }>;
  state: {
    status: string;
    facts: Record<string, unknown>;
    pendingQuestion?: { factKey: string; options: Array<{ value: string }> };
  };
}

const dir = mkdtempSync(join(tmpdir(), 'lotse-restart-'));
const env = { LOTSE_DB_PATH: join(dir, 'lotse.db'), LOTSE_FIXED_DATE: '2026-11-22' };
let server: ServerProcess | undefined;

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const call = async (url: string, path: string, body?: unknown): Promise<Turn> => {
  const res = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.status).toBeLessThan(300);
  return (await res.json()) as Turn;
};

describe('a conversation survives a crash of the server', () => {
  it('continues where it was after kill -9 and a restart on the same SQLite file', async () => {
    server = await startServer(env);
    const created = await call(server.url, '/api/v1/conversations', { lang: 'de' });
    const id = created.id as string;
    const first = await call(server.url, `/api/v1/conversations/${id}/messages`, {
      text: 'Wir wollen eine Frau mit Duldung als Köchin einstellen',
    });
    const pending = first.state.pendingQuestion;
    expect(pending).toBeDefined();

    await server.stop('SIGKILL');
    server = await startServer(env);

    const resumed = await call(server.url, `/api/v1/conversations/${id}`);
    expect(resumed.state.facts).toEqual(first.state.facts);
    expect(resumed.state.pendingQuestion?.factKey).toBe(pending?.factKey);
    const option = pending?.options.find((o) => o.value !== 'unknown')?.value ?? 'unknown';
    const next = await call(server.url, `/api/v1/conversations/${id}/messages`, {
      choice: { factKey: pending?.factKey, value: option },
    });
    expect(next.messages.length).toBeGreaterThan(0);
    const transcript = await call(server.url, `/api/v1/conversations/${id}`);
    expect(transcript.messages.filter((m) => m.role === 'employer')).toHaveLength(2);
  }, 90_000);
});
