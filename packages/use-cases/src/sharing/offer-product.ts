import { AppError, canEditCatalog, requireAccess, type Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { recordChange } from '../shared/record-change';
import { requireDemandLine } from '../demand/demand-access';

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
  const { line, list } = await requireDemandLine(repositories, options.actor, options.lineId, 'see');
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
