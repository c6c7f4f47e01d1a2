import { AppError, actorForUser } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { recordChange } from '../shared/record-change';
import { hashPassword, hashSecret } from '../shared/secrets';

/**
 * Joins the inviting organisation: a new account is created with the given password, or an existing account of that
 * email gains the membership (its password stays as it was).
 */
export async function acceptInvitation(options: {
  database: Database;
  token: string;
  displayName: string;
  password: string;
}): Promise<{ userId: string; organisationId: string; isNewUser: boolean }> {
  const passwordHash = await hashPassword(options.password);
  return options.database.transaction(async (transaction) => {
    const repositories = createRepositories(transaction);
    const invitation = await repositories.accounts.acceptInvitation(hashSecret(options.token));
    if (!invitation) throw new AppError('token_invalid', 'The invitation is unknown, used or expired', null);
    const existing = await repositories.accounts.findUserByEmail(invitation.email);
    const user =
      existing ??
      (await repositories.accounts.insertUser({
        email: invitation.email,
        displayName: options.displayName,
        passwordHash,
        isPlatformAdmin: false,
      }));
    await repositories.accounts.upsertMembership({
      userId: user.id,
      organisationId: invitation.organisationId,
      role: invitation.role,
      canBuy: invitation.canBuy,
      canSupply: invitation.canSupply,
    });
    await recordChange(repositories, actorForUser(user), {
      action: 'membership.join',
      entityType: 'membership',
      entityId: user.id,
      organisationId: invitation.organisationId,
      after: { role: invitation.role, canBuy: invitation.canBuy, canSupply: invitation.canSupply },
    });
    return { userId: user.id, organisationId: invitation.organisationId, isNewUser: !existing };
  });
}
