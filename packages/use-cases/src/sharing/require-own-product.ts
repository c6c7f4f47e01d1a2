import {
  AppError,
  canEditCatalog,
  requireAccess,
  requireSignedIn,
  type Actor,
  type Product,
} from '@coopex/domain';
import type { Repositories } from '@coopex/db';

/** A product of a catalog the actor may change (its offers are the actor's to see and withdraw), else refused. */
export async function requireOwnProduct(options: {
  repositories: Repositories;
  actor: Actor;
  productId: string;
  action: string;
}): Promise<Product> {
  requireSignedIn(options.actor, options.action);
  const product = await options.repositories.products.findById(options.productId);
  if (!product) throw new AppError('not_found', 'Product not found', { productId: options.productId });
  requireAccess(options.actor, canEditCatalog(options.actor, product.organisationId), options.action);
  return product;
}
