import { AppError, canEditCatalog, requireAccess, type Actor } from '@coopex/domain';
import { recordChange } from '../shared/record-change';
import { createRepositories, type Database } from '@coopex/db';
import type { CatalogMatching } from '../matching/catalog-matching';

export async function deleteProduct(options: {
  database: Database;
  actor: Actor;
  productId: string;
  matching?: CatalogMatching | undefined;
}): Promise<void> {
  const repositories = createRepositories(options.database);
  const existing = await repositories.products.findById(options.productId);
  if (existing) {
    requireAccess(
      options.actor,
      canEditCatalog(options.actor, existing.organisationId),
      'change this catalog',
      {
        organisationId: existing.organisationId,
      },
    );
  }
  // The lines it was proposed to are matched again once it is gone.
  const lines = await repositories.matches.findLinesOfProducts([options.productId]);
  const isDeleted = await repositories.products.delete(options.productId);
  if (!isDeleted) throw new AppError('not_found', 'Product not found', { productId: options.productId });
  await recordChange(repositories, options.actor, {
    action: 'product.delete',
    entityType: 'product',
    entityId: options.productId,
    organisationId: existing?.organisationId ?? null,
    before: existing,
  });
  options.matching?.forgetProducts([options.productId], lines);
}
