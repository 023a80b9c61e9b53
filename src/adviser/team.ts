import { z } from 'zod';
import { ApiError, toIssues } from '../http/errors.js';
import type {
  AccountAuditAction,
  AdviserAccount,
  AdviserRole,
  AdviserStorage,
  LinkRecord,
} from '../storage/adviser-port.js';
import { MIN_PASSWORD, NewAdviser } from './accounts.js';
import { type PublicAdviser, publicAdviser } from './auth.js';
import type { PasswordGate } from './password-gate.js';
import { randomToken, sha256 } from './tokens.js';

export interface TeamDeps {
  storage: AdviserStorage;
  gate: PasswordGate;
  now: () => string;
  newId: () => string;
}

/** An account as admins see it: never the hash, but whether it can sign in. */
export interface TeamMember extends PublicAdviser {
  createdAt: string;
  disabled: boolean;
  /** A login lock in force now (it lifts by itself, or an admin unlocks it). */
  locked: boolean;
}

const INVITE_DAYS = 7;
const RESET_HOURS = 24;
const addHours = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

const Password = z
  .string()
  .min(MIN_PASSWORD, `a password of at least ${MIN_PASSWORD} characters`)
  .max(200, 'a password of at most 200 characters');

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = toIssues(parsed.error.issues);
  throw new ApiError('invalid_request', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
}

/**
 * The team, administered in the inbox: invitations and password resets as one-time links (only the
 * token's hash is stored), disabling, roles, unlocking. Admins only, never on their own account
 * (so the last admin cannot lock everyone out); every action is in the audit log.
 */
