import { apiRequest, apiUrl, uploadFile, type UploadProgress } from './api-client';
import type {
  ApiToken,
  ApiTokenScope,
  AuditEntry,
  ClassifierLookup,
  ClassifierNode,
  DashboardSummary,
  DemandLine,
  DemandLineStatus,
  DemandList,
  DemandListSharing,
  ImportReport,
  Invitation,
  Job,
  LineMatches,
  LineOffer,
  MatchRefreshStatus,
  ProductOffer,
  Member,
  MembershipRole,
  Organisation,
  OrganisationDraft,
  OrganisationKind,
  Page,
  Product,
  Program,
  ProgramItem,
  Session,
  SynchronizationReport,
} from './types';

/** Server-side paging: the API takes limit and offset; tables think in pages. */
export interface Paging {
  page: number;
  pageSize: number;
}

function pagingQuery({ page, pageSize }: Paging): { limit: number; offset: number } {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}

export interface ProductFilter {
  q?: string | undefined;
  country?: string | undefined;
  tnved?: string | undefined;
  organisationId?: string | undefined;
  parameter?: string | undefined;
  parameterFrom?: number | undefined;
  parameterTo?: number | undefined;
}

export type ExportFormat = 'xlsx' | 'csv';

export const authApi = {
  getSession: () => apiRequest<Session>('/auth/session'),
  signIn: (credentials: { email: string; password: string }) =>
    apiRequest<Session>('/auth/sign-in', { method: 'POST', body: credentials }),
  signOut: () => apiRequest<void>('/auth/sign-out', { method: 'POST' }),
  switchOrganisation: (organisationId: string) =>
    apiRequest<Session>('/auth/organisation', { method: 'POST', body: { organisationId } }),
  requestPasswordReset: (email: string) =>
    apiRequest<void>('/auth/password-reset', { method: 'POST', body: { email } }),
  confirmPasswordReset: (body: { token: string; password: string }) =>
    apiRequest<void>('/auth/password-reset/confirm', { method: 'POST', body }),
  acceptInvitation: (body: { token: string; displayName: string; password: string }) =>
    apiRequest<{ userId: string; organisationId: string; isNewUser: boolean }>('/invitations/accept', {
      method: 'POST',
      body,
    }),
};

export const organisationsApi = {
  list: (filter: { q?: string; country?: string; kind?: OrganisationKind }, paging: Paging) =>
    apiRequest<Page<Organisation>>('/organisations', { query: { ...filter, ...pagingQuery(paging) } }),
  get: (id: string) => apiRequest<Organisation>(`/organisations/${id}`),
  update: (id: string, draft: OrganisationDraft) =>
    apiRequest<Organisation>(`/organisations/${id}`, { method: 'PUT', body: draft }),
  listMembers: (id: string) => apiRequest<{ items: Member[] }>(`/organisations/${id}/members`),
  updateMember: (
    id: string,
    userId: string,
    body: { role: MembershipRole; canBuy: boolean; canSupply: boolean },
  ) => apiRequest<Member>(`/organisations/${id}/members/${userId}`, { method: 'PUT', body }),
  removeMember: (id: string, userId: string) =>
    apiRequest<void>(`/organisations/${id}/members/${userId}`, { method: 'DELETE' }),
  listInvitations: (id: string) => apiRequest<{ items: Invitation[] }>(`/organisations/${id}/invitations`),
  invite: (id: string, body: { email: string; role: MembershipRole; canBuy: boolean; canSupply: boolean }) =>
    apiRequest<{ invitation: Invitation; token: string }>(`/organisations/${id}/invitations`, {
      method: 'POST',
      body,
    }),
  listAuditLog: (id: string, paging: Paging) =>
    apiRequest<Page<AuditEntry>>(`/organisations/${id}/audit-log`, { query: pagingQuery(paging) }),
  auditLogExportUrl: (id: string, format: ExportFormat) =>
    apiUrl(`/organisations/${id}/audit-log/export`, { format }),
};

export const apiTokensApi = {
  list: () => apiRequest<{ items: ApiToken[] }>('/api-tokens'),
  create: (body: { name: string; scopes: ApiTokenScope[]; expiresInDays: number }) =>
    apiRequest<{ apiToken: ApiToken; token: string }>('/api-tokens', { method: 'POST', body }),
  revoke: (id: string) => apiRequest<ApiToken>(`/api-tokens/${id}`, { method: 'DELETE' }),
};

