import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import { liveRoutes } from '../../src/channels/web/live-routes.js';
import { readEvents } from '../support/event-stream.js';
import { freePort } from '../support/server-process.js';
import { webApp } from './web-app.js';

async function withAdviser() {
  const web = webApp();
  const conv = await web.service.create('de');
  await web.service.post(conv.id, { choice: { factKey: 'action', value: 'handoff' } });
  await web.service.post(conv.id, { choice: { factKey: 'handoffConsent', value: 'yes' } });
  return { ...web, id: conv.id };
}

describe('GET /api/v1/conversations/{id}/events', () => {
  it('streams ready, then an adviser reply as it is sent, with heartbeats in between', async () => {
    const { app, service, id } = await withAdviser();
    const res = await app.request(`/api/v1/conversations/${id}/events`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    setTimeout(() => void service.adviserReply(id, 'Guten Tag von der Beratung'), 120);
    const text = await readEvents(res, (t) => t.includes('Guten Tag von der Beratung'));
    expect(text).toMatch(/^event: ready\ndata: \{"status":"with_adviser"\}\nretry: 3000\n\n/);
    expect(text).toContain(': heartbeat\n\n');
    const message = text.split('\n\n').find((block) => block.startsWith('event: message'));
    const data = JSON.parse(message?.match(/^data: (.*)$/m)?.[1] ?? '{}');
    expect(data).toMatchObject({ type: 'message', message: { role: 'adviser', text: 'Guten Tag von der Beratung' } });
    expect(message).toContain(`id: ${data.message.id}`);
  });

  it('sends status changes when the adviser hands back', async () => {
    const { app, service, id } = await withAdviser();
    const res = await app.request(`/api/v1/conversations/${id}/events`);
    setTimeout(() => void service.handBack(id), 50);
    const text = await readEvents(res, (t) => t.includes('event: status'));
    expect(text).toContain('event: status\ndata: {"type":"status","status":"collecting"}');
  });

  it('answers 404 as JSON for an unknown conversation, before any stream starts', async () => {
    const { app } = webApp();
    const res = await app.request('/api/v1/conversations/00000000-0000-4000-8000-999999999999/events');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('unsubscribes when the client goes away', async () => {
    const { service, id } = await withAdviser();
    let listeners = 0;
    const counting = {
      get: service.get,
      subscribe: (cid: string, listener: Parameters<typeof service.subscribe>[1]) => {
        listeners += 1;
        const off = service.subscribe(cid, listener);
        return () => {
          listeners -= 1;
          off();
        };
      },
    };
    const res = await liveRoutes(counting, { heartbeatMs: 20 }).request(`/api/v1/conversations/${id}/events`);
    const reader = res.body?.getReader();
    await reader?.read(); // `ready` arrived: the stream is subscribed
    expect(listeners).toBe(1);
    await reader?.cancel(); // what a closed tab looks like to the server
    await expect.poll(() => listeners).toBe(0);

    // The same over a real socket: the Node server notices the dropped connection.
    const server = serve({
      fetch: liveRoutes(counting, { heartbeatMs: 20 }).fetch,
      port: await freePort(),
      hostname: '127.0.0.1',
    });
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address() as AddressInfo;
    const controller = new AbortController();
    const live = await fetch(`http://127.0.0.1:${address.port}/api/v1/conversations/${id}/events`, {
      signal: controller.signal,
    });
    await live.body?.getReader().read();
    expect(listeners).toBe(1);
    controller.abort();
    await expect.poll(() => listeners).toBe(0);
    (server as unknown as { closeAllConnections(): void }).closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
});
