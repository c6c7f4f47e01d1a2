import { AppError, canEditCatalog, requireAccess, requireSignedIn, type Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

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
  requireSignedIn(options.actor, 'read offers');
  const repositories = createRepositories(options.database);
  const product = await repositories.products.findById(options.productId);
  if (!product) throw new AppError('not_found', 'Product not found', { productId: options.productId });
  requireAccess(
    options.actor,
    canEditCatalog(options.actor, product.organisationId),
    'see where another organisation offered its product',
  );
  const offers = await repositories.sharing.listOffersOfProduct(product.id);
  return offers.map(({ createdAt, ...offer }) => ({ ...offer, offeredAt: createdAt }));
}