export const catalogApi = {
  listProducts: (filter: ProductFilter, paging: Paging) =>
    apiRequest<Page<Product>>('/products', { query: { ...filter, ...pagingQuery(paging) } }),
  getProduct: (id: string) => apiRequest<Product>(`/products/${id}`),
  /** Where the product was offered: for its own organisation. */
  productOffers: (id: string) => apiRequest<{ items: ProductOffer[] }>(`/products/${id}/offers`),
};

export const classifiersApi = {
  search: (system: 'tnved' | 'okpd2', q: string, limit = 20) =>
    apiRequest<{ items: ClassifierNode[] }>(`/classifiers/${system}/search`, { query: { q, limit } }),
  lookUp: (system: 'tnved' | 'okpd2', code: string) =>
    apiRequest<ClassifierLookup>(`/classifiers/${system}/codes/${encodeURIComponent(code)}`),
};

export const hotListsApi = {
  listLists: (filter: { q?: string; country?: string; organisationId?: string }, paging: Paging) =>
    apiRequest<Page<DemandList>>('/demand-lists', { query: { ...filter, ...pagingQuery(paging) } }),
  getList: (id: string) => apiRequest<DemandList>(`/demand-lists/${id}`),
  listLines: (listId: string, filter: { q?: string; status?: DemandLineStatus }, paging: Paging) =>
    apiRequest<Page<DemandLine>>(`/demand-lists/${listId}/lines`, {
      query: { ...filter, ...pagingQuery(paging) },
    }),
  getLine: (id: string) => apiRequest<DemandLine>(`/demand-lines/${id}`),
  getMatches: (lineId: string, options: { limit: number; countries?: string[] }) =>
    apiRequest<LineMatches>(`/demand-lines/${lineId}/matches`, { query: options }),
  /** Whether stored matches have caught up with the latest catalog changes. */
  matchRefreshStatus: () => apiRequest<MatchRefreshStatus>('/matching/status'),
  moveLine: (lineId: string, status: DemandLineStatus) =>
    apiRequest<DemandLine>(`/demand-lines/${lineId}/status`, { method: 'POST', body: { status } }),
  /** Whom the list is shown to: for the owner's admins and buyers. */
  sharing: (listId: string) => apiRequest<DemandListSharing>(`/demand-lists/${listId}/sharing`),
  /** Replaces who sees the list. */
  share: (listId: string, sharing: DemandListSharing) =>
    apiRequest<DemandListSharing>(`/demand-lists/${listId}/sharing`, { method: 'PUT', body: sharing }),
  listOffers: (lineId: string) => apiRequest<{ items: LineOffer[] }>(`/demand-lines/${lineId}/offers`),
  offerProduct: (lineId: string, body: { productId: string; note: string | null }) =>
    apiRequest<{ lineId: string; productId: string; note: string | null }>(`/demand-lines/${lineId}/offers`, {
      method: 'POST',
      body,
    }),
  /** Takes back the active organisation's offer of a product to a line. */
  withdrawOffer: (lineId: string, productId: string) =>
    apiRequest<void>(`/demand-lines/${lineId}/offers/${productId}`, { method: 'DELETE' }),
  exportUrl: (listId: string, format: ExportFormat) => apiUrl(`/demand-lists/${listId}/export`, { format }),
  /** With isDryRun the server checks the file and writes nothing: the preview of the columns and row problems. */
  importFile: (options: {
    organisationId: string;
    file: File;
    title?: string | undefined;
    listId?: string | undefined;
    isDryRun: boolean;
    skipInvalid: boolean;
    onProgress?: (progress: UploadProgress) => void;
    signal?: AbortSignal;
  }) =>
    uploadFile<ImportReport>(`/organisations/${options.organisationId}/demand-lists/import`, options.file, {
      query: {
        title: options.title,
        listId: options.listId,
        dryRun: options.isDryRun,
        skipInvalid: options.skipInvalid,
      },
      onProgress: options.onProgress,
      signal: options.signal,
    }),
};

export type SynchronizationJob = Job<SynchronizationReport>;

export const programsApi = {
  list: (country?: string) => apiRequest<{ items: Program[] }>('/programs', { query: { country } }),
  get: (id: string) => apiRequest<{ program: Program; items: ProgramItem[] }>(`/programs/${id}`),
  startSynchronization: (left: string, right: string) =>
    apiRequest<SynchronizationJob>('/programs/sync/jobs', { method: 'POST', body: { left, right } }),
  getJob: (id: string) => apiRequest<SynchronizationJob>(`/jobs/${id}`),
  workbookUrl: (left: string, right: string) => apiUrl('/programs/sync/workbook', { left, right }),
};

export const dashboardApi = {
  get: (organisationId?: string) => apiRequest<DashboardSummary>('/dashboard', { query: { organisationId } }),
};
