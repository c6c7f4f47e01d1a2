import {
  canSeeConfidentialProductFields,
  capacityBandOf,
  confidentialProductFields,
  type Actor,
  type Product,
  type ProductView,
} from '@coopex/domain';
import type { Repositories } from '@coopex/db';

/**
 * Shows products as the actor may see them: price and exact capacity only to the supplier, its country's
 * coordinators and the buyers it offered the product to; everyone sees the capacity band.
 */
export async function viewProducts(
  repositories: Pick<Repositories, 'sharing' | 'organisations'>,
  actor: Actor,
  products: Product[],
): Promise<ProductView[]> {
  const [offeredBuyers, countries] = await Promise.all([
    repositories.sharing.listOfferedBuyers(products.map((product) => product.id)),
    repositories.organisations.findCountries([...new Set(products.map((product) => product.organisationId))]),
  ]);
  const views: ProductView[] = [];
  for (const product of products) {
    const band = capacityBandOf(product.capacityPerYear);
    const canSee = canSeeConfidentialProductFields(actor, {
      organisationId: product.organisationId,
      supplierCountry: countries.get(product.organisationId) ?? '',
      offeredToOrganisationIds: offeredBuyers.get(product.id) ?? [],
    });
    const capacityBand = band && { ...band, unit: product.capacityUnit };
    views.push(
      canSee
        ? { ...product, capacityBand, hiddenFields: [] }
        : {
            ...product,
            price: null,
            currency: null,
            capacityPerYear: null,
            capacityBand,
            hiddenFields: [...confidentialProductFields],
          },
    );
  }
  return views;
}
