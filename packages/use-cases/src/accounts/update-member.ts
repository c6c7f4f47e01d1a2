import {
  AppError,
  canManageOrganisation,
  requireAccess,
  type Actor,
  type MembershipRole,
} from '@coopex/domain';
import { createRepositories, type Database, type MemberRecord } from '@coopex/db';
import { recordChange } from '../shared/record-change';

/** Changes a member's role and rights, or removes the member; an organisation always keeps one admin. */
export async function updateMember(options: {
  database: Database;
  actor: Actor;
  organisationId: string;
  userId: string;
  change: { role: MembershipRole; canBuy: boolean; canSupply: boolean } | 'remove';
}): Promise<MemberRecord | null> {
  requireAccess(
    options.actor,
    canManageOrganisation(options.actor, options.organisationId),
    'manage members',
  );
  return options.database.transaction(async (transaction) => {
    const repositories = createRepositories(transaction);
    const members = await repositories.accounts.listMembers(options.organisationId);
    const before = members.find((member) => member.userId === options.userId);
    if (!before) throw new AppError('not_found', 'Member not found', { userId: options.userId });
    const isLosingAdmin =
      before.role === 'admin' && (options.change === 'remove' || options.change.role !== 'admin');
    if (isLosingAdmin && (await repositories.accounts.countAdmins(options.organisationId)) <= 1) {
      throw new AppError('conflict', 'An organisation keeps at least one admin', {
        userId: options.userId,
        reason: 'last_admin',
      });
    }
    if (options.change === 'remove') {
      await repositories.accounts.deleteMembership(options.userId, options.organisationId);
    } else {
      await repositories.accounts.upsertMembership({
        userId: options.userId,
        organisationId: options.organisationId,
        ...options.change,
      });
    }
    const after = options.change === 'remove' ? null : { ...before, ...options.change };
    await recordChange(repositories, options.actor, {
      action: options.change === 'remove' ? 'membership.remove' : 'membership.update',
      entityType: 'membership',
      entityId: options.userId,
      organisationId: options.organisationId,
      before: { role: before.role, canBuy: before.canBuy, canSupply: before.canSupply },
      after: after && { role: after.role, canBuy: after.canBuy, canSupply: after.canSupply },
    });
    return after;
  });
}
