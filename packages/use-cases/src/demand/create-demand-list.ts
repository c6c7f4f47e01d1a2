import { AppError, demandListInputSchema, type DemandList, type DemandListInput } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

export async function createDemandList(options: {
  database: Database;
  organisationId: string;
  input: DemandListInput;
}): Promise<DemandList> {
  const repositories = createRepositories(options.database);
  if (!(await repositories.organisations.findById(options.organisationId))) {
    throw new AppError('not_found', 'Organisation not found', { organisationId: options.organisationId });
  }
  return repositories.demand.insertList(options.organisationId, demandListInputSchema.parse(options.input));
}
