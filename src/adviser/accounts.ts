import { z } from 'zod';
import { ApiError, toIssues } from '../http/errors.js';
import type { AdviserRepo } from '../storage/adviser-port.js';
import { type PublicAdviser, publicAdviser } from './auth.js';
import { hashPassword, type ScryptCost } from './password.js';

export const MIN_PASSWORD = 12;

export const NewAdviser = z.object({
  email: z
    .email('a valid e-mail address')
    .max(200)
    .transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, 'a name').max(100),
  role: z.enum(['adviser', 'admin']).default('adviser'),
  password: z
    .string()
    .min(MIN_PASSWORD, `a password of at least ${MIN_PASSWORD} characters`)
    .max(200, 'a password of at most 200 characters'),
});
export type NewAdviserInput = z.input<typeof NewAdviser>;

/** Creates an adviser account; the password is stored only as a slow hash. */
export async function addAdviser(
  repo: AdviserRepo,
  input: NewAdviserInput,
  deps: { now: () => string; newId: () => string; passwordCost?: ScryptCost },
): Promise<PublicAdviser> {
  const parsed = NewAdviser.safeParse(input);
  if (!parsed.success) {
    const issues = toIssues(parsed.error.issues);
    throw new ApiError('invalid_request', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
  }
  const { email, name, role, password } = parsed.data;
  const account = {
    id: deps.newId(),
    email,
    name,
    role,
    passwordHash: await hashPassword(password, deps.passwordCost),
    createdAt: deps.now(),
    failedLogins: 0,
    lockedUntil: null,
    lockouts: 0,
    disabledAt: null,
  };
  if (!(await repo.create(account))) throw new ApiError('conflict', `an adviser with the e-mail ${email} exists`);
  return publicAdviser(account);
}
