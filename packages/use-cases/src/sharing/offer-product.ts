import type { Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { recordChange } from '../shared/record-change';
import { requireOfferableProduct } from './require-offerable-product';

/**
 * A supplier offers one of its products to a hot-list line it can see. From then on the line's buyer sees the
 * product's price and exact capacity.
 */
export async function offerProduct(options: {
  database: Database;
  actor: Actor;
  lineId: string;
  productId: string;
  note: string | null;
}): Promise<{ lineId: string; productId: string; note: string | null }> {
  const repositories = createRepositories(options.database);
  const { line, list, product } = await requireOfferableProduct({
    repositories,
    actor: options.actor,
    lineId: options.lineId,
    productId: options.productId,
    purpose: 'offer another organisation’s product',
  });
  await repositories.sharing.insertOffer({
    lineId: line.id,
    productId: product.id,
    offeredBy: options.actor.kind === 'user' ? options.actor.userId : null,
    note: options.note,
  });
  await recordChange(repositories, options.actor, {
    action: 'offer.create',
    entityType: 'product_offer',
    entityId: `${line.id}:${product.id}`,
    organisationId: product.organisationId,
    after: {
      lineId: line.id,
      productId: product.id,
      buyerOrganisationId: list.organisationId,
      note: options.note,
    },
  });
  return { lineId: line.id, productId: product.id, note: options.note };
}
