import {
  AppError,
  demandLineInputSchema,
  normalizeDemandLineInput,
  type DemandLineInput,
  type FieldProblem,
} from '@coopex/domain';
import type { Repositories } from '@coopex/db';
import { createClassifierCodeChecker } from '../shared/check-classifier-codes';

/** Normalises a hot-list line for storage and checks its codes; invalid fields fail the whole request. */
export async function prepareDemandLineInput(options: {
  repositories: Repositories;
  input: DemandLineInput;
}): Promise<{ input: DemandLineInput; warnings: FieldProblem[] }> {
  const { value, problems } = normalizeDemandLineInput(demandLineInputSchema.parse(options.input));
  const codes = await createClassifierCodeChecker(options.repositories)([value]);
  const errors = [...problems, ...(codes.errors.get(0) ?? [])];
  if (errors.length > 0)
    throw new AppError('validation_failed', 'The line has invalid fields', { problems: errors });
  return { input: value, warnings: codes.warnings.get(0) ?? [] };
}
