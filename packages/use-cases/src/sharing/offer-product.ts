import { AppError, canEditCatalog, canSeeDemandList, requireAccess, type Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { recordChange } from '../shared/record-change';
import { demandListAccessFacts } from './demand-list-access-facts';

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
  const line = await repositories.demand.findLineById(options.lineId);
  const list = line ? await repositories.demand.findListById(line.listId) : undefined;
  if (!line || !list || !canSeeDemandList(options.actor, await demandListAccessFacts(repositories, list))) {
    requireAccess(options.actor, false, 'offer to this line');
    throw new AppError('not_found', 'Line not found', { lineId: options.lineId });
  }
  const product = await repositories.products.findById(options.productId);
  if (!product) throw new AppError('not_found', 'Product not found', { productId: options.productId });
  requireAccess(
    options.actor,
    canEditCatalog(options.actor, product.organisationId),
    'offer another organisation’s product',
  );
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
