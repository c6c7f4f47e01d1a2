import {
  AppError,
  assertValidTaxId,
  organisationInputSchema,
  type Organisation,
  type OrganisationInput,
} from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

export async function updateOrganisation(options: {
  database: Database;
  organisationId: string;
  input: OrganisationInput;
}): Promise<Organisation> {
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
  const updated = await repositories.organisations.update(options.organisationId, input);
  if (!updated)
    throw new AppError('not_found', 'Organisation not found', { organisationId: options.organisationId });
  return updated;
}
