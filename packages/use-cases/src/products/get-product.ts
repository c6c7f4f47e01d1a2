import { AppError, type Product } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

export async function getProduct(options: { database: Database; productId: string }): Promise<Product> {
  const product = await createRepositories(options.database).products.findById(options.productId);
  if (!product) throw new AppError('not_found', 'Product not found', { productId: options.productId });
  return product;
}
