import { describe, expect, it } from 'vitest';
import { createAdviserAuth } from '../../src/adviser/auth.js';
import { verifyPassword } from '../../src/adviser/password.js';
import { createPasswordGate } from '../../src/adviser/password-gate.js';
import { adviserAccounts, RIGHT } from './support/accounts.js';

const { storage, account } = adviserAccounts('lotse-lockout-', 'Konto');

/** Auth on a hand-set clock, with the real verification counted (checks and the most at once). */
function authOnClock(start: string) {
  let now = Date.parse(start);
  const seen = { checks: 0, running: 0, mostAtOnce: 0, paced: 0 };
  const gate = createPasswordGate({
    maxConcurrent: 2,
    sleep: async () => {
      seen.paced++;
    },
    verify: async (password, stored) => {
      seen.checks++;
      seen.mostAtOnce = Math.max(seen.mostAtOnce, ++seen.running);
      try {
        // A macrotask between start and end, so parallel checks really overlap.
        await new Promise((resolve) => setTimeout(resolve, 5));
        return await verifyPassword(password, stored);
      } finally {
        seen.running--;
      }
    },
  });
  const auth = createAdviserAuth({
    advisers: storage.advisers,
    sessions: storage.sessions,
    now: () => new Date(now).toISOString(),
    gate,
  });
  return {
    auth,
    seen,
    advance(seconds: number) {
      now += seconds * 1000;
    },
    at: () => new Date(now).toISOString(),
  };
}

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'signed in',
    (e: { code?: string }) => e.code ?? 'error',
  );

describe('login lockout (issue 15, items 2, 3 and 7)', () => {
  it('counts 40 parallel wrong passwords before checking them: five are checked, the account locks', async () => {
    const { email, id } = await account();
    const { auth, seen } = authOnClock('2026-11-22T10:00:00.000Z');
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => outcome(auth.login(email, `falsch-${i}`))));
    expect(results.every((r) => r === 'unauthorized')).toBe(true);
    expect(seen.checks).toBe(5);
    expect(seen.mostAtOnce).toBeLessThanOrEqual(2);
    expect(await outcome(auth.login(email, RIGHT))).toBe('unauthorized');
    expect((await storage.advisers.get(id))?.lockedUntil).toBe('2026-11-22T10:01:00.000Z');
  });

  it('answers a locked and an unknown account alike, both paced without a password check', async () => {
    const { email } = await account();
    const { auth, seen } = authOnClock('2026-11-22T10:00:00.000Z');
    for (let i = 0; i < 5; i++) await outcome(auth.login(email, `falsch-${i}`));
    const checks = seen.checks;
    const locked = await auth.login(email, RIGHT).catch((e: Error) => e);
    const unknown = await auth.login('niemand@beratung.example', RIGHT).catch((e: Error) => e);
    expect(locked).toEqual(unknown);
    // Both wait as long as the real checks before them took, without a check of their own.
    expect(seen.checks).toBe(checks);
    expect(seen.paced).toBe(2);
  });

  it('locks for a minute, then twice as long each time in a row, up to an hour; a success starts over', async () => {
    const { email, id } = await account();
    const clock = authOnClock('2026-11-22T10:00:00.000Z');
    const lockFor = async () => {
      for (let i = 0; i < 5; i++) await outcome(clock.auth.login(email, `falsch-${i}`));
      const until = (await storage.advisers.get(id))?.lockedUntil ?? '';
      return (Date.parse(until) - Date.parse(clock.at())) / 1000;
    };
    const seconds: number[] = [];
    for (let round = 0; round < 8; round++) {
      const lock = await lockFor();
      seconds.push(lock);
      // Still locked one second before the end, even for the right password.
      clock.advance(lock - 1);
      expect(await outcome(clock.auth.login(email, RIGHT))).toBe('unauthorized');
      clock.advance(1);
    }
    expect(seconds).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600]);
    expect(await outcome(clock.auth.login(email, RIGHT))).toBe('signed in');
    expect(await lockFor()).toBe(60);
  });

  it('lets the right password through on the fifth attempt, and lifts the lock that attempt set', async () => {
    const { email, id } = await account();
    const { auth } = authOnClock('2026-11-22T10:00:00.000Z');
    for (let i = 0; i < 4; i++) await outcome(auth.login(email, `falsch-${i}`));
    expect(await outcome(auth.login(email, RIGHT))).toBe('signed in');
    expect(await storage.advisers.get(id)).toMatchObject({ failedLogins: 0, lockedUntil: null, lockouts: 0 });
  });

  it('lifts a lock when an admin unlocks the account', async () => {
    const { email, id } = await account();
    const { auth } = authOnClock('2026-11-22T10:00:00.000Z');
    for (let i = 0; i < 5; i++) await outcome(auth.login(email, `falsch-${i}`));
    expect(await storage.advisers.unlock(id)).toBe(true);
    expect(await outcome(auth.login(email, RIGHT))).toBe('signed in');
    expect(await storage.advisers.unlock(crypto.randomUUID())).toBe(false);
  });
});
