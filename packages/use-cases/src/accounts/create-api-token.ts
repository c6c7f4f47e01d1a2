import { AppError, requireSignedIn, type Actor, type TokenScope } from '@coopex/domain';
import { createRepositories, type ApiTokenRecord, type Database } from '@coopex/db';
import { recordChange } from '../shared/record-change';
import { generateSecret, hashSecret } from '../shared/secrets';

/**
 * Issues an API token for integrations and the CLI: bound to the user and the organisation it acts for, limited by
 * scopes and an expiry. The secret is returned once; only its hash is kept.
 */
export async function createApiToken(options: {
  database: Database;
  actor: Actor;
  name: string;
  scopes: TokenScope[];
  expiresInDays: number;
}): Promise<{ apiToken: ApiTokenRecord; token: string }> {
  requireSignedIn(options.actor, 'create an API token');
  const actor = options.actor;
  if (actor.kind !== 'user' || (!actor.membership && !actor.isPlatformAdmin)) {
    throw new AppError('forbidden', 'Choose the organisation the token acts for before creating it', null);
  }
  if (actor.scopes !== null) {
    throw new AppError('forbidden', 'An API token cannot create other tokens; sign in to do so', null);
  }
  const token = generateSecret('cpx_');
  const repositories = createRepositories(options.database);
  const apiToken = await repositories.accounts.insertApiToken({
    userId: actor.userId,
    organisationId: actor.membership?.organisationId ?? null,
    name: options.name,
    tokenHash: hashSecret(token),
    tokenPrefix: token.slice(0, 10),
    scopes: [...new Set(options.scopes)],
    expiresAt: new Date(Date.now() + options.expiresInDays * 86_400_000),
  });
  await recordChange(repositories, actor, {
    action: 'api_token.create',
    entityType: 'api_token',
    entityId: apiToken.id,
    organisationId: apiToken.organisationId,
    after: { name: apiToken.name, scopes: apiToken.scopes, expiresAt: apiToken.expiresAt },
  });
  return { apiToken, token };
}
