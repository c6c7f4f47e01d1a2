/**
 * The shapes the API answers with (see /api/v1/openapi.json). The web app keeps its own copy instead of importing
 * the server's schemas, so the browser bundle carries no server or validation code.
 */

export interface Page<Item> {
  items: Item[];
  total: number;
  limit: number;
  offset: number;
}

export type OrganisationKind = 'enterprise' | 'ministry';

export interface Organisation {
  id: string;
  kind: OrganisationKind;
  nameRu: string;
  nameEn: string | null;
  country: string;
  taxId: string;
  ogrn: string | null;
  industries: string[];
  createdAt: string;
  updatedAt: string;
}

export type OrganisationDraft = Pick<
  Organisation,
  'kind' | 'nameRu' | 'nameEn' | 'country' | 'taxId' | 'ogrn' | 'industries'
>;

export type ParameterValue =
  | { kind: 'number'; value: number; unit?: string }
  | { kind: 'range'; min: number | null; max: number | null; unit?: string }
  | { kind: 'set'; values: string[] }
  | { kind: 'text'; value: string };

export type ParameterRequirement =
  | { kind: 'range'; min: number | null; max: number | null; unit?: string }
  | { kind: 'values'; values: string[] }
  | { kind: 'pattern'; pattern: string };

export interface Product {
  id: string;
  organisationId: string;
  externalId: string | null;
  nameRu: string;
  nameEn: string | null;
  description: string | null;
  manufacturer: string | null;
  partNumber: string | null;
  tnved: string | null;
  okpd2: string | null;
  country: string | null;
  parameters: Array<{ name: string; value: ParameterValue }>;
  capacityPerYear: number | null;
  capacityUnit: string | null;
  leadTimeDays: number | null;
  minimumOrder: number | null;
  minimumOrderUnit: string | null;
  price: number | null;
  currency: string | null;
  status: 'active' | 'draft' | 'discontinued';
  /** Confidential fields this viewer may not see (they arrive as null). Absent when everything is visible. */
  hiddenFields?: string[];
  /** The published range of the capacity, shown instead of the exact figure when that is hidden. */
  capacityBand?: { from: number; to: number; unit: string } | null;
  createdAt: string;
  updatedAt: string;
}

export const demandLineStatuses = [
  'open',
  'candidates_found',
  'contacted',
  'sample',
  'qualified',
  'delivering',
  'closed',
  'cancelled',
] as const;
export type DemandLineStatus = (typeof demandLineStatuses)[number];

export const criticalities = ['production_stop', 'high', 'medium', 'low'] as const;
export type Criticality = (typeof criticalities)[number];

