import type { DemandLine, MembershipRole, TokenScope } from '@coopex/domain';
import type { ImportReport } from '@coopex/use-cases';

/** The shapes of the API answers the remote commands read (see /api/v1/openapi.json). */

export interface Page<Item> {
  items: Item[];
  total: number;
  limit: number;
  offset: number;
}

export interface SessionView {
  user: { id: string; email: string; displayName: string; isPlatformAdmin: boolean };
  memberships: Array<{
    organisationId: string;
    organisationName: string;
    organisationKind: 'enterprise' | 'ministry';
    country: string;
    role: MembershipRole;
    canBuy: boolean;
    canSupply: boolean;
  }>;
  activeOrganisationId: string | null;
}

export interface ApiTokenView {
  id: string;
  organisationId: string;
  name: string;
  tokenPrefix: string;
  scopes: TokenScope[];
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface HealthView {
  status: 'ok';
  database: 'pglite' | 'postgres';
  version: string;
}

export interface RemoteImportReport extends ImportReport {
  isDryRun: boolean;
}

export interface RemoteDemandImportReport extends RemoteImportReport {
  listId: string | null;
}

export interface MatchCandidateView {
  rank: number;
  productId: string;
  externalId: string | null;
  name: string;
  partNumber: string | null;
  supplier: { id: string; name: string; country: string };
  score: number;
  summary: string;
  failed: string[];
}

export interface LineMatchesView {
  line: DemandLine;
  candidates: MatchCandidateView[];
  isStored: boolean;
}
