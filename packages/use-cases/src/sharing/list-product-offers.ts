import type { Actor } from '@coopex/domain';
import { createRepositories, type Database, type ProductOfferRecord } from '@coopex/db';
import { requireOwnProduct } from './require-own-product';

/**
 * Where a supplier offered one of its products, newest first: for its own organisation only. It lists lines the
 * buyer may since have stopped showing it, so that it can still withdraw those offers.
 */
export async function listProductOffers(options: {
  database: Database;
  actor: Actor;
  productId: string;
}): Promise<ProductOfferRecord[]> {
  const repositories = createRepositories(options.database);
  const product = await requireOwnProduct({
    repositories,
    actor: options.actor,
    productId: options.productId,
    action: 'see where another organisation offered its product',
  });
  return repositories.sharing.listOffersOfProduct(product.id);
}
