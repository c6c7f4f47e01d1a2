import {
  AppError,
  assertDemandLineMove,
  type Actor,
  type DemandLine,
  type DemandLineInput,
  type FieldProblem,
} from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { recordChange } from '../shared/record-change';
import { requireDemandLine } from './demand-access';
import type { CatalogMatching } from '../matching/catalog-matching';
import { isUniqueViolation } from '../shared/is-unique-violation';
import { prepareDemandLineInput } from './prepare-demand-line-input';

/** Replaces a line; a status change must follow the line's lifecycle. */
export async function updateDemandLine(options: {
  database: Database;
  actor: Actor;
  lineId: string;
  input: DemandLineInput;
  matching?: CatalogMatching | undefined;
}): Promise<{ line: DemandLine; warnings: FieldProblem[] }> {
  const repositories = createRepositories(options.database);
  const { line: existing, list } = await requireDemandLine(
    repositories,
    options.actor,
    options.lineId,
    'edit',
  );
  const { input, warnings } = await prepareDemandLineInput({ repositories, input: options.input });
  assertDemandLineMove(existing.status, input.status);
  try {
    const line = (await repositories.demand.updateLine(existing.id, input))!;
    await recordChange(repositories, options.actor, {
      action: 'demand_line.update',
      entityType: 'demand_line',
      entityId: line.id,
      organisationId: list.organisationId,
      before: existing,
      after: line,
    });
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
