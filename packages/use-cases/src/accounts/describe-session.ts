import { AppError, requireSignedIn, type Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { toSessionView, type SessionView } from './session-view';

/** The signed-in user, its organisations and the one it acts for. */
export async function describeSession(options: {
  database: Database;
  actor: Actor;
  csrfToken: string | null;
}): Promise<SessionView> {
  requireSignedIn(options.actor, 'read the session');
  if (options.actor.kind !== 'user') throw new AppError('forbidden', 'Only users have sessions', null);
  const repositories = createRepositories(options.database);
  const user = await repositories.accounts.findUserById(options.actor.userId);
  if (!user) throw new AppError('authentication_required', 'The user no longer exists', null);
  return toSessionView({
    user,
    memberships: await repositories.accounts.listMembershipsOfUser(user.id),
    activeOrganisationId: options.actor.membership?.organisationId ?? null,
    csrfToken: options.csrfToken ?? '',
  });
}
