import { AppError, isPlatformAdmin, requireAccess, type Actor } from '@coopex/domain';
import { createRepositories, type ApiTokenRecord, type Database } from '@coopex/db';
import { recordChange } from '../shared/record-change';

/** Revokes a token at once; its owner or a platform admin may. */
export async function revokeApiToken(options: {
  database: Database;
  actor: Actor;
  tokenId: string;
}): Promise<ApiTokenRecord> {
  const repositories = createRepositories(options.database);
  const existing = await repositories.accounts.findApiTokenById(options.tokenId);
  const isOwner = options.actor.kind === 'user' && existing?.userId === options.actor.userId;
  requireAccess(options.actor, isOwner || isPlatformAdmin(options.actor), 'revoke this API token');
  if (!existing) throw new AppError('not_found', 'API token not found', { tokenId: options.tokenId });
  const revoked = (await repositories.accounts.revokeApiToken(existing.id))!;
  await recordChange(repositories, options.actor, {
    action: 'api_token.revoke',
    entityType: 'api_token',
    entityId: existing.id,
    organisationId: existing.organisationId,
    before: { revokedAt: existing.revokedAt },
    after: { revokedAt: revoked.revokedAt },
  });
  return revoked;
}
