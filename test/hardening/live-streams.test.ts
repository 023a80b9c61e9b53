import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress } from '../../src/http/client-address.js';
import { createMemoryRateLimitStore } from '../../src/http/memory-rate-limit-store.js';
import { lotseOnFile } from './support/lotse-on-file.js';

let lotse: ReturnType<typeof lotseOnFile>;
beforeAll(() => {
  lotse = lotseOnFile({
    hardening: {
      clientKey: clientAddress('x-test-client'),
      rateLimit: {
        store: createMemoryRateLimitStore(),
        clientKey: clientAddress('x-test-client'),
        perClient: 0,
        perConversation: 0,
        windowMs: 60_000,
      },
      liveStreams: { perClient: 3, perConversation: 2 },
    },
  });
});
afterAll(() => lotse.close());

const open: Response[] = [];
const start = async () =>
  ((await (await lotse.request('/api/v1/conversations', { body: {} })).json()) as { id: string }).id;
const stream = async (id: string, client: string) => {
  const res = await lotse.request(`/api/v1/conversations/${id}/events`, { headers: { 'x-test-client': client } });
  if (res.status === 200) open.push(res);
  return res;
};
/** Ends a stream from the client's side, as a closed tab does, and waits until the server let go of it. */
async function close(res: Response, reopen: () => Promise<Response>) {
  await res.body?.cancel();
  for (let i = 0; i < 50; i++) {
    const again = await reopen();
    if (again.status === 200) return again;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the stream slot was never released');
}

describe('live event streams are capped', () => {
  it('per conversation: a readable 429 once it has its streams, and room again when one closes', async () => {
    const id = await start();
    const first = await stream(id, '192.0.2.1');
    expect(first.status).toBe(200);
    expect((await stream(id, '192.0.2.2')).status).toBe(200);
    const refused = await stream(id, '192.0.2.3');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/json');
    expect(await refused.json()).toEqual({
      error: {
        code: 'rate_limited',
        message: 'this conversation already has 2 live streams open; close one (another tab?) or try again later',
      },
    });
    expect((await close(first, () => stream(id, '192.0.2.3'))).status).toBe(200);
  });

  it('per client address: a readable 429 once the address has its streams, other addresses unaffected', async () => {
    const ids = [await start(), await start(), await start(), await start()];
    for (const id of ids.slice(0, 3)) expect((await stream(id, '198.51.100.7')).status).toBe(200);
    const refused = await stream(ids[3] ?? '', '198.51.100.7');
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      'your address already has 3 live streams open; close one or try again later',
    );
    expect((await stream(ids[3] ?? '', '198.51.100.8')).status).toBe(200);
  });

  afterAll(async () => {
    for (const res of open) await res.body?.cancel().catch(() => undefined);
  });
});
