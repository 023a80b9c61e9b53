import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonPost } from './support/http.js';
import { PASSWORD, startLotse, type TestLotse } from './support/lotse.js';

// Issue 15, items 2, 3 and 7: the lockout must hold against parallel guesses, a login flood must not
// starve the rest of the server, and a locked account must answer like an unknown one.

let lotse: TestLotse;
beforeAll(async () => {
  // OWASP's scrypt cost, not the suites' cheap test cost: the flood test below is about what real hashes
  // do to libuv's thread pool (with N=2^10 all 32 logins can answer before the file read).
  lotse = await startLotse({ ADVISER_PASSWORD_COST: 'owasp' });
}, 60_000);
afterAll(() => lotse?.stop());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  jsonPost(lotse.app, '/api/v1/adviser/login', { email, password }, headers);

const loginState = (email: string) =>
  lotse.readonly().prepare('SELECT failed_logins, locked_until FROM advisers WHERE email = ?').get(email) as {
    failed_logins: number;
    locked_until: string | null;
  };

describe('login lockout under parallel guesses', { timeout: 60_000 }, () => {
  it('locks the account when 40 wrong passwords arrive at once; the right one is refused afterwards', async () => {
    const victim = await lotse.addAdviser('Paula Parallel');
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(victim.email, `falsch-${i}-xxxxxxxxxx`)),
    );
    expect(guesses.every((r) => r.status === 401 || r.status === 429)).toBe(true);
    expect(loginState(victim.email).locked_until).not.toBeNull();
    const right = await login(victim.email, PASSWORD);
    expect([401, 429]).toContain(right.status);
    expect(right.headers.get('set-cookie')).toBeNull();
  });
});

describe('a locked account and an unknown one', { timeout: 60_000 }, () => {
  it('answer alike: same status, same message', async () => {
    const locked = await lotse.addAdviser('Lars Gesperrt');
    for (let i = 0; i < 5; i++) await login(locked.email, `falsch-${i}-xxxxxxxxxx`);
    expect(loginState(locked.email).locked_until).not.toBeNull();
    const fromLocked = await login(locked.email, PASSWORD);
    const fromUnknown = await login('gibt-es-nicht@beratung.example', PASSWORD);
    expect(fromLocked.status).toBe(fromUnknown.status);
    expect(await fromLocked.json()).toEqual(await fromUnknown.json());
  });
});

describe('a login flood', { timeout: 120_000 }, () => {
  it('leaves the thread pool to file reads: the widget is served before 32 logins for unknown accounts answer', async () => {
    const order: string[] = [];
    const logins = Array.from({ length: 32 }, (_, i) =>
      Promise.resolve(login(`flood-${i}@nirgends.example`, 'irgendein-passwort')).then(() => order.push('login')),
    );
    // A file read through libuv's pool, like serving /widget.js.
    const read = readFile(new URL('../../package.json', import.meta.url)).then(() => order.push('file'));
    await Promise.all([...logins, read]);
    expect(order.indexOf('file')).toBeLessThan(order.length - 1);
    expect(order.indexOf('file')).toBeLessThan(16);
  });
});

describe('rate limits of the adviser side', { timeout: 60_000 }, () => {
  it('limit logins per client address and per e-mail address, known or not, and the adviser API per client', async () => {
    const limited = await startLotse({
      CLIENT_IP_HEADER: 'x-test-client',
      ADVISER_LOGIN_PER_ADDRESS: '3',
      ADVISER_LOGIN_PER_ACCOUNT: '4',
      ADVISER_API_PER_CLIENT: '20',
    });
    try {
      const attempt = (email: string, client: string) =>
        jsonPost(
          limited.app,
          '/api/v1/adviser/login',
          { email, password: 'falsch-xxxxxxxxxx' },
          {
            'x-test-client': client,
          },
        );
      const fromOne = [];
      for (let i = 0; i < 4; i++) fromOne.push((await attempt(`a${i}@nirgends.example`, '10.0.0.1')).status);
      expect(fromOne).toEqual([401, 401, 401, 429]);
      expect((await attempt('a9@nirgends.example', '10.0.0.2')).status).toBe(401);

      // The same (unknown) e-mail address from ever new addresses: the fifth attempt is refused.
      const spread = [];
      for (let i = 0; i < 5; i++) spread.push((await attempt('ziel@nirgends.example', `10.1.0.${i}`)).status);
      expect(spread).toEqual([401, 401, 401, 401, 429]);
      const tooMany = await attempt('ziel@nirgends.example', '10.1.0.9');
      expect(tooMany.headers.get('retry-after')).toMatch(/^\d+$/);

      const api = [];
      for (let i = 0; i < 21; i++)
        api.push(
          (await limited.app.request('/api/v1/adviser/me', { headers: { 'x-test-client': '10.2.0.1' } })).status,
        );
      expect(api.slice(0, 20).every((s) => s === 401)).toBe(true);
      expect(api[20]).toBe(429);
    } finally {
      await limited.stop();
    }
  });
});
