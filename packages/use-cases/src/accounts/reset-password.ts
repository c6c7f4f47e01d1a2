import { AppError, actorForUser } from '@coopex/domain';
import type { Database } from '@coopex/db';
import { createRepositories } from '@coopex/db';
import { recordChange } from '../shared/record-change';
import { hashPassword, hashSecret } from '../shared/secrets';

/** Sets a new password with a one-time reset token and ends the user's sessions everywhere. */
export async function resetPassword(options: {
  database: Database;
  token: string;
  password: string;
}): Promise<void> {
  const passwordHash = await hashPassword(options.password);
  await options.database.transaction(async (transaction) => {
    const repositories = createRepositories(transaction);
    const userId = await repositories.accounts.consumePasswordReset(hashSecret(options.token));
    if (!userId) throw new AppError('token_invalid', 'The reset link is unknown, used or expired', null);
    const user = (await repositories.accounts.findUserById(userId))!;
    await repositories.accounts.setPassword(userId, passwordHash);
    await repositories.accounts.deleteSessionsOfUser(userId);
    await recordChange(repositories, actorForUser(user), {
      action: 'user.reset_password',
      entityType: 'user',
      entityId: userId,
      organisationId: null,
    });
  });
}
