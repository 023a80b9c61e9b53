import { ApiError } from '../http/errors.js';
import type { AdviserAccount, AdviserRepo, SessionRecord, SessionRepo } from '../storage/adviser-port.js';
import { dummyHash, verifyPassword } from './password.js';
import { randomToken, sha256 } from './tokens.js';

export interface AuthPolicy {
  /** Failed logins in a row before the account is locked. */
  maxFailures: number;
  lockMinutes: number;
  sessionHours: number;
}

export const DEFAULT_AUTH_POLICY: AuthPolicy = { maxFailures: 5, lockMinutes: 15, sessionHours: 8 };

export interface AdviserAuthDeps {
  advisers: AdviserRepo;
  sessions: SessionRepo;
  now: () => string;
  policy?: Partial<AuthPolicy>;
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
const WRONG = 'e-mail address or password is wrong';

/** Password login with lockout, and server-side sessions whose cookie value is stored only as a hash. */
export function createAdviserAuth(deps: AdviserAuthDeps) {
  const policy = { ...DEFAULT_AUTH_POLICY, ...deps.policy };
  let dummy: Promise<string> | undefined;

  return {
    policy,
    async login(email: string, password: string) {
      const account = await deps.advisers.findByEmail(email.trim().toLowerCase());
      if (!account) {
        dummy ??= dummyHash();
        await verifyPassword(password, await dummy);
        throw new ApiError('unauthorized', WRONG);
      }
      const now = deps.now();
      if (account.lockedUntil && account.lockedUntil > now)
        throw new ApiError(
          'rate_limited',
          `too many failed logins; the account is locked until ${account.lockedUntil}`,
        );
      if (!(await verifyPassword(password, account.passwordHash))) {
        const failedLogins = account.failedLogins + 1;
        if (failedLogins >= policy.maxFailures) {
          const lockedUntil = addMinutes(now, policy.lockMinutes);
          await deps.advisers.setLoginState(account.id, { failedLogins: 0, lockedUntil });
          throw new ApiError('rate_limited', `too many failed logins; the account is locked until ${lockedUntil}`);
        }
        await deps.advisers.setLoginState(account.id, { failedLogins, lockedUntil: null });
        throw new ApiError('unauthorized', WRONG);
      }
      if (account.failedLogins > 0 || account.lockedUntil)
        await deps.advisers.setLoginState(account.id, { failedLogins: 0, lockedUntil: null });
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
      return account ? { adviser: publicAdviser(account), session } : undefined;
    },

    async logout(token: string): Promise<void> {
      await deps.sessions.delete(await sha256(token));
    },
  };
}

export type AdviserAuth = ReturnType<typeof createAdviserAuth>;
