import { requireSignedIn, type Actor, type ProductView } from '@coopex/domain';
import { createRepositories, type Database, type Page, type ProductFilter } from '@coopex/db';
import { viewProducts } from './view-products';

export async function listProducts(options: {
  database: Database;
  actor: Actor;
  filter: ProductFilter;
}): Promise<Page<ProductView> & { isTotalCapped: boolean }> {
  requireSignedIn(options.actor, 'read the catalog');
  const repositories = createRepositories(options.database);
  const page = await repositories.products.list(options.filter);
  return { ...page, items: await viewProducts(repositories, options.actor, page.items) };
}
