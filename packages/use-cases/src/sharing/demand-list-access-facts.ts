import type { DemandListAccessFacts } from '@coopex/domain';
import type { Repositories } from '@coopex/db';

/** What the visibility rule needs to know about a hot list: its owner, the owner's country, whom it was shared with. */
export async function demandListAccessFacts(
  repositories: Pick<Repositories, 'organisations' | 'sharing'>,
  list: { id: string; organisationId: string; visibility: 'union' | 'invited' },
): Promise<DemandListAccessFacts> {
  const owner = await repositories.organisations.findById(list.organisationId);
  return {
    organisationId: list.organisationId,
    ownerCountry: owner?.country ?? '',
    visibility: list.visibility,
    invitedOrganisationIds:
      list.visibility === 'invited' ? await repositories.sharing.listInvitedOrganisations(list.id) : [],
  };
}
