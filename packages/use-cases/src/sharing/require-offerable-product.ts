import {
  AppError,
  canEditCatalog,
  requireAccess,
  type Actor,
  type DemandLine,
  type DemandList,
  type Product,
} from '@coopex/domain';
import type { Repositories } from '@coopex/db';
import { requireDemandLine } from '../demand/demand-access';

/**
 * A line the actor can see and a product of a catalog the actor may change: what offering a product to a line, or
 * withdrawing the offer, needs. Not found or forbidden otherwise.
 */
export async function requireOfferableProduct(options: {
  repositories: Repositories;
  actor: Actor;
  lineId: string;
  productId: string;
  purpose: string;
}): Promise<{ line: DemandLine; list: DemandList; product: Product }> {
  const { line, list } = await requireDemandLine(options.repositories, options.actor, options.lineId, 'see');
  const product = await options.repositories.products.findById(options.productId);
  if (!product) throw new AppError('not_found', 'Product not found', { productId: options.productId });
  requireAccess(options.actor, canEditCatalog(options.actor, product.organisationId), options.purpose);
  return { line, list, product };
}
