import { afterEach, describe, expect, it } from 'vitest';
import { createJsonLogger, type LogLevel } from '../../src/logger.js';
import { lotseOnFile } from './support/lotse-on-file.js';

let lotse: ReturnType<typeof lotseOnFile> | undefined;
afterEach(() => lotse?.close());

const SECRET_TEXT = 'Frau Amira K., geboren 03.04.1990, Duldung bis März';

async function logsOfOneTurn(level: LogLevel) {
  const lines: string[] = [];
  lotse = lotseOnFile({ logger: createJsonLogger(level, (line) => lines.push(line)) });
  const created = (await (await lotse.request('/api/v1/conversations', { body: { lang: 'de' } })).json()) as {
    id: string;
  };
  const res = await lotse.request(`/api/v1/conversations/${created.id}/messages`, {
    body: { text: SECRET_TEXT },
    headers: { 'x-request-id': 'req-42' },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('x-request-id')).toBe('req-42');
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('structured request logs', () => {
  it('log one JSON line per request with request id, route, status and latency, and no message text at info', async () => {
    const logs = await logsOfOneTurn('info');
    const turn = logs.find((l) => l.requestId === 'req-42');
    expect(turn).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'POST',
      route: '/api/v1/conversations/:id/messages',
      status: 200,
    });
    expect(typeof turn?.ms).toBe('number');
    expect(typeof turn?.time).toBe('string');
    expect(JSON.stringify(logs)).not.toContain('Amira');
  });

  it('log the message body only at debug level', async () => {
    const logs = await logsOfOneTurn('debug');
    const body = logs.find((l) => l.msg === 'request body' && l.requestId === 'req-42');
    expect(body?.level).toBe('debug');
    expect(String(body?.body)).toContain(SECRET_TEXT);
  });
});
