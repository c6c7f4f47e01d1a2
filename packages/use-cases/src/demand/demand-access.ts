import {
  AppError,
  canEditDemand,
  canSeeDemandList,
  isCoordinator,
  isPlatformAdmin,
  requireAccess,
  type Actor,
  type DemandLine,
  type DemandList,
} from '@coopex/domain';
import type { DemandListFilter, Repositories } from '@coopex/db';
import { demandListAccessFacts } from '../sharing/demand-list-access-facts';

type DemandRepositories = Pick<Repositories, 'demand' | 'organisations' | 'sharing'>;

/** The hot list, when the actor may see it (or change it, with `forEditing`); a clear error otherwise. */
export async function requireDemandList(
  repositories: DemandRepositories,
  actor: Actor,
  listId: string,
  purpose: 'see' | 'edit',
): Promise<DemandList> {
  const list = await repositories.demand.findListById(listId);
  if (!list) {
    requireAccess(actor, actor.kind !== 'anonymous', 'read hot lists');
    throw new AppError('not_found', 'Hot list not found', { listId });
  }
  if (purpose === 'edit') {
    requireAccess(actor, canEditDemand(actor, list.organisationId), 'change this hot list', {
      organisationId: list.organisationId,
    });
  } else {
    requireAccess(
      actor,
      canSeeDemandList(actor, await demandListAccessFacts(repositories, list)),
      'see this hot list',
      { listId },
    );
  }
  return list;
}

/** The line and its list, when the actor may see (or change) the list. */
export async function requireDemandLine(
  repositories: DemandRepositories,
  actor: Actor,
  lineId: string,
  purpose: 'see' | 'edit',
): Promise<{ line: DemandLine; list: DemandList }> {
  const line = await repositories.demand.findLineById(lineId);
  if (!line) {
    requireAccess(actor, actor.kind !== 'anonymous', 'read hot lists');
    throw new AppError('not_found', 'Line not found', { lineId });
  }
  const list = await requireDemandList(repositories, actor, line.listId, purpose);
  return { line, list };
}

/** The filter that keeps a list query to what the actor may see. */
export function visibleListsFilter(actor: Actor): DemandListFilter['visibleTo'] {
  if (isPlatformAdmin(actor)) return undefined;
  const membership = actor.kind === 'user' ? actor.membership : null;
  return {
    organisationId: membership?.organisationId ?? null,
    coordinatorCountry: isCoordinator(actor) ? (membership?.country ?? null) : null,
  };
}
