import { afterEach, describe, expect, it } from 'vitest';
import { STYLES as WIDGET_STYLES } from '../../src/channels/web/widget/client/styles.js';
import { clientAddress } from '../../src/http/client-address.js';
import type { HardeningOptions } from '../../src/http/hardening.js';
import { createMemoryRateLimitStore } from '../../src/http/memory-rate-limit-store.js';
import { inlineStylesOf, styleHash } from '../../src/http/security-headers.js';
import { lotseOnFile, manualClock } from './support/lotse-on-file.js';

const clock = manualClock('2026-11-22T10:00:00.000Z');
const limits = (perClient: number, perConversation: number): HardeningOptions => ({
  widgetOrigins: ['https://employer.example'],
  bodyLimitBytes: 4096,
  rateLimit: {
    store: createMemoryRateLimitStore(),
    clientKey: clientAddress('x-test-client'),
    perClient,
    perConversation,
    windowMs: 60_000,
    now: clock.ms,
  },
});

let lotse: ReturnType<typeof lotseOnFile> | undefined;
afterEach(() => lotse?.close());

const from = (client: string, extra: Record<string, string> = {}) => ({ 'x-test-client': client, ...extra });

describe('rate limits on the public API', () => {
  it('answer 429 with Retry-After and a readable error once a client is over its limit, per client', async () => {
    lotse = lotseOnFile({ hardening: limits(3, 100) });
    for (let i = 0; i < 3; i++)
      expect((await lotse.request('/api/v1/knowledge/search?q=Duldung', { headers: from('a') })).status).toBe(200);
    const limited = await lotse.request('/api/v1/knowledge/search?q=Duldung', { headers: from('a') });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(await limited.json()).toEqual({
      error: { code: 'rate_limited', message: 'too many requests; try again in 60 seconds' },
    });
    expect((await lotse.request('/api/v1/knowledge/search?q=Duldung', { headers: from('b') })).status).toBe(200);
    expect((await lotse.request('/healthz', { headers: from('a') })).status).toBe(200);
  });

  it('let a client in again when its window has passed, and count Retry-After down', async () => {
    lotse = lotseOnFile({ hardening: limits(1, 100) });
    await lotse.request('/api/v1/knowledge/search?q=Duldung', { headers: from('c') });
    clock.advanceMs(45_000);
    const limited = await lotse.request('/api/v1/knowledge/search?q=Duldung', { headers: from('c') });
    expect(limited.headers.get('retry-after')).toBe('15');
    clock.advanceMs(15_000);
    expect((await lotse.request('/api/v1/knowledge/search?q=Duldung', { headers: from('c') })).status).toBe(200);
  });

  it('limit the messages to one conversation without touching the others', async () => {
    const l = lotseOnFile({ hardening: limits(1000, 2) });
    lotse = l;
    const create = async () =>
      ((await (await l.request('/api/v1/conversations', { body: {}, headers: from('d') })).json()) as { id: string })
        .id;
    const [first, second] = [await create(), await create()];
    const say = (id: string, text: string) =>
      l.request(`/api/v1/conversations/${id}/messages`, { body: { text }, headers: from('d') });
    expect((await say(first, 'Wir möchten eine Köchin mit Duldung einstellen')).status).toBe(200);
    expect((await say(first, 'Sie kommt aus Syrien')).status).toBe(200);
    const limited = await say(first, 'Sie ist seit 2019 hier');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
    expect((await say(second, 'Wir möchten einen Helfer mit Duldung einstellen')).status).toBe(200);
    // Reading the transcript is not a write and stays possible.
    expect((await l.request(`/api/v1/conversations/${first}`, { headers: from('d') })).status).toBe(200);
  });

  it('keep the in-memory counters bounded however many clients there are', async () => {
    const store = createMemoryRateLimitStore({ maxKeys: 2 });
    await store.hit('a', 60_000, 0);
    await store.hit('b', 60_000, 0);
    await store.hit('c', 60_000, 0);
    // "a" was evicted to make room, so it starts a new window.
    expect((await store.hit('a', 60_000, 1)).count).toBe(1);
    expect((await store.hit('c', 60_000, 1)).count).toBe(2);
  });
});

describe('body size limits', () => {
  it('refuse a body over the limit with a readable 413, with or without Content-Length', async () => {
    lotse = lotseOnFile({ hardening: limits(1000, 1000) });
    const big = JSON.stringify({ text: 'x'.repeat(5000) });
    const declared = await lotse.app.request('/api/v1/conversations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({
      error: { code: 'payload_too_large', message: 'request body is larger than 4096 bytes' },
    });
    const stream = new Blob([big]).stream();
    const chunked = await lotse.app.request('/api/v1/conversations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });
});

describe('CORS for the widget on employer sites', () => {
  it('allows listed origins only, also on errors, and exposes Retry-After', async () => {
    lotse = lotseOnFile({ hardening: limits(1, 1000) });
    const allowed = await lotse.request('/api/v1/knowledge/search?q=Duldung', {
      headers: from('e', { origin: 'https://employer.example' }),
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://employer.example');
    const limited = await lotse.request('/api/v1/knowledge/search?q=Duldung', {
      headers: from('e', { origin: 'https://employer.example' }),
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('access-control-allow-origin')).toBe('https://employer.example');
    expect(limited.headers.get('access-control-expose-headers')).toContain('retry-after');
    const other = await lotse.request('/api/v1/knowledge/search?q=Duldung', {
      headers: from('f', { origin: 'https://evil.example' }),
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers the preflight of an allowed origin without counting it against the limit', async () => {
    lotse = lotseOnFile({ hardening: limits(1, 1000) });
    const preflight = () =>
      lotse?.app.request('/api/v1/conversations', {
        method: 'OPTIONS',
        headers: {
          'x-test-client': 'g',
          origin: 'https://employer.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const first = await preflight();
    expect(first?.status).toBe(204);
    expect(first?.headers.get('access-control-allow-methods')).toContain('POST');
    expect((await preflight())?.status).toBe(204);
  });
});

describe('security headers', () => {
  it('give the demo page a strict CSP whose style hashes are exactly its own and the widget’s styles', async () => {
    lotse = lotseOnFile({ widget: true });
    const page = await lotse.request('/');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const styleSrc = csp.split('; ').find((d) => d.startsWith('style-src '));
    for (const css of [...inlineStylesOf(await page.text()), WIDGET_STYLES])
      expect(styleSrc).toContain(await styleHash(css));
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lock API responses down and let employer sites load widget.js', async () => {
    lotse = lotseOnFile({ widget: true });
    const api = await lotse.request('/healthz');
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await lotse.request('/widget.js');
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const docs = await lotse.request('/api/v1/docs');
    expect(docs.headers.get('content-security-policy')).toContain("style-src 'self' 'sha256-");
  });
});
