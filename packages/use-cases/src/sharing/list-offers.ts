import type { Actor, ProductView } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { requireDemandLine } from '../demand/demand-access';
import { viewProducts } from '../products/view-products';

export interface OfferView {
  product: ProductView;
  supplier: { id: string; name: string; nameEn: string | null; country: string };
  note: string | null;
  offeredAt: string;
}

/** What suppliers offered to a hot-list line, as the actor may see it: the buyer sees the offered prices. */
export async function listOffers(options: {
  database: Database;
  actor: Actor;
  lineId: string;
}): Promise<OfferView[]> {
  const repositories = createRepositories(options.database);
  const { line } = await requireDemandLine(repositories, options.actor, options.lineId, 'see');
  const offers = await repositories.sharing.listOffersOfLine(line.id);
  const products = await repositories.products.findWithSuppliers(offers.map((offer) => offer.productId));
  const suppliers = new Map(products.map((product) => [product.id, product]));
  const views = new Map(
    (
      await viewProducts(
        repositories,
        options.actor,
        products.map(
          ({ supplierName: _name, supplierNameEn: _nameEn, supplierCountry: _country, ...product }) =>
            product,
        ),
      )
    ).map((product) => [product.id, product]),
  );
  const result: OfferView[] = [];
  for (const offer of offers) {
    const product = views.get(offer.productId);
    if (!product) continue;
    const supplier = suppliers.get(product.id)!;
    result.push({
      product,
      supplier: {
        id: product.organisationId,
        name: supplier.supplierName,
        nameEn: supplier.supplierNameEn,
        country: supplier.supplierCountry,
      },
      note: offer.note,
      offeredAt: offer.createdAt,
    });
  }
  return result;
}
