import { AppError } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import type { CatalogMatching } from '../matching/catalog-matching';

export async function deleteProduct(options: {
  database: Database;
  productId: string;
  matching?: CatalogMatching | undefined;
}): Promise<void> {
  const repositories = createRepositories(options.database);
  // The lines it was proposed to are matched again once it is gone.
  const lines = await repositories.matches.findLinesOfProduct(options.productId);
  const isDeleted = await repositories.products.delete(options.productId);
  if (!isDeleted) throw new AppError('not_found', 'Product not found', { productId: options.productId });
  await options.matching?.forgetProduct(options.productId, lines);
}
