import { AppError, requireSignedIn, type Actor, type ProductView } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { viewProducts } from './view-products';

export async function getProduct(options: {
  database: Database;
  actor: Actor;
  productId: string;
}): Promise<ProductView> {
  requireSignedIn(options.actor, 'read the catalog');
  const repositories = createRepositories(options.database);
  const product = await repositories.products.findById(options.productId);
  if (!product) throw new AppError('not_found', 'Product not found', { productId: options.productId });
  const [view] = await viewProducts(repositories, options.actor, [product]);
  return view!;
}
