import {
  AppError,
  normalizeProductInput,
  productInputSchema,
  type FieldProblem,
  type Organisation,
  type ProductInput,
} from '@coopex/domain';
import type { Repositories } from '@coopex/db';
import { createClassifierCodeChecker } from '../shared/check-classifier-codes';

/** Normalises a product for storage and checks its codes; invalid fields fail the whole request. */
export async function prepareProductInput(options: {
  repositories: Repositories;
  organisation: Organisation;
  input: ProductInput;
}): Promise<{ input: ProductInput; warnings: FieldProblem[] }> {
  const { value, problems } = normalizeProductInput(productInputSchema.parse(options.input));
  const codes = await createClassifierCodeChecker(options.repositories)([value]);
  const errors = [...problems, ...(codes.errors.get(0) ?? [])];
  if (errors.length > 0)
    throw new AppError('validation_failed', 'The product has invalid fields', { problems: errors });
  return {
    input: { ...value, country: value.country ?? options.organisation.country },
    warnings: codes.warnings.get(0) ?? [],
  };
}
