import {
  AppError,
  canEditDemand,
  demandListInputSchema,
  requireAccess,
  type Actor,
  type DemandList,
  type DemandListInput,
} from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { recordChange } from '../shared/record-change';

export async function createDemandList(options: {
  database: Database;
  actor: Actor;
  organisationId: string;
  input: DemandListInput;
}): Promise<DemandList> {
  requireAccess(
    options.actor,
    canEditDemand(options.actor, options.organisationId),
    'publish hot lists for this organisation',
    {
      organisationId: options.organisationId,
    },
  );
  const repositories = createRepositories(options.database);
  if (!(await repositories.organisations.findById(options.organisationId))) {
    throw new AppError('not_found', 'Organisation not found', { organisationId: options.organisationId });
  }
  const list = await repositories.demand.insertList(
    options.organisationId,
    demandListInputSchema.parse(options.input),
  );
  await recordChange(repositories, options.actor, {
    action: 'demand_list.create',
    entityType: 'demand_list',
    entityId: list.id,
    organisationId: list.organisationId,
    after: list,
  });
  return list;
}
