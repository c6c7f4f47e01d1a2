import {
  AppError,
  canSeePrograms,
  isUnionCountry,
  requireAccess,
  unionCountryCodes,
  type Actor,
  type Program,
  type ProgramItem,
} from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { assessCoverage, findOverlaps, groupGaps, type CoverageStatus } from '@coopex/matching';
import { toMatchQuery, type CatalogMatching } from '../matching/catalog-matching';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const candidatesPerItem = 10;

export interface ItemCoverageView {
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
}

export interface CoverageTotals {
  items: Record<CoverageStatus, number>;
  /** Yearly value by status, per currency as the programs state it. */
  value: Record<string, Record<CoverageStatus, number>>;
}

export interface SideReport {
  country: string;
  programs: Array<{ id: string; title: string; industry: string | null }>;
  /** Who this side's items were matched against. */
  suppliedBy: string[];
  items: ItemCoverageView[];
  totals: CoverageTotals;
  byIndustry: Array<{ industry: string; totals: CoverageTotals }>;
  byChapter: Array<{ chapter: string; totals: CoverageTotals }>;
  byProducer: Array<{
    supplierId: string;
    supplierName: string;
    country: string;
    items: number;
    value: Record<string, number>;
  }>;
}

export interface SynchronizationReport {
  computedAt: string;
  catalogProducts: number;
  sides: [SideReport, SideReport];
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
  overlaps: Array<OverlapView>;
  falseFriends: Array<OverlapView>;
}

interface OverlapView {
  similarity: number;
  left: { programTitle: string; externalId: string | null; name: string; tnved: string | null };
  right: { programTitle: string; externalId: string | null; name: string; tnved: string | null };
}

/**
 * The synchronisation of two programs, or of two countries' sets of programs: what each side's producers can supply
 * to the other (covered, partly, not covered, by items and by value, by TN VED chapter and by producer), the items
 * nobody in the union makes grouped into candidate joint projects, and the items both sides plan to localise.
 */
