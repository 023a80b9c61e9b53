import { describe, expect, it } from 'vitest';
import { createAdviserAuth } from '../../src/adviser/auth.js';
import { createPasswordGate } from '../../src/adviser/password-gate.js';
import { adviserAccounts, RIGHT } from './support/accounts.js';

// Sessions of createAdviserAuth on a real SQLite file and a hand-set clock (issue 16.4: what the mutation
// run of src/adviser/auth.ts showed no test asserting: the session's lifetime, a disabled account's
// sessions, the normalised address, the one refusal message).
const { storage, account } = adviserAccounts('lotse-auth-session-', 'Sitzung');

function authAt(start: string) {
  let now = Date.parse(start);
  const auth = createAdviserAuth({
    advisers: storage.advisers,
    sessions: storage.sessions,
    now: () => new Date(now).toISOString(),
    gate: createPasswordGate({ sleep: async () => {} }),
  });
  return {
    auth,
    set(iso: string) {
      now = Date.parse(iso);
    },
  };
}

describe('adviser sessions', () => {
  it('last eight hours (the default policy): valid a millisecond before the end, gone at it', async () => {
    const { email, id } = await account();
    const clock = authAt('2026-11-22T10:00:00.000Z');
    const { token, session } = await clock.auth.login(email, RIGHT);
    expect(session).toMatchObject({ createdAt: '2026-11-22T10:00:00.000Z', expiresAt: '2026-11-22T18:00:00.000Z' });
    clock.set('2026-11-22T17:59:59.999Z');
    expect((await clock.auth.authenticate(token))?.adviser).toMatchObject({ id, email });
    clock.set('2026-11-22T18:00:00.000Z');
    expect(await clock.auth.authenticate(token)).toBeUndefined();
  });

  it('do not authenticate without a token, with an empty or a made-up one, or after logout', async () => {
    const { email } = await account();
    const { auth } = authAt('2026-11-22T10:00:00.000Z');
    const { token } = await auth.login(email, RIGHT);
    expect(await auth.authenticate(undefined)).toBeUndefined();
    expect(await auth.authenticate('')).toBeUndefined();
    expect(await auth.authenticate('x'.repeat(43))).toBeUndefined();
    expect(await auth.authenticate(`${token}x`)).toBeUndefined();
    expect(await auth.authenticate(token)).toBeDefined();
    await auth.logout(token);
    expect(await auth.authenticate(token)).toBeUndefined();
  });

  it('end when the account is disabled, even before the store ends them', async () => {
    const { email, id } = await account();
    const { auth } = authAt('2026-11-22T10:00:00.000Z');
    const { token } = await auth.login(email, RIGHT);
    expect(await storage.advisers.update(id, { disabledAt: '2026-11-22T10:05:00.000Z' })).toBe(true);
    expect(await auth.authenticate(token)).toBeUndefined();
  });
});

describe('adviser login', () => {
  it('takes the e-mail address in any case and with spaces around it', async () => {
    const { email } = await account();
    const { auth } = authAt('2026-11-22T10:00:00.000Z');
    const { adviser } = await auth.login(`  ${email.toUpperCase()} `, RIGHT);
    expect(adviser.email).toBe(email);
  });

  it('refuses an unknown address and a wrong password with the same message, which names both causes', async () => {
    const { email } = await account();
    const { auth } = authAt('2026-11-22T10:00:00.000Z');
    const wrong = await auth.login(email, 'falsches-passwort').catch((e: unknown) => e);
    const unknown = await auth.login('niemand@beratung.example', RIGHT).catch((e: unknown) => e);
    expect(wrong).toMatchObject({
      code: 'unauthorized',
      message: 'e-mail address or password is wrong, or the account is locked',
    });
    expect(unknown).toEqual(wrong);
  });
});
