import { ApiError } from '../http/errors.js';
import type { AdviserAccount, AdviserRepo, LockoutRule, SessionRecord, SessionRepo } from '../storage/adviser-port.js';
import { createPasswordGate, type PasswordGate } from './password-gate.js';
import { randomToken, sha256 } from './tokens.js';

export interface AuthPolicy extends LockoutRule {
  sessionHours: number;
}

/** Five attempts, then a minute's lock that doubles with each lock in a row, to at most an hour. */
export const DEFAULT_AUTH_POLICY: AuthPolicy = {
  maxFailures: 5,
  lockSeconds: 60,
  maxLockSeconds: 3600,
  sessionHours: 8,
};

export interface AdviserAuthDeps {
  advisers: AdviserRepo;
  sessions: SessionRepo;
  now: () => string;
  policy?: Partial<AuthPolicy>;
  /** Bounds concurrent password hashing and paces logins that check none; one per runtime. */
  gate?: PasswordGate;
}

/** What the API shows of an account (never the hash or the login counters). */
export type PublicAdviser = Pick<AdviserAccount, 'id' | 'email' | 'name' | 'role'>;
export const publicAdviser = (a: AdviserAccount): PublicAdviser => ({
  id: a.id,
  email: a.email,
  name: a.name,
  role: a.role,
});

export interface Authenticated {
  adviser: PublicAdviser;
  session: SessionRecord;
}

const addMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
/**
 * The one answer to every refused login: unknown address, wrong password, locked or disabled
 * account. A different answer for a locked account would tell a guesser which addresses exist.
 */
const refused = () => new ApiError('unauthorized', 'e-mail address or password is wrong, or the account is locked');

/** Password login with lockout, and server-side sessions whose cookie value is stored only as a hash. */
export function createAdviserAuth(deps: AdviserAuthDeps) {
  const policy = { ...DEFAULT_AUTH_POLICY, ...deps.policy };
  const gate = deps.gate ?? createPasswordGate();

  return {
    policy,
    async login(email: string, password: string) {
      const account = await deps.advisers.findByEmail(email.trim().toLowerCase());
      const now = deps.now();
      // The attempt is counted before the hash is checked, atomically: parallel guesses cannot slip
      // past the limit. A refusal without a check takes as long as one with, without hashing.
      if (!account || !(await deps.advisers.reserveLogin(account.id, now, policy))) {
        await gate.pace();
        throw refused();
      }
      if (!(await gate.verify(password, account.passwordHash))) throw refused();
      await deps.advisers.loginSucceeded(account.id);
      const token = randomToken();
      const session: SessionRecord = {
        tokenHash: await sha256(token),
        adviserId: account.id,
        csrfToken: randomToken(),
        createdAt: now,
        expiresAt: addMinutes(now, policy.sessionHours * 60),
      };
      await deps.sessions.create(session);
      return { token, session, adviser: publicAdviser(account) };
    },

    async authenticate(token: string | undefined): Promise<Authenticated | undefined> {
      if (!token || token.length > 100) return undefined;
      const session = await deps.sessions.get(await sha256(token));
      if (!session || session.expiresAt <= deps.now()) return undefined;
      const account = await deps.advisers.get(session.adviserId);
      return account && !account.disabledAt ? { adviser: publicAdviser(account), session } : undefined;
    },

    async logout(token: string): Promise<void> {
      await deps.sessions.delete(await sha256(token));
    },
  };
}

export type AdviserAuth = ReturnType<typeof createAdviserAuth>;
