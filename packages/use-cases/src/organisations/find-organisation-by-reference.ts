import { AppError, type Organisation } from '@coopex/domain';
import { createRepositories, type SqlExecutor } from '@coopex/db';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Finds the organisation a user names on the command line or in a file: its id, its tax id (УНП/ИНН, optionally
 * prefixed with the country, "BY:100582333"), or its exact name.
 */
export async function findOrganisationByReference(options: {
  /** The database, or the transaction an import runs in (PGlite has one connection: a second would wait on it). */
  database: SqlExecutor;
  reference: string;
}): Promise<Organisation> {
  const repositories = createRepositories(options.database);
  const reference = options.reference.trim();
  if (uuidPattern.test(reference)) {
    const organisation = await repositories.organisations.findById(reference);
    if (organisation) return organisation;
  }
  const [country, taxId] = /^[A-Z]{2}:/.test(reference)
    ? [reference.slice(0, 2), reference.slice(3)]
    : [undefined, reference];
  const byTaxId = await repositories.organisations.findByTaxId(taxId.replace(/\s/g, ''), country);
  if (byTaxId.length === 1) return byTaxId[0]!;
  if (byTaxId.length > 1) {
    throw new AppError(
      'conflict',
      `Tax id ${taxId} is registered in several countries: prefix it, e.g. BY:${taxId}`,
      {
        reference,
        countries: byTaxId.map((organisation) => organisation.country),
      },
    );
  }
  const byName = await repositories.organisations.list({ search: reference, limit: 2, offset: 0 });
  const exact = byName.items.filter(
    (organisation) => organisation.nameRu === reference || organisation.nameEn === reference,
  );
  if (exact.length === 1) return exact[0]!;
  throw new AppError(
    'not_found',
    `No organisation matches "${reference}" (give its id, tax id or exact name)`,
    {
      reference,
    },
  );
}
