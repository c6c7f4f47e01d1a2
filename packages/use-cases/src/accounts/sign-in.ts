import { AppError } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { generateSecret, hashSecret, spendPasswordCheck, verifyPassword } from '../shared/secrets';
import { toSessionView, type SessionView } from './session-view';

export const signInPolicy = {
  /** Failed passwords in a row before the account locks. */
  failuresBeforeLock: 5,
  lockMinutes: 15,
  sessionHours: 12,
} as const;

/**
 * Checks an email and password and opens a session acting for the user's first organisation. Unknown emails cost as
 * much time as wrong passwords and get the same answer, so the form does not reveal who has an account.
 */
export async function signIn(options: {
  database: Database;
  email: string;
  password: string;
  now?: Date;
}): Promise<{ sessionToken: string; expiresAt: Date; session: SessionView }> {
  const now = options.now ?? new Date();
  const repositories = createRepositories(options.database);
  const user = await repositories.accounts.findUserByEmail(options.email.trim());
  const invalid = () => new AppError('invalid_credentials', 'Email or password is wrong', null);
  if (!user || !user.passwordHash || user.disabledAt) {
    await spendPasswordCheck(options.password);
    throw invalid();
  }
  if (user.lockedUntil && new Date(user.lockedUntil) > now) {
    throw new AppError('account_locked', 'Too many failed sign-ins: the account is locked for a while', {
      lockedUntil: user.lockedUntil,
    });
  }
  if (!(await verifyPassword(user.passwordHash, options.password))) {
    const lockUntil = new Date(now.getTime() + signInPolicy.lockMinutes * 60_000);
    const updated = await repositories.accounts.recordFailedSignIn(
      user.id,
      signInPolicy.failuresBeforeLock,
      lockUntil,
    );
    if (updated.lockedUntil && new Date(updated.lockedUntil) > now) {
      throw new AppError('account_locked', 'Too many failed sign-ins: the account is locked for a while', {
        lockedUntil: updated.lockedUntil,
      });
    }
    throw invalid();
  }
  await repositories.accounts.recordSuccessfulSignIn(user.id);

  const memberships = await repositories.accounts.listMembershipsOfUser(user.id);
  const sessionToken = generateSecret('cps_');
  const csrfToken = generateSecret('');
  const expiresAt = new Date(now.getTime() + signInPolicy.sessionHours * 3_600_000);
  // Where the user is an admin is usually where it works; the others are a switch away.
  const activeOrganisationId =
    (memberships.find((membership) => membership.role === 'admin') ?? memberships[0])?.organisationId ?? null;
  await repositories.accounts.insertSession({
    tokenHash: hashSecret(sessionToken),
    userId: user.id,
    organisationId: activeOrganisationId,
    csrfToken,
    expiresAt,
  });
  return {
    sessionToken,
    expiresAt,
    session: toSessionView({ user, memberships, activeOrganisationId, csrfToken }),
  };
}
