import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { isApiError, setCsrfToken, setSessionEndedListener } from '../api/api-client';
import { authApi } from '../api/coopex-api';
import type { Session } from '../api/types';
import { SessionContext, type SessionState } from './session-context';

export const sessionQueryKey = ['session'] as const;

/** Nobody signed in is an answer, not an error: the app then shows the sign-in page. */
async function fetchSession(): Promise<Session | null> {
  try {
    return await authApi.getSession();
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 5 * 60_000 });
  const session = query.data ?? null;

  useEffect(() => {
    setCsrfToken(session?.csrfToken ?? null);
  }, [session]);

  const applySession = useCallback(
    (next: Session | null) => {
      setCsrfToken(next?.csrfToken ?? null);
      queryClient.setQueryData(sessionQueryKey, next);
    },
    [queryClient],
  );

  useEffect(() => {
    // A request answered 401: the session ended (expired, signed out in another tab). Forget what was shown.
    setSessionEndedListener(() => {
      applySession(null);
      queryClient.removeQueries({ predicate: (cached) => cached.queryKey[0] !== sessionQueryKey[0] });
    });
    return () => setSessionEndedListener(null);
  }, [applySession, queryClient]);

  const signIn = useCallback(
    async (credentials: { email: string; password: string }) => {
      const next = await authApi.signIn(credentials);
      applySession(next);
      queryClient.removeQueries({ predicate: (cached) => cached.queryKey[0] !== sessionQueryKey[0] });
      return next;
    },
    [applySession, queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await authApi.signOut();
    } finally {
      // The session query stays in the cache (its observer lives as long as the app): it becomes null, and only
      // the data shown for the signed-in user is dropped.
      applySession(null);
      queryClient.removeQueries({ predicate: (cached) => cached.queryKey[0] !== sessionQueryKey[0] });
    }
  }, [applySession, queryClient]);

  const switchOrganisation = useCallback(
    async (organisationId: string) => {
      const next = await authApi.switchOrganisation(organisationId);
      applySession(next);
      // What a user may see depends on the organisation they act for: fetch everything again.
      await queryClient.invalidateQueries({
        predicate: (cached) => cached.queryKey[0] !== sessionQueryKey[0],
      });
    },
    [applySession, queryClient],
  );

  const value = useMemo<SessionState>(() => {
    const activeMembership =
      session?.memberships.find((membership) => membership.organisationId === session.activeOrganisationId) ??
      null;
    return {
      session,
      isLoading: query.isPending,
      loadError: query.error,
      reload: () => void query.refetch(),
      activeMembership,
      canSeePrograms: Boolean(
        session?.user.isPlatformAdmin || activeMembership?.organisationKind === 'ministry',
      ),
      signIn,
      signOut,
      switchOrganisation,
    };
  }, [session, query, signIn, signOut, switchOrganisation]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