export interface DemandList {
  id: string;
  organisationId: string;
  title: string;
  description: string | null;
  visibility: 'union' | 'invited';
  lineCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface DemandLine {
  id: string;
  listId: string;
  externalId: string | null;
  name: string;
  nameEn: string | null;
  description: string | null;
  partNumber: string | null;
  manufacturer: string | null;
  originCountry: string | null;
  tnved: string | null;
  okpd2: string | null;
  requirements: Array<{ name: string; requirement: ParameterRequirement }>;
  quantityPerYear: number | null;
  quantityUnit: string | null;
  neededBy: string | null;
  targetPrice: number | null;
  currency: string | null;
  criticality: Criticality;
  minimumAnalogueGrade: 'drop-in' | 'pin-compatible' | 'functional' | null;
  status: DemandLineStatus;
  createdAt: string;
  updatedAt: string;
}

export type DemandListVisibility = DemandList['visibility'];

/** Who sees a hot list. The invited organisations are answered only by the change (PUT …/sharing). */
export interface DemandListSharing {
  visibility: DemandListVisibility;
  invitedOrganisationIds: string[];
}

/** A supplier's product offered to a hot-list line; the line's buyer sees its price and exact capacity. */
export interface LineOffer {
  product: Product;
  supplier: { id: string; name: string; nameEn: string | null; country: string };
  note: string | null;
  offeredAt: string;
}

export interface ParameterVerdict {
  requirement: string;
  offeredAs: string | null;
  isMet: boolean | null;
  reason: string;
}

/** Why a product was proposed: one entry per criterion that applied, each with its score in [0, 1]. */
export interface MatchExplanation {
  text: { score: number; coverage: number | null; matchedTerms: string[] } | null;
  classification: {
    score: number;
    system: 'tnved' | 'okpd2';
    level: string;
    requested: string;
    offered: string;
  } | null;
  partNumber: {
    score: number;
    agreement: 'exact' | 'prefix' | 'family';
    requested: string;
    offered: string;
  } | null;
  analogue: {
    score: number;
    requested: string;
    analogue: string;
    offered: string;
    manufacturer: string | null;
    grade: 'drop-in' | 'pin-compatible' | 'functional';
    source: string | null;
  } | null;
  parameters: { score: number; verdicts: ParameterVerdict[] } | null;
  capacity: {
    score: number;
    share: number;
    offeredPerYear: number;
    requestedPerYear: number;
    unit: string;
  } | null;
  leadTime: { score: number; leadTimeDays: number; readyBy: string; neededBy: string } | null;
  country: { score: number; country: string; isCounterpart: boolean };
}

export interface MatchCandidate {
  rank: number;
  productId: string;
  externalId: string | null;
  name: string;
  nameEn: string | null;
  partNumber: string | null;
  manufacturer: string | null;
  tnved: string | null;
  okpd2: string | null;
  supplier: { id: string; name: string; country: string };
  score: number;
  summary: string;
  explanation: MatchExplanation;
  failed: string[];
}

export interface LineMatches {
  line: DemandLine;
  candidates: MatchCandidate[];
  isStored: boolean;
}

/** GET /products/{id}/offers: where the organisation offered its product. */
export interface ProductOffer {
  lineId: string;
  lineName: string;
  listId: string;
  listTitle: string;
  buyer: { id: string; name: string; nameEn: string | null; country: string };
  note: string | null;
  offeredAt: string;
}

export type MatchRefreshKind = 'catalog-changes' | 'all-lines' | 'hot-list' | 'lines';

/** GET /matching/status: stored matches follow catalog, analogue and hot-list changes in the background. */
export interface MatchRefreshStatus {
  isUpToDate: boolean;
  running: { kind: MatchRefreshKind; startedAt: string; linesDone: number; linesTotal: number | null } | null;
  waiting: MatchRefreshKind[];
  lastFinished: {
    kind: MatchRefreshKind;
    startedAt: string;
    finishedAt: string;
    lineCount: number;
    isStopped: boolean;
    error: { code: string; message: string } | null;
  } | null;
}

export interface RowProblem {
  row: number;
  column: string;
  value: string | null;
  reason: string;
}

export interface ImportReport {
  status: 'imported' | 'rejected' | 'partial';
  fileName: string | null;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  columns: Array<{ header: string; field: string | null }>;
  ignoredHeaders: string[];
  rowsRead: number;
  rowsImported: number;
  inserted: number;
  updated: number;
  rowsRejected: number;
  isDryRun: boolean;
  problems: RowProblem[];
  problemCount: number;
  warnings: RowProblem[];
  warningCount: number;
  listId?: string | null;
}

export interface ClassifierNode {
  code: string;
  level: string;
  nameRu: string | null;
  nameEn: string | null;
  fullNameRu: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface ClassifierLookup {
  code: string;
  path: ClassifierNode[];
  children: ClassifierNode[];
}

export interface Program {
  id: string;
  country: string;
  ministryId: string | null;
  industry: string | null;
  title: string;
  periodFrom: number | null;
  periodTo: number | null;
  status: 'draft' | 'active' | 'completed' | 'archived';
  itemCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ProgramItem {
  id: string;
  programId: string;
  externalId: string | null;
  name: string;
  nameEn: string | null;
  description: string | null;
  tnved: string | null;
  okpd2: string | null;
  requirements: Array<{ name: string; requirement: ParameterRequirement }>;
  quantityPerYear: number | null;
  quantityUnit: string | null;
  valuePerYear: number | null;
  currency: string | null;
  targetYear: number | null;
  responsibleEnterprise: string | null;
  note: string | null;
}

export const coverageStatuses = ['covered', 'partly', 'not_covered'] as const;
export type CoverageStatus = (typeof coverageStatuses)[number];
export type CoverageTotals = Record<CoverageStatus, number>;
export interface SynchronizationTotals {
  items: CoverageTotals;
  /** Per currency: the yearly value of the items in each coverage status. */
  value: Record<string, CoverageTotals>;
}

export interface SynchronizationSide {
  country: string;
  programs: Array<{ id: string; title: string; industry: string | null }>;
  suppliedBy: string[];
  items: Array<{
    programId: string;
    programTitle: string;
    itemId: string;
    externalId: string | null;
    name: string;
    tnved: string | null;
    quantityPerYear: number | null;
    quantityUnit: string | null;
    valuePerYear: number | null;
    currency: string | null;
    status: CoverageStatus;
    capacityShare: number | null;
    shortfall: string[];
    producers: Array<{
      productId: string;
      productName: string;
      supplierId: string;
      supplierName: string;
      country: string;
      score: number;
      capacityPerYear: number | null;
      failed: string[];
    }>;
  }>;
  totals: SynchronizationTotals;
  byIndustry: Array<{ industry: string; totals: SynchronizationTotals }>;
  byChapter: Array<{ chapter: string; totals: SynchronizationTotals }>;
  byProducer: Array<{
    supplierId: string;
    supplierName: string;
    country: string;
    items: number;
    value: Record<string, number>;
  }>;
}

export interface OverlapSide {
  programTitle: string;
  externalId: string | null;
  name: string;
  tnved: string | null;
}

export interface SynchronizationReport {
  computedAt: string;
  catalogProducts: number;
  sides: [SynchronizationSide, SynchronizationSide];
  gaps: Array<{
    productKind: string | null;
    valuePerYear: number;
    items: Array<{
      programTitle: string;
      country: string;
      externalId: string | null;
      name: string;
      tnved: string | null;
      valuePerYear: number | null;
      currency: string | null;
    }>;
  }>;
  overlaps: Array<{ similarity: number; left: OverlapSide; right: OverlapSide }>;
  falseFriends: Array<{ similarity: number; left: OverlapSide; right: OverlapSide }>;
}

export interface Job<Result> {
  id: string;
  kind: string;
  parameters: Record<string, unknown>;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  result: Result | null;
  error: unknown;
  isStale: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export type MembershipRole = 'admin' | 'member' | 'coordinator';

export interface Membership {
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  country: string;
  role: MembershipRole;
  canBuy: boolean;
  canSupply: boolean;
}

export interface Session {
  user: { id: string; email: string; displayName: string; isPlatformAdmin: boolean };
  memberships: Membership[];
  activeOrganisationId: string | null;
  csrfToken: string;
}

export interface Member {
  userId: string;
  email: string;
  displayName: string;
  role: MembershipRole;
  canBuy: boolean;
  canSupply: boolean;
  createdAt: string;
}

export interface Invitation {
  id: string;
  organisationId: string;
  email: string;
  role: MembershipRole;
  canBuy: boolean;
  canSupply: boolean;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

export type ApiTokenScope = 'read' | 'write';

export interface ApiToken {
  id: string;
  organisationId: string;
  name: string;
  /** The first characters of the secret, so a user can tell tokens apart. */
  tokenPrefix: string;
  scopes: ApiTokenScope[];
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface AuditEntry {
  id: number;
  occurredAt: string;
  actorUserId: string | null;
  actorEmail: string | null;
  actorTokenId: string | null;
  organisationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface CoverageCounts {
  covered: number;
  partly: number;
  notCovered: number;
}

/** GET /dashboard: what the first page shows. */
export interface DashboardSummary {
  openLines: CoverageCounts & { total: number };
  byCountry: Array<CoverageCounts & { country: string }>;
  byIndustry: Array<CoverageCounts & { industry: string }>;
  latestMatches: Array<{
    lineId: string;
    lineName: string;
    lineNameEn: string | null;
    listId: string;
    buyerName: string;
    buyerNameEn: string | null;
    buyerCountry: string;
    productId: string;
    productName: string;
    productNameEn: string | null;
    supplierName: string;
    supplierNameEn: string | null;
    supplierCountry: string;
    score: number;
    failedCount: number;
    computedAt: string;
  }>;
  catalog: { products: number; suppliers: number; hotLists: number };
}
