import { AppError } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

export async function deleteProduct(options: { database: Database; productId: string }): Promise<void> {
  const isDeleted = await createRepositories(options.database).products.delete(options.productId);
  if (!isDeleted) throw new AppError('not_found', 'Product not found', { productId: options.productId });
}