export async function synchronizePrograms(options: {
  database: Database;
  actor: Actor;
  matching: CatalogMatching;
  left: string;
  right: string;
  /** Called after each item with the number done and the total, for a progress bar or a job's progress. */
  onProgress?: ((done: number, total: number) => void | Promise<void>) | undefined;
}): Promise<SynchronizationReport> {
  requireAccess(options.actor, canSeePrograms(options.actor), 'synchronise import-substitution programs');
  const repositories = createRepositories(options.database);
  const [left, right] = await Promise.all([
    resolveSide(options.database, options.left),
    resolveSide(options.database, options.right),
  ]);
  if (left.country === right.country) {
    throw new AppError(
      'validation_failed',
      'Synchronisation compares two countries: choose programs of different countries',
      {
        left: left.country,
        right: right.country,
      },
    );
  }
  const unionCountries = [...unionCountryCodes];

  /** Gives every producer its product's and supplier's names, reading the products in batches of a thousand. */
  const nameProducers = async (items: ItemCoverageView[]): Promise<void> => {
    const productIds = [
      ...new Set(items.flatMap((item) => item.producers.map((producer) => producer.productId))),
    ];
    const products = new Map<string, { nameRu: string; supplierName: string }>();
    for (let start = 0; start < productIds.length; start += 1000) {
      for (const product of await repositories.products.findWithSuppliers(
        productIds.slice(start, start + 1000),
      )) {
        products.set(product.id, product);
      }
    }
    for (const item of items) {
      for (const producer of item.producers) {
        const product = products.get(producer.productId);
        if (!product) continue;
        producer.productName = product.nameRu;
        producer.supplierName = product.supplierName;
      }
    }
  };
  const total = left.items.length + right.items.length;
  let done = 0;

  const coverSide = async (
    side: ResolvedSide,
    suppliers: string[],
  ): Promise<{ report: SideReport; uncovered: ProgramItemWithProgram[] }> => {
    const items: ItemCoverageView[] = [];
    const uncovered: ProgramItemWithProgram[] = [];
    const industryOf = new Map(side.programs.map((program) => [program.id, program.industry ?? '—']));
    for (const { program, item } of side.items) {
      const query = toMatchQuery({
        ...item,
        id: item.id,
        listId: program.id,
        partNumber: null,
        manufacturer: null,
        originCountry: null,
        neededBy: null,
        targetPrice: null,
        criticality: 'medium',
        minimumAnalogueGrade: null,
        status: 'open',
        createdAt: '',
        updatedAt: '',
        buyerCountry: side.country,
      });
      const candidates = options.matching.match(query, { limit: candidatesPerItem, countries: suppliers });
      const coverage = assessCoverage({
        quantityPerYear: item.quantityPerYear,
        quantityUnit: item.quantityUnit,
        candidates,
        itemName: item.name,
        requirements: item.requirements,
      });
      items.push({
        programId: program.id,
        programTitle: program.title,
        itemId: item.id,
        externalId: item.externalId,
        name: item.name,
        tnved: item.tnved,
        quantityPerYear: item.quantityPerYear,
        quantityUnit: item.quantityUnit,
        valuePerYear: item.valuePerYear,
        currency: item.currency,
        status: coverage.status,
        capacityShare: coverage.capacityShare,
        shortfall: coverage.shortfall,
        producers: coverage.producers.map((producer) => ({
          productId: producer.productKey,
          // Named from the database once the side is done: one lookup for all items, not one per item.
          productName: producer.name,
          supplierId: producer.organisationId,
          supplierName: producer.organisationId,
          country: producer.country,
          score: producer.score,
          capacityPerYear: producer.capacityPerYear,
          failed: producer.failed,
        })),
      });
      if (coverage.status === 'not_covered') {
        // Nobody in the other country: a gap only if nobody in the whole union makes it either.
        const anywhere = assessCoverage({
          quantityPerYear: null,
          quantityUnit: null,
          candidates: options.matching.match(query, { limit: candidatesPerItem, countries: unionCountries }),
          itemName: item.name,
          requirements: item.requirements,
        });
        if (anywhere.status === 'not_covered') uncovered.push({ program, item });
      }
      done += 1;
      await options.onProgress?.(done, total);
    }
    await nameProducers(items);
    return {
      report: {
        country: side.country,
        programs: side.programs.map((program) => ({
          id: program.id,
          title: program.title,
          industry: program.industry,
        })),
        suppliedBy: suppliers,
        items,
        totals: totalsOf(items),
        byIndustry: groupBy(items, (item) => industryOf.get(item.programId) ?? '—').map(
          ([industry, group]) => ({
            industry,
            totals: totalsOf(group),
          }),
        ),
        byChapter: groupBy(items, (item) => item.tnved?.slice(0, 2) ?? '—').map(([chapter, group]) => ({
          chapter,
          totals: totalsOf(group),
        })),
        byProducer: producersOf(items),
      },
      uncovered,
    };
  };

  const leftCoverage = await coverSide(left, [right.country]);
  const rightCoverage = await coverSide(right, [left.country]);
  const gapItems = [...leftCoverage.uncovered, ...rightCoverage.uncovered].map(({ program, item }) => ({
    ...item,
    programTitle: program.title,
    country: program.country,
  }));
  const { overlaps, falseFriends } = findOverlaps({
    left: left.items.map(({ program, item }) => ({ ...item, programTitle: program.title })),
    right: right.items.map(({ program, item }) => ({ ...item, programTitle: program.title })),
  });
  const toOverlapView = (pair: (typeof overlaps)[number]): OverlapView => ({
    similarity: pair.similarity,
    left: {
      programTitle: pair.left.programTitle,
      externalId: pair.left.externalId,
      name: pair.left.name,
      tnved: pair.left.tnved,
    },
    right: {
      programTitle: pair.right.programTitle,
      externalId: pair.right.externalId,
      name: pair.right.name,
      tnved: pair.right.tnved,
    },
  });
  return {
    computedAt: new Date().toISOString(),
    catalogProducts: options.matching.productCount,
    sides: [leftCoverage.report, rightCoverage.report],
    gaps: groupGaps(gapItems).map((group) => ({
      productKind: group.productKind,
      valuePerYear: group.valuePerYear,
      items: group.items.map((item) => ({
        programTitle: item.programTitle,
        country: item.country,
        externalId: item.externalId,
        name: item.name,
        tnved: item.tnved,
        valuePerYear: item.valuePerYear,
        currency: item.currency,
      })),
    })),
    overlaps: overlaps.map(toOverlapView),
    falseFriends: falseFriends.map(toOverlapView),
  };
}

