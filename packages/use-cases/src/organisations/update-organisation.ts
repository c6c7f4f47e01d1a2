import {
  AppError,
  assertValidTaxId,
  canManageOrganisation,
  requireAccess,
  type Actor,
  organisationInputSchema,
  type Organisation,
  type OrganisationInput,
} from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { recordChange } from '../shared/record-change';

export async function updateOrganisation(options: {
  database: Database;
  actor: Actor;
  organisationId: string;
  input: OrganisationInput;
}): Promise<Organisation> {
  requireAccess(
    options.actor,
    canManageOrganisation(options.actor, options.organisationId),
    'change this organisation',
  );
  const input = organisationInputSchema.parse(options.input);
  assertValidTaxId(input.country, input.taxId, input.ogrn ?? undefined);
  const repositories = createRepositories(options.database);
  const clash = (await repositories.organisations.findByTaxId(input.taxId, input.country)).find(
    (organisation) => organisation.id !== options.organisationId,
  );
  if (clash) {
    throw new AppError('conflict', `Tax id ${input.taxId} already belongs to another organisation`, {
      field: 'taxId',
      existingId: clash.id,
    });
  }
  const before = await repositories.organisations.findById(options.organisationId);
  const updated = await repositories.organisations.update(options.organisationId, input);
  if (!updated)
    throw new AppError('not_found', 'Organisation not found', { organisationId: options.organisationId });
  await recordChange(repositories, options.actor, {
    action: 'organisation.update',
    entityType: 'organisation',
    entityId: updated.id,
    organisationId: updated.id,
    before,
    after: updated,
  });
  return updated;
}
