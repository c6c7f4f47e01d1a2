import { AppError, isPlatformAdmin, requireAccess, type Actor, type MembershipRole } from '@coopex/domain';
import { createRepositories, type Database, type UserRecord } from '@coopex/db';
import { recordChange } from '../shared/record-change';
import { isUniqueViolation } from '../shared/is-unique-violation';
import { hashPassword } from '../shared/secrets';
import { passwordRules } from './session-view';

/** A platform admin (or the operator at the machine) creates an account directly, with its memberships. */
export async function createUser(options: {
  database: Database;
  actor: Actor;
  email: string;
  displayName: string;
  password: string;
  isPlatformAdmin?: boolean;
  memberships?: Array<{ organisationId: string; role: MembershipRole; canBuy: boolean; canSupply: boolean }>;
}): Promise<UserRecord> {
  requireAccess(options.actor, isPlatformAdmin(options.actor), 'create users');
  if (options.password.length < passwordRules.minimumLength) {
    throw new AppError(
      'validation_failed',
      `A password has at least ${passwordRules.minimumLength} characters`,
      [{ field: 'password', reason: 'too short' }],
    );
  }
  const passwordHash = await hashPassword(options.password);
  return options.database.transaction(async (transaction) => {
    const repositories = createRepositories(transaction);
    let user: UserRecord;
    try {
      user = await repositories.accounts.insertUser({
        email: options.email.trim(),
        displayName: options.displayName,
        passwordHash,
        isPlatformAdmin: options.isPlatformAdmin ?? false,
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new AppError('conflict', `An account with email ${options.email} exists`, { field: 'email' });
    }
    for (const membership of options.memberships ?? []) {
      await repositories.accounts.upsertMembership({ userId: user.id, ...membership });
    }
    await recordChange(repositories, options.actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      organisationId: options.memberships?.[0]?.organisationId ?? null,
      after: {
        email: user.email,
        isPlatformAdmin: user.isPlatformAdmin,
        memberships: options.memberships ?? [],
      },
    });
    return user;
  });
}
