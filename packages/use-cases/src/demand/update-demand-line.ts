import {
  AppError,
  assertDemandLineMove,
  type DemandLine,
  type DemandLineInput,
  type FieldProblem,
} from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import type { CatalogMatching } from '../matching/catalog-matching';
import { isUniqueViolation } from '../shared/is-unique-violation';
import { prepareDemandLineInput } from './prepare-demand-line-input';

/** Replaces a line; a status change must follow the line's lifecycle. */
export async function updateDemandLine(options: {
  database: Database;
  lineId: string;
  input: DemandLineInput;
  matching?: CatalogMatching | undefined;
}): Promise<{ line: DemandLine; warnings: FieldProblem[] }> {
  const repositories = createRepositories(options.database);
  const existing = await repositories.demand.findLineById(options.lineId);
  if (!existing) throw new AppError('not_found', 'Line not found', { lineId: options.lineId });
  const { input, warnings } = await prepareDemandLineInput({ repositories, input: options.input });
  assertDemandLineMove(existing.status, input.status);
  try {
    const line = (await repositories.demand.updateLine(existing.id, input))!;
    await options.matching?.refreshLine(line.id);
    return { line, warnings };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError('conflict', `External id "${input.externalId}" is already used in this hot list`, {
      field: 'externalId',
      value: input.externalId,
    });
  }
}
