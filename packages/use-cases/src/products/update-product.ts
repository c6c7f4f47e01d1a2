import { AppError, type FieldProblem, type Product, type ProductInput } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { isUniqueViolation } from '../shared/is-unique-violation';
import { prepareProductInput } from './prepare-product-input';

export async function updateProduct(options: {
  database: Database;
  productId: string;
  input: ProductInput;
}): Promise<{ product: Product; warnings: FieldProblem[] }> {
  const repositories = createRepositories(options.database);
  const existing = await repositories.products.findById(options.productId);
  if (!existing) throw new AppError('not_found', 'Product not found', { productId: options.productId });
  const organisation = (await repositories.organisations.findById(existing.organisationId))!;
  const { input, warnings } = await prepareProductInput({ repositories, organisation, input: options.input });
  try {
    return { product: (await repositories.products.update(existing.id, input))!, warnings };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError('conflict', `External id "${input.externalId}" is already used in this catalog`, {
      field: 'externalId',
      value: input.externalId,
    });
  }
}
