import { createContext, useContext } from 'react';
import type { Membership, Session } from '../api/types';

export interface SessionState {
  session: Session | null;
  isLoading: boolean;
  /** Why the session could not be read (server down, say); null when it could. */
  loadError: Error | null;
  reload(): void;
  /** The membership of the organisation the user acts for, if any. */
  activeMembership: Membership | null;
  /** Import-substitution programs are the coordinators' work (ministries) and platform admins'. */
  canSeePrograms: boolean;
  signIn(credentials: { email: string; password: string }): Promise<Session>;
  signOut(): Promise<void>;
  switchOrganisation(organisationId: string): Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be used inside SessionProvider');
  return state;
}
