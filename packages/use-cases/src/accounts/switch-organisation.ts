import { AppError, requireSignedIn, type Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { hashSecret } from '../shared/secrets';
import { describeSession } from './describe-session';
import type { SessionView } from './session-view';

/** Makes the session act for another of the user's organisations. */
export async function switchOrganisation(options: {
  database: Database;
  actor: Actor;
  sessionToken: string | undefined;
  csrfToken: string | null;
  organisationId: string;
}): Promise<SessionView> {
  requireSignedIn(options.actor, 'switch organisation');
  if (options.actor.kind !== 'user' || !options.sessionToken) {
    throw new AppError(
      'forbidden',
      'Only a browser session switches organisation; an API token is bound to one',
      null,
    );
  }
  const repositories = createRepositories(options.database);
  const membership = await repositories.accounts.findMembership(options.actor.userId, options.organisationId);
  if (!membership) {
    throw new AppError('forbidden', 'You are not a member of that organisation', {
      organisationId: options.organisationId,
    });
  }
  await repositories.accounts.setSessionOrganisation(
    hashSecret(options.sessionToken),
    options.organisationId,
  );
  return describeSession({
    database: options.database,
    actor: { ...options.actor, membership },
    csrfToken: options.csrfToken,
  });
}
