import {
  AppError,
  assertValidTaxId,
  organisationInputSchema,
  type Organisation,
  type OrganisationInput,
} from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

/** Registers an enterprise or ministry after checking its tax id by its country's rules. */
export async function createOrganisation(options: {
  database: Database;
  input: OrganisationInput;
}): Promise<Organisation> {
  const input = organisationInputSchema.parse(options.input);
  assertValidTaxId(input.country, input.taxId, input.ogrn ?? undefined);
  const repositories = createRepositories(options.database);
  const existing = await repositories.organisations.findByTaxId(input.taxId, input.country);
  if (existing.length > 0) {
    throw new AppError(
      'conflict',
      `An organisation with tax id ${input.taxId} is already registered in ${input.country}`,
      {
        field: 'taxId',
        existingId: existing[0]!.id,
      },
    );
  }
  return repositories.organisations.insert(input);
}