export function createTeam(deps: TeamDeps) {
  const { storage } = deps;

  function mustBeAdmin(actor: PublicAdviser) {
    if (actor.role !== 'admin') throw new ApiError('forbidden', 'administering accounts is for admins');
  }

  async function other(actor: PublicAdviser, id: string): Promise<AdviserAccount> {
    mustBeAdmin(actor);
    if (id === actor.id) throw new ApiError('conflict', 'not on your own account; ask another admin');
    const account = await storage.advisers.get(id);
    if (!account) throw new ApiError('not_found', `no adviser ${id}`);
    return account;
  }

  async function audit(actorId: string, action: AccountAuditAction, subjectId: string | null, detail?: string) {
    await storage.audit.append({
      id: deps.newId(),
      at: deps.now(),
      adviserId: actorId,
      action,
      escalationId: null,
      caseNumber: null,
      subjectId,
      detail: detail ?? null,
    });
  }

  /** A fresh one-time link; the token is returned once and only its hash is kept. */
  async function link(record: Omit<LinkRecord, 'tokenHash' | 'usedAt'>) {
    const token = randomToken();
    await storage.links.create({ ...record, tokenHash: await sha256(token), usedAt: null });
    const fragment = record.kind === 'invite' ? 'invite' : 'reset';
    // In the fragment, so the token never reaches a server log or a Referer header.
    return { token, path: `/inbox#${fragment}=${token}`, expiresAt: record.expiresAt };
  }

  const member = (a: AdviserAccount, now: string): TeamMember => ({
    ...publicAdviser(a),
    createdAt: a.createdAt,
    disabled: a.disabledAt !== null,
    locked: a.lockedUntil !== null && a.lockedUntil > now,
  });

  return {
    async list(actor: PublicAdviser): Promise<TeamMember[]> {
      mustBeAdmin(actor);
      const now = deps.now();
      return (await storage.advisers.list()).map((a) => member(a, now));
    },

    async invite(actor: PublicAdviser, input: { email: string; name: string; role?: AdviserRole }) {
      mustBeAdmin(actor);
      const { email, name, role } = parse(NewAdviser.omit({ password: true }), input);
      if (await storage.advisers.findByEmail(email))
        throw new ApiError('conflict', `an adviser with the e-mail ${email} exists`);
      const now = deps.now();
      const made = await link({
        kind: 'invite',
        adviserId: null,
        email,
        name,
        role,
        createdBy: actor.id,
        createdAt: now,
        expiresAt: addHours(now, INVITE_DAYS * 24),
      });
      await audit(actor.id, 'invited', null, role);
      return made;
    },

    /** What a link is for, to show the right form; nothing for a used, expired or made-up token. */
    async peek(token: string) {
      const found = await storage.links.peek(await sha256(token), deps.now());
      if (!found) throw new ApiError('not_found', 'this link is not valid (used, expired or mistyped)');
      const account = found.adviserId ? await storage.advisers.get(found.adviserId) : undefined;
      return { kind: found.kind, name: found.name ?? account?.name ?? '', email: found.email ?? account?.email ?? '' };
    },

    /** Accepts an invitation: the account is created with the chosen password. */
    async join(token: string, password: string): Promise<PublicAdviser> {
      const chosen = parse(Password, password);
      const found = await storage.links.redeem(await sha256(token), 'invite', deps.now());
      if (!found?.email || !found.name || !found.role)
        throw new ApiError('not_found', 'this link is not valid (used, expired or mistyped)');
      const account: AdviserAccount = {
        id: deps.newId(),
        email: found.email,
        name: found.name,
        role: found.role,
        passwordHash: await deps.gate.hash(chosen),
        createdAt: deps.now(),
        failedLogins: 0,
        lockedUntil: null,
        lockouts: 0,
        disabledAt: null,
      };
      if (!(await storage.advisers.create(account)))
        throw new ApiError('conflict', `an adviser with the e-mail ${found.email} exists`);
      await audit(account.id, 'joined', account.id, account.role);
      return publicAdviser(account);
    },

    /**
     * Resets a password: the old one stops working at once (a random one replaces it), the account's
     * sessions end, and the adviser sets a new one through the one-time link.
     */
    async resetPassword(actor: PublicAdviser, id: string) {
      const account = await other(actor, id);
      await storage.advisers.update(id, { passwordHash: await deps.gate.hash(randomToken()) });
      await storage.sessions.deleteFor(id);
      const now = deps.now();
      const made = await link({
        kind: 'reset',
        adviserId: account.id,
        email: null,
        name: null,
        role: null,
        createdBy: actor.id,
        createdAt: now,
        expiresAt: addHours(now, RESET_HOURS),
      });
      await audit(actor.id, 'password_reset_sent', id);
      return made;
    },

    /** Sets the password through a reset link; a lock from before goes with it. */
    async setPassword(token: string, password: string): Promise<PublicAdviser> {
      const chosen = parse(Password, password);
      const found = await storage.links.redeem(await sha256(token), 'reset', deps.now());
      const account = found?.adviserId ? await storage.advisers.get(found.adviserId) : undefined;
      if (!account) throw new ApiError('not_found', 'this link is not valid (used, expired or mistyped)');
      await storage.advisers.update(account.id, { passwordHash: await deps.gate.hash(chosen) });
      await storage.advisers.unlock(account.id);
      await storage.sessions.deleteFor(account.id);
      await audit(account.id, 'password_set', account.id);
      return publicAdviser(account);
    },

    async setDisabled(actor: PublicAdviser, id: string, disabled: boolean) {
      await other(actor, id);
      await storage.advisers.update(id, { disabledAt: disabled ? deps.now() : null });
      if (disabled) await storage.sessions.deleteFor(id);
      await audit(actor.id, disabled ? 'disabled' : 'enabled', id);
    },

    async setRole(actor: PublicAdviser, id: string, role: AdviserRole) {
      const account = await other(actor, id);
      if (account.role === role) return;
      await storage.advisers.update(id, { role });
      await audit(actor.id, 'role_changed', id, role);
    },

    /** Lifts a login lock (and its back-off) for an adviser who cannot wait for it to run out. */
    async unlock(actor: PublicAdviser, id: string) {
      await other(actor, id);
      await storage.advisers.unlock(id);
      await audit(actor.id, 'unlocked', id);
    },
  };
}

export type Team = ReturnType<typeof createTeam>;
