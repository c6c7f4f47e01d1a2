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
import { requireDemandList } from './demand-access';
import type { CatalogMatching } from '../matching/catalog-matching';
import { isUniqueViolation } from '../shared/is-unique-violation';
import { prepareDemandLineInput } from './prepare-demand-line-input';

/** Adds a line to a hot list. A new line starts open, or at a status reachable from open. */
export async function createDemandLine(options: {
  database: Database;
  actor: Actor;
  listId: string;
  input: DemandLineInput;
  matching?: CatalogMatching | undefined;
}): Promise<{ line: DemandLine; warnings: FieldProblem[] }> {
  const repositories = createRepositories(options.database);
  const list = await requireDemandList(repositories, options.actor, options.listId, 'edit');
  const { input, warnings } = await prepareDemandLineInput({ repositories, input: options.input });
  assertDemandLineMove('open', input.status);
  try {
    const line = await repositories.demand.insertLine(list.id, input);
    await recordChange(repositories, options.actor, {
      action: 'demand_line.create',
      entityType: 'demand_line',
      entityId: line.id,
      organisationId: list.organisationId,
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
