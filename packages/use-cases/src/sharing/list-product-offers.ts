import type { Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { requireOwnProduct } from './require-own-product';

export interface ProductOfferView {
  lineId: string;
  lineName: string;
  listId: string;
  listTitle: string;
  buyer: { id: string; name: string; nameEn: string | null; country: string };
  note: string | null;
  offeredAt: string;
}

/**
 * Where a supplier offered one of its products, newest first: for its own organisation only. It lists lines the
 * buyer may since have stopped showing it, so that it can still withdraw those offers.
 */
export async function listProductOffers(options: {
  database: Database;
  actor: Actor;
  productId: string;
}): Promise<ProductOfferView[]> {
  const repositories = createRepositories(options.database);
  const product = await requireOwnProduct({
    repositories,
    actor: options.actor,
    productId: options.productId,
    action: 'see where another organisation offered its product',
  });
  const offers = await repositories.sharing.listOffersOfProduct(product.id);
  return offers.map(({ createdAt, ...offer }) => ({ ...offer, offeredAt: createdAt }));
}
