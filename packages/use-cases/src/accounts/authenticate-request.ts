import { AppError, actorForUser, anonymousActor, type Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { hashSecret } from '../shared/secrets';

export interface Authentication {
  actor: Actor;
  /** How the caller proved who it is: cookie sessions need a CSRF token on changes, API tokens do not. */
  method: 'session' | 'api_token' | 'none';
  /** The session's CSRF token, to compare with the request header. */
  csrfToken: string | null;
}

/**
 * Turns a session cookie or an API token into the actor a request acts as. A stale cookie counts as no cookie; a
 * bad API token is an error, because an integration must learn its token no longer works.
 */
export async function authenticateRequest(options: {
  database: Database;
  sessionToken?: string | undefined;
  apiToken?: string | undefined;
}): Promise<Authentication> {
  const repositories = createRepositories(options.database);
  if (options.apiToken) {
    const token = await repositories.accounts.findApiTokenByHash(hashSecret(options.apiToken));
    if (!token)
      throw new AppError('authentication_required', 'The API token is not known', { reason: 'unknown' });
    if (token.revokedAt)
      throw new AppError('authentication_required', 'The API token was revoked', { reason: 'revoked' });
    if (new Date(token.expiresAt) <= new Date()) {
      throw new AppError('authentication_required', 'The API token has expired', { reason: 'expired' });
    }
    const user = await repositories.accounts.findUserById(token.userId);
    if (!user || user.disabledAt) {
      throw new AppError('authentication_required', 'The API token’s user is disabled', {
        reason: 'disabled',
      });
    }
    const membership = token.organisationId
      ? await repositories.accounts.findMembership(user.id, token.organisationId)
      : undefined;
    await repositories.accounts.touchApiToken(token.id);
    return {
      actor: actorForUser(user, { membership, scopes: token.scopes, tokenId: token.id }),
      method: 'api_token',
      csrfToken: null,
    };
  }
  if (options.sessionToken) {
    const session = await repositories.accounts.findLiveSession(hashSecret(options.sessionToken));
    const user = session ? await repositories.accounts.findUserById(session.userId) : undefined;
    if (session && user && !user.disabledAt) {
      const membership = session.organisationId
        ? await repositories.accounts.findMembership(user.id, session.organisationId)
        : undefined;
      return {
        actor: actorForUser(user, { membership }),
        method: 'session',
        csrfToken: session.csrfToken,
      };
    }
  }
  return { actor: anonymousActor, method: 'none', csrfToken: null };
}
