import { expect } from 'vitest';

/** One HTTP exchange with a Lotse instance, whatever runs it (Node app, Worker entry). */
export type LotseFetch = (request: Request) => Promise<Response>;

export interface Turn {
  id?: string;
  messages: Array<{ id: string; role: string; text: string; options?: Array<{ value: string; label: string }> }>;
  state: {
    status: 'collecting' | 'answered' | 'with_adviser' | 'closed';
    facts: Record<string, unknown>;
    pendingQuestion?: { factKey: string; options: Array<{ value: string; label: string }> };
    assessment?: { outcome: string; citations: unknown[] };
  };
  /** The facts this turn read from the employer's message (contract v1.1). */
  understood?: Array<{ factKey: string; value: unknown }>;
}

export const BASE = 'http://lotse.test';

export function client(fetch: LotseFetch) {
  const send = (path: string, init: RequestInit = {}) => fetch(new Request(`${BASE}${path}`, init));
  const json = (method: string, path: string, body?: unknown) =>
    send(path, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const ok = async <T>(response: Promise<Response>): Promise<T> => {
    const res = await response;
    const text = await res.text();
    expect(res.status, text).toBeLessThan(300);
    return JSON.parse(text) as T;
  };
  return {
    send,
    json,
    create: (lang: 'de' | 'en' = 'de') => ok<Turn & { id: string }>(json('POST', '/api/v1/conversations', { lang })),
    say: (id: string, body: { text?: string; choice?: { factKey: string; value: string }; clientMessageId?: string }) =>
      ok<Turn>(json('POST', `/api/v1/conversations/${id}/messages`, body)),
    get: (id: string) => ok<Turn & { messages: Turn['messages'] }>(json('GET', `/api/v1/conversations/${id}`)),
  };
}

/** Slack's v0 signature with Web Crypto, so the same helper runs on Node and in workerd. */
export async function slackSignature(secret: string, timestamp: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`v0:${timestamp}:${body}`));
  return `v0=${[...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
