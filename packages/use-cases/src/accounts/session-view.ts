import type { MembershipRecord, UserRecord } from '@coopex/db';

/** What a signed-in browser learns about itself: the user, where it belongs, which organisation it acts for. */
export interface SessionView {
  user: { id: string; email: string; displayName: string; isPlatformAdmin: boolean };
  memberships: Array<Omit<MembershipRecord, 'userId'>>;
  activeOrganisationId: string | null;
  csrfToken: string;
}

export function toSessionView(options: {
  user: UserRecord;
  memberships: MembershipRecord[];
  activeOrganisationId: string | null;
  csrfToken: string;
}): SessionView {
  return {
    user: {
      id: options.user.id,
      email: options.user.email,
      displayName: options.user.displayName,
      isPlatformAdmin: options.user.isPlatformAdmin,
    },
    memberships: options.memberships.map(({ userId: _userId, ...membership }) => membership),
    activeOrganisationId: options.activeOrganisationId,
    csrfToken: options.csrfToken,
  };
}

export const passwordRules = { minimumLength: 10, maximumLength: 200 } as const;
