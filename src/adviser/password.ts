import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/**
 * scrypt with OWASP's N=2^15, r=8, p=3 (about 32 MiB per hash): slow enough to make guessing
 * expensive, small enough for a Worker. node:crypto's scrypt also runs on Workers (nodejs_compat).
 * The parameters are stored with the hash, so they can be raised later without breaking old hashes.
 * `test` (N=2^10, p=1, about 100 times cheaper) exists for the test suites and mutation runs only:
 * config.ts refuses ADVISER_PASSWORD_COST=test unless NODE_ENV=test.
 */
export const SCRYPT_COSTS = {
  owasp: { N: 2 ** 15, r: 8, p: 3 },
  test: { N: 2 ** 10, r: 8, p: 1 },
} as const satisfies Record<string, ScryptCost>;
const DEFAULT: ScryptCost = SCRYPT_COSTS.owasp;
const KEY_LENGTH = 32;
const MAX_MEM = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem: MAX_MEM }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string, cost: ScryptCost = DEFAULT): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Constant-time comparison; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  if (!Object.values(options).every((v) => Number.isInteger(v) && v > 0)) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), options);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of a random password: unknown e-mail addresses cost as much time as known ones. */
export const dummyHash = (cost: ScryptCost = DEFAULT): Promise<string> =>
  hashPassword(randomBytes(16).toString('hex'), cost);
