import {
  AppError,
  canManageOrganisation,
  requireAccess,
  type Actor,
  type MembershipRole,
} from '@coopex/domain';
import { createRepositories, type Database, type InvitationRecord } from '@coopex/db';
import { recordChange } from '../shared/record-change';
import { generateSecret, hashSecret } from '../shared/secrets';
import type { Mailer } from './mailer';

export const invitationDays = 7;

/** An organisation's admin invites a person by email; the link lets them set a password and join. */
export async function inviteMember(options: {
  database: Database;
  actor: Actor;
  mailer: Mailer;
  organisationId: string;
  email: string;
  role: MembershipRole;
  canBuy: boolean;
  canSupply: boolean;
  /** Where the web app accepts invitations; the token is appended as `?token=`. */
  acceptUrl: string;
}): Promise<{ invitation: InvitationRecord; token: string }> {
  requireAccess(
    options.actor,
    canManageOrganisation(options.actor, options.organisationId),
    'invite members',
    {
      organisationId: options.organisationId,
    },
  );
  const repositories = createRepositories(options.database);
  const organisation = await repositories.organisations.findById(options.organisationId);
  if (!organisation)
    throw new AppError('not_found', 'Organisation not found', { organisationId: options.organisationId });
  const token = generateSecret('cpi_');
  const invitation = await repositories.accounts.insertInvitation({
    organisationId: organisation.id,
    email: options.email.trim(),
    role: options.role,
    canBuy: options.canBuy,
    canSupply: options.canSupply,
    tokenHash: hashSecret(token),
    invitedBy: options.actor.kind === 'user' ? options.actor.userId : null,
    expiresAt: new Date(Date.now() + invitationDays * 86_400_000),
  });
  await recordChange(repositories, options.actor, {
    action: 'invitation.create',
    entityType: 'invitation',
    entityId: invitation.id,
    organisationId: organisation.id,
    after: {
      email: invitation.email,
      role: invitation.role,
      canBuy: invitation.canBuy,
      canSupply: invitation.canSupply,
    },
  });
  await options.mailer.send({
    to: invitation.email,
    subject: `Coopex: ${organisation.nameRu} invites you / приглашение`,
    text: `${options.acceptUrl}?token=${token}\n\nThe invitation is valid for ${invitationDays} days.`,
  });
  return { invitation, token };
}
