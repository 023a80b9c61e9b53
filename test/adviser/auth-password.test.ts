import { randomBytes, scryptSync } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dummyHash, hashPassword, SCRYPT_COSTS, verifyPassword } from '../../src/adviser/password.js';
import { createPasswordGate } from '../../src/adviser/password-gate.js';

/** scrypt$N$r$p$salt$key, the stored format: the parameters travel with the hash. */
const FORMAT = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([\w-]{22})\$([\w-]{43})$/;
const params = (stored: string) => FORMAT.exec(stored)?.slice(1, 4).map(Number);

/** A hash built here with node:crypto directly, not by the code under test. */
function independentHash(password: string, keyLength = 32): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, keyLength, { N: 1024, r: 8, p: 1 });
  return ['scrypt', 1024, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

describe('adviser password hashes', () => {
  it("hashes with OWASP's scrypt cost (N=2^15, r=8, p=3) unless told otherwise, and verifies only the right password", async () => {
    const stored = await hashPassword('ein-langes-passwort');
    expect(params(stored)).toEqual([32768, 8, 3]);
    expect(await verifyPassword('ein-langes-passwort', stored)).toBe(true);
    expect(await verifyPassword('ein-langes-passwort!', stored)).toBe(false);
  });

  it('hashes with the cost it is given (the test cost: N=2^10, p=1), with a new salt each time', async () => {
    const [a, b] = await Promise.all([
      hashPassword('ein-langes-passwort', SCRYPT_COSTS.test),
      hashPassword('ein-langes-passwort', SCRYPT_COSTS.test),
    ]);
    expect([params(a), params(b)]).toEqual([
      [1024, 8, 1],
      [1024, 8, 1],
    ]);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(await verifyPassword('ein-langes-passwort', a)).toBe(true);
    expect(await verifyPassword('ein-langes-passwort', b)).toBe(true);
  });

  it('verifies a hash made by node:crypto itself (same derivation, 32-byte key) and refuses one with a shorter key', async () => {
    expect(await verifyPassword('geheimes-passwort', independentHash('geheimes-passwort'))).toBe(true);
    expect(await verifyPassword('geheimes-passwort', independentHash('geheimes-passwort', 16))).toBe(false);
  });

  it('treats a password typed with a composed or a decomposed umlaut as the same password (NFC)', async () => {
    const composed = 'Grüße-aus-Köln-2026';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(await verifyPassword(decomposed, await hashPassword(composed, SCRYPT_COSTS.test))).toBe(true);
    expect(await verifyPassword(composed, independentHash(decomposed.normalize('NFC')))).toBe(true);
  });

  it('never matches a malformed stored hash, and does not throw on one', async () => {
    const good = independentHash('geheimes-passwort');
    const [, n, r, p, salt, key] = good.split('$');
    const malformed = [
      ['bcrypt', n, r, p, salt, key],
      ['scrypt', n, r, p, '', key],
      ['scrypt', n, r, p, salt, ''],
      ['scrypt', n, r, p, salt],
      ['scrypt', '0', r, p, salt, key],
      ['scrypt', '-1024', r, p, salt, key],
      ['scrypt', '1024.5', r, p, salt, key],
      ['scrypt', n, 'x', p, salt, key],
      ['scrypt', n, r, '0', salt, key],
    ].map((parts) => parts.join('$'));
    for (const stored of [...malformed, '', 'scrypt'])
      expect(await verifyPassword('geheimes-passwort', stored), stored).toBe(false);
  });

  it('makes dummy hashes (for unknown addresses) in the same format and at the cost asked for', async () => {
    expect(params(await dummyHash(SCRYPT_COSTS.test))).toEqual([1024, 8, 1]);
    expect(params(await dummyHash())).toEqual([32768, 8, 3]);
  });
});

describe('the password gate', () => {
  it("hashes at OWASP's cost by default and at the cost it is built with", async () => {
    expect(params(await createPasswordGate().hash('ein-langes-passwort'))).toEqual([32768, 8, 3]);
    expect(params(await createPasswordGate({ cost: SCRYPT_COSTS.test }).hash('ein-langes-passwort'))).toEqual([
      1024, 8, 1,
    ]);
  });

  it('calibrates its pacing on a throwaway hash of its own cost', async () => {
    const checked: string[] = [];
    const gate = createPasswordGate({
      cost: SCRYPT_COSTS.test,
      verify: async (password, stored) => {
        checked.push(stored);
        return verifyPassword(password, stored);
      },
    });
    await gate.pace();
    expect(checked.map(params)).toEqual([[1024, 8, 1]]);
  });

  /** A gate whose clock is read from a script and whose checks answer at once. */
  function scriptedGate(times: number[], sleep?: (ms: number) => Promise<void>) {
    const clock = () => times.shift() ?? 0;
    return createPasswordGate({ clock, verify: async () => false, ...(sleep ? { sleep } : {}) });
  }

  it('paces a refusal without a check as long as the moving average of real checks (0.8 old, 0.2 new)', async () => {
    const slept: number[] = [];
    const gate = scriptedGate([1000, 1100, 2000, 2200], async (ms) => {
      slept.push(ms);
    });
    await gate.verify('x', 'stored'); // took 100 ms
    await gate.pace();
    await gate.verify('x', 'stored'); // took 200 ms
    await gate.pace();
    expect(slept).toEqual([100, 120]);
  });

  it('measures real checks on its own monotonic clock when none is given', async () => {
    const slept: number[] = [];
    const gate = createPasswordGate({
      verify: () => new Promise((resolve) => setTimeout(() => resolve(false), 5)),
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    await gate.verify('x', 'stored');
    await gate.pace();
    expect(slept).toHaveLength(1);
    expect(Number.isFinite(slept[0])).toBe(true);
    expect(slept[0]).toBeGreaterThan(0);
  });

  describe('without an injected sleep', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('waits on a timer for the measured time', async () => {
      vi.useFakeTimers();
      const gate = scriptedGate([0, 300]);
      await gate.verify('x', 'stored');
      let done = false;
      const paced = gate.pace().then(() => {
        done = true;
      });
      await vi.advanceTimersByTimeAsync(299);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await paced;
      expect(done).toBe(true);
    });
  });

  it('hashes at most two passwords at once by default, and as many as it is told', async () => {
    async function mostAtOnce(maxConcurrent?: number) {
      let running = 0;
      let most = 0;
      const gate = createPasswordGate({
        ...(maxConcurrent ? { maxConcurrent } : {}),
        hash: async () => {
          most = Math.max(most, ++running);
          await new Promise((resolve) => setTimeout(resolve, 5));
          running--;
          return 'hash';
        },
      });
      await Promise.all(Array.from({ length: 6 }, (_, i) => gate.hash(`passwort-${i}`)));
      return most;
    }
    expect(await mostAtOnce()).toBe(2);
    expect(await mostAtOnce(3)).toBe(3);
  });
});
