import { AppError, type Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { recordChange } from '../shared/record-change';
import { requireOwnProduct } from './require-own-product';

/**
 * A supplier takes back its offer of a product to a hot-list line: the line's buyer no longer sees the product's
 * price and exact capacity through it. Its own offer, so it may even when the buyer no longer shows it the list;
 * a line or offer it does not have is "not found" either way, so nothing is learnt about others' lines.
 */
export async function withdrawOffer(options: {
  database: Database;
  actor: Actor;
  lineId: string;
  productId: string;
}): Promise<void> {
  const repositories = createRepositories(options.database);
  const product = await requireOwnProduct({
    repositories,
    actor: options.actor,
    productId: options.productId,
    action: 'withdraw another organisation’s offer',
  });
  const line = await repositories.demand.findLineById(options.lineId);
  const withdrawn = line ? await repositories.sharing.deleteOffer(line.id, product.id) : null;
  if (!line || !withdrawn)
    throw new AppError('not_found', 'This product is not offered to this line', {
      lineId: options.lineId,
      productId: product.id,
    });
  const list = await repositories.demand.findListById(line.listId);
  await recordChange(repositories, options.actor, {
    action: 'offer.withdraw',
    entityType: 'product_offer',
    entityId: `${line.id}:${product.id}`,
    organisationId: product.organisationId,
    before: {
      lineId: line.id,
      productId: product.id,
      buyerOrganisationId: list?.organisationId ?? null,
      note: withdrawn.note,
    },
  });
}
