import { createRepositories, type Database } from '@coopex/db';
import { generateSecret, hashSecret } from '../shared/secrets';
import type { Mailer } from './mailer';

export const passwordResetHours = 1;

/**
 * Mails a one-time reset link to the address when it belongs to an account. The answer is the same either way, so
 * the form does not reveal who has an account.
 */
export async function requestPasswordReset(options: {
  database: Database;
  mailer: Mailer;
  email: string;
  /** Where the web app confirms resets; the token is appended as `?token=`. */
  resetUrl: string;
}): Promise<void> {
  const repositories = createRepositories(options.database);
  const user = await repositories.accounts.findUserByEmail(options.email.trim());
  if (!user || user.disabledAt) return;
  const token = generateSecret('cpr_');
  await repositories.accounts.insertPasswordReset({
    tokenHash: hashSecret(token),
    userId: user.id,
    expiresAt: new Date(Date.now() + passwordResetHours * 3_600_000),
  });
  await options.mailer.send({
    to: user.email,
    subject: 'Coopex: password reset / сброс пароля',
    text: `${options.resetUrl}?token=${token}\n\nThe link works once, for ${passwordResetHours} hour.`,
  });
}
