import { AppError, type Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { recordChange } from '../shared/record-change';
import { requireOfferableProduct } from './require-offerable-product';

/**
 * A supplier takes back its offer of a product to a hot-list line: the line's buyer no longer sees the product's
 * price and exact capacity through it.
 */
export async function withdrawOffer(options: {
  database: Database;
  actor: Actor;
  lineId: string;
  productId: string;
}): Promise<void> {
  const repositories = createRepositories(options.database);
  const { line, list, product } = await requireOfferableProduct({
    repositories,
    actor: options.actor,
    lineId: options.lineId,
    productId: options.productId,
    purpose: 'withdraw another organisation’s offer',
  });
  const withdrawn = await repositories.sharing.deleteOffer(line.id, product.id);
  if (!withdrawn)
    throw new AppError('not_found', 'This product is not offered to this line', {
      lineId: line.id,
      productId: product.id,
    });
  await recordChange(repositories, options.actor, {
    action: 'offer.withdraw',
    entityType: 'product_offer',
    entityId: `${line.id}:${product.id}`,
    organisationId: product.organisationId,
    before: {
      lineId: line.id,
      productId: product.id,
      buyerOrganisationId: list.organisationId,
      note: withdrawn.note,
    },
  });
}
