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

export async function updateProduct(options: {
  database: Database;
  actor: Actor;
  productId: string;
  input: ProductInput;
  matching?: CatalogMatching | undefined;
}): Promise<{ product: Product; warnings: FieldProblem[] }> {
  // Written in one statement, but the sync moment still must not pass it (see startCatalogChange).
  const write = () => writeProductUpdate(options);
  return options.matching ? options.matching.refreshes.duringCatalogChange(write) : write();
}

async function writeProductUpdate(options: {
  database: Database;
  actor: Actor;
  productId: string;
  input: ProductInput;
}): Promise<{ product: Product; warnings: FieldProblem[] }> {
  const repositories = createRepositories(options.database);
  const existing = await repositories.products.findById(options.productId);
  if (!existing) throw new AppError('not_found', 'Product not found', { productId: options.productId });
  requireAccess(
    options.actor,
    canEditCatalog(options.actor, existing.organisationId),
    'change this catalog',
    {
      organisationId: existing.organisationId,
    },
  );
  const organisation = (await repositories.organisations.findById(existing.organisationId))!;
  const { input, warnings } = await prepareProductInput({ repositories, organisation, input: options.input });
  try {
    const product = (await repositories.products.update(existing.id, input))!;
    await recordChange(repositories, options.actor, {
      action: 'product.update',
      entityType: 'product',
      entityId: product.id,
      organisationId: product.organisationId,
      before: existing,
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
