import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress, clientKeyOf } from '../../src/http/client-address.js';
import type { HardeningOptions } from '../../src/http/hardening.js';
import { createMemoryRateLimitStore } from '../../src/http/memory-rate-limit-store.js';
import { lotseOnFile } from './support/lotse-on-file.js';

let lotse: ReturnType<typeof lotseOnFile> | undefined;
afterEach(() => lotse?.close());

const perClient = (limit: number): HardeningOptions => ({
  rateLimit: {
    store: createMemoryRateLimitStore(),
    clientKey: clientAddress('x-forwarded-for'),
    perClient: limit,
    perConversation: 0,
    windowMs: 60_000,
  },
});

const search = (l: NonNullable<typeof lotse>, from: string) =>
  l.request('/api/v1/knowledge/search?q=Duldung', { headers: { 'x-forwarded-for': from } });

describe('per-client limits and IPv6', () => {
  it('count every address of one IPv6 /64 as one client: a host picks any of 2^64 addresses', async () => {
    const l = lotseOnFile({ hardening: perClient(3) });
    lotse = l;
    for (const address of ['2001:db8:1:2::1', '2001:db8:1:2:ffff:ffff:ffff:fffe', '2001:0DB8:0001:0002:0:0:0:3'])
      expect((await search(l, address)).status).toBe(200);
    expect((await search(l, '2001:db8:1:2:abcd::9')).status).toBe(429);
    // The neighbouring /64 is another client.
    expect((await search(l, '2001:db8:1:3::1')).status).toBe(200);
  });

  it('keep IPv4 clients apart, also when they arrive as IPv4-mapped IPv6 addresses', async () => {
    const l = lotseOnFile({ hardening: perClient(2) });
    lotse = l;
    expect((await search(l, '192.0.2.10')).status).toBe(200);
    expect((await search(l, '::ffff:192.0.2.10')).status).toBe(200);
    expect((await search(l, '::ffff:c000:20a')).status).toBe(429);
    expect((await search(l, '192.0.2.11')).status).toBe(200);
  });
});

describe('the client key of an address', () => {
  it('is the /64 for IPv6 in every spelling, the IPv4 address for IPv4 (also mapped), the value otherwise', () => {
    expect(clientKeyOf('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOf('[2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd]')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKeyOf('::1')).toBe('0:0:0:0::/64');
    expect(clientKeyOf('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(clientKeyOf('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    expect(clientKeyOf('::ffff:192.0.2.10')).toBe('192.0.2.10');
    expect(clientKeyOf('::FFFF:C000:020A')).toBe('192.0.2.10');
    expect(clientKeyOf('192.0.2.10')).toBe('192.0.2.10');
    for (const odd of ['unknown', '1:2:3', '1::2::3', '2001:db8:1:2:3:4:5:6:7', '::ffff:300.1.1.1', 'g::1'])
      expect(clientKeyOf(odd)).toBe(odd);
  });
});

describe('Cache-Control on responses that carry a conversation', () => {
  it('is no-store on the transcript, every turn and the conversation as created', async () => {
    const l = lotseOnFile();
    lotse = l;
    const created = await l.request('/api/v1/conversations', { body: { lang: 'de' } });
    expect(created.headers.get('cache-control')).toBe('no-store');
    const { id } = (await created.json()) as { id: string };
    const turn = await l.request(`/api/v1/conversations/${id}/messages`, { body: { text: 'Hallo' } });
    expect(turn.headers.get('cache-control')).toBe('no-store');
    const transcript = await l.request(`/api/v1/conversations/${id}`);
    expect(transcript.status).toBe(200);
    expect(transcript.headers.get('cache-control')).toBe('no-store');
    // Errors about a conversation say nothing worth caching either.
    expect((await l.request(`/api/v1/conversations/${crypto.randomUUID()}`)).headers.get('cache-control')).toBe(
      'no-store',
    );
  });
});
