import {
  AppError,
  assertValidTaxId,
  isPlatformAdmin,
  requireAccess,
  type Actor,
  organisationInputSchema,
  type Organisation,
  type OrganisationInput,
} from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { recordChange } from '../shared/record-change';

/** Registers an enterprise or ministry after checking its tax id by its country's rules. */
export async function createOrganisation(options: {
  database: Database;
  actor: Actor;
  input: OrganisationInput;
}): Promise<Organisation> {
  requireAccess(options.actor, isPlatformAdmin(options.actor), 'register organisations');
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
  const organisation = await repositories.organisations.insert(input);
  await recordChange(repositories, options.actor, {
    action: 'organisation.create',
    entityType: 'organisation',
    entityId: organisation.id,
    organisationId: organisation.id,
    after: organisation,
  });
  return organisation;
}
