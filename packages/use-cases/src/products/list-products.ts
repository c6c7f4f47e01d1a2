import type { Product } from '@coopex/domain';
import { createRepositories, type Database, type Page, type ProductFilter } from '@coopex/db';

export async function listProducts(options: {
  database: Database;
  filter: ProductFilter;
}): Promise<Page<Product>> {
  return createRepositories(options.database).products.list(options.filter);
}