interface ProgramItemWithProgram {
  program: Program;
  item: ProgramItem;
}

interface ResolvedSide {
  country: string;
  programs: Program[];
  items: ProgramItemWithProgram[];
}

/** A side is one program (by id) or every program of a country (by its code). */
async function resolveSide(database: Database, selector: string): Promise<ResolvedSide> {
  const repositories = createRepositories(database);
  let programs: Program[];
  if (uuidPattern.test(selector)) {
    const program = await repositories.programs.findById(selector);
    if (!program) throw new AppError('not_found', 'Program not found', { programId: selector });
    programs = [program];
  } else if (isUnionCountry(selector.toUpperCase())) {
    programs = await repositories.programs.list({ country: selector.toUpperCase() });
    if (programs.length === 0)
      throw new AppError('not_found', `No programs of ${selector.toUpperCase()} are loaded`, {
        country: selector,
      });
  } else {
    throw new AppError('validation_failed', `"${selector}" is neither a program id nor a country code`, {
      selector,
    });
  }
  const items: ProgramItemWithProgram[] = [];
  for (const program of programs) {
    for (const item of await repositories.programs.listItems(program.id)) items.push({ program, item });
  }
  return { country: programs[0]!.country, programs, items };
}

function totalsOf(items: ItemCoverageView[]): CoverageTotals {
  const totals: CoverageTotals = { items: { covered: 0, partly: 0, not_covered: 0 }, value: {} };
  for (const item of items) {
    totals.items[item.status] += 1;
    if (item.valuePerYear !== null) {
      const currency = item.currency ?? '—';
      totals.value[currency] ??= { covered: 0, partly: 0, not_covered: 0 };
      totals.value[currency][item.status] += item.valuePerYear;
    }
  }
  return totals;
}

function groupBy<Item>(items: Item[], keyOf: (item: Item) => string): Array<[string, Item[]]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/** How much of the program each enterprise could take: items where it is a clean producer, their value by capacity. */
function producersOf(items: ItemCoverageView[]): SideReport['byProducer'] {
  const producers = new Map<string, SideReport['byProducer'][number]>();
  for (const item of items) {
    const clean = item.producers.filter((producer) => producer.failed.length === 0);
    const seen = new Set<string>();
    for (const producer of clean) {
      if (seen.has(producer.supplierId)) continue;
      seen.add(producer.supplierId);
      const entry = producers.get(producer.supplierId) ?? {
        supplierId: producer.supplierId,
        supplierName: producer.supplierName,
        country: producer.country,
        items: 0,
        value: {},
      };
      entry.items += 1;
      if (item.valuePerYear !== null) {
        const share =
          item.quantityPerYear && producer.capacityPerYear !== null
            ? Math.min(1, producer.capacityPerYear / item.quantityPerYear)
            : 1;
        const currency = item.currency ?? '—';
        entry.value[currency] = (entry.value[currency] ?? 0) + Math.round(item.valuePerYear * share);
      }
      producers.set(producer.supplierId, entry);
    }
  }
  return [...producers.values()].sort(
    (a, b) => b.items - a.items || a.supplierName.localeCompare(b.supplierName),
  );
}
