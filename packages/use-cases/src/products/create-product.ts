import {
  AppError,
  canEditCatalog,
  requireAccess,
  type Actor,
  type FieldProblem,
  type Product,
  type ProductInput,
} from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import type { CatalogMatching } from '../matching/catalog-matching';
import { recordChange } from '../shared/record-change';
import { isUniqueViolation } from '../shared/is-unique-violation';
import { prepareProductInput } from './prepare-product-input';

/** Adds a product to an organisation's catalog; warnings (e.g. no classifier loaded) come back with it. */
export async function createProduct(options: {
  database: Database;
  actor: Actor;
  organisationId: string;
  input: ProductInput;
  matching?: CatalogMatching | undefined;
}): Promise<{ product: Product; warnings: FieldProblem[] }> {
  // Written in one statement, but the sync moment still must not pass it (see startCatalogChange).
  const write = () => insertProduct(options);
  return options.matching ? options.matching.refreshes.duringCatalogChange(write) : write();
}

async function insertProduct(options: {
  database: Database;
  actor: Actor;
  organisationId: string;
  input: ProductInput;
}): Promise<{ product: Product; warnings: FieldProblem[] }> {
  requireAccess(options.actor, canEditCatalog(options.actor, options.organisationId), 'change this catalog', {
    organisationId: options.organisationId,
  });
  const repositories = createRepositories(options.database);
  const organisation = await repositories.organisations.findById(options.organisationId);
  if (!organisation)
    throw new AppError('not_found', 'Organisation not found', { organisationId: options.organisationId });
  const { input, warnings } = await prepareProductInput({ repositories, organisation, input: options.input });
  try {
    const product = await repositories.products.insert(organisation.id, input);
    await recordChange(repositories, options.actor, {
      action: 'product.create',
      entityType: 'product',
      entityId: product.id,
      organisationId: organisation.id,
      after: product,
    });
    return { product, warnings };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError('conflict', `External id "${input.externalId}" is already used in this catalog`, {
      field: 'externalId',
      value: input.externalId,
    });
  }
}
