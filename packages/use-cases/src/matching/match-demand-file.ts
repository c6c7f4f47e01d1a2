import { createRepositories, type Database } from '@coopex/db';
import {
  bindColumns,
  convertDemandRow,
  convertProductRow,
  readAnalogueTable,
  readTable,
  type RowProblem,
  type TableSource,
} from '@coopex/import';
import { createTextIndex, Matcher, type MatchCandidate, type MatchQuery } from '@coopex/matching';
import { AppError } from '@coopex/domain';
import { toCatalogItem } from './catalog-matching';
import { loadCatalogMatching } from './load-catalog-matching';

export interface FileLineResult {
  /** The line's external id, or its row number in the file. */
  line: string;
  candidates: Array<MatchCandidate & { externalId: string | null }>;
  problems: RowProblem[];
}

/**
 * The analyst's one-step check: every line of a hot-list file matched against the stored catalog, or, with a
 * catalog file, against that file alone without touching any database. Results arrive in input order.
 */
export async function matchDemandFile(options: {
  demandSource: TableSource;
  demandFileName?: string | undefined;
  /** Match against this catalog file instead of the database. */
  catalogSource?: TableSource | undefined;
  catalogFileName?: string | undefined;
  analoguesSource?: TableSource | undefined;
  database?: Database | undefined;
  top: number;
  countries?: string[] | undefined;
  onCatalogProblem?: ((problems: RowProblem[]) => void) | undefined;
  onResult: (result: FileLineResult) => void | Promise<void>;
}): Promise<{ lines: number; products: number }> {
  const { matcher, externalIdsOf } = await buildMatcher(options);
  if (options.analoguesSource) {
    for await (const result of readAnalogueTable({ source: options.analoguesSource })) {
      if ('row' in result) matcher.addAnalogue(result.row);
      else options.onCatalogProblem?.(result.problems);
    }
  }
  const table = await readTable({ source: options.demandSource, fileName: options.demandFileName });
  const binding = bindColumns({ headers: table.headers, kind: 'demand' });
  if (binding.problems.length > 0) {
    await table.rows.return(undefined);
    throw new AppError('validation_failed', 'The hot-list file cannot be read', {
      problems: binding.problems,
    });
  }
  let lines = 0;
  for await (const row of table.rows) {
    lines += 1;
    const converted = convertDemandRow(row, binding.columns);
    const line = converted.input?.externalId ?? String(row.rowNumber);
    if (!converted.input) {
      await options.onResult({ line, candidates: [], problems: converted.problems });
      continue;
    }
    const input = converted.input;
    const query: MatchQuery = { ...input, requirements: input.requirements };
    const candidates = matcher.match(query, { limit: options.top, countries: options.countries });
    const externalIds = await externalIdsOf(candidates.map((candidate) => candidate.key));
    await options.onResult({
      line,
      candidates: candidates.map((candidate) => ({
        ...candidate,
        externalId: externalIds.get(candidate.key) ?? null,
      })),
      problems: [],
    });
  }
  return { lines, products: matcher.size };
}

async function buildMatcher(options: {
  catalogSource?: TableSource | undefined;
  catalogFileName?: string | undefined;
  database?: Database | undefined;
  onCatalogProblem?: ((problems: RowProblem[]) => void) | undefined;
}): Promise<{ matcher: Matcher; externalIdsOf: (keys: string[]) => Promise<Map<string, string | null>> }> {
  const externalIds = new Map<string, string | null>();
  if (!options.catalogSource) {
    const database = options.database;
    if (!database) throw new AppError('internal_error', 'Matching needs a catalog file or a database', null);
    const matching = await loadCatalogMatching({ database });
    const products = createRepositories(database).products;
    return {
      matcher: matching.matcher,
      externalIdsOf: async (keys) =>
        new Map((await products.findWithSuppliers(keys)).map((product) => [product.id, product.externalId])),
    };
  }
  const matcher = new Matcher(createTextIndex());
  const table = await readTable({ source: options.catalogSource, fileName: options.catalogFileName });
  const binding = bindColumns({ headers: table.headers, kind: 'product' });
  if (binding.problems.length > 0) {
    await table.rows.return(undefined);
    throw new AppError('validation_failed', 'The catalog file cannot be read', {
      problems: binding.problems,
    });
  }
  for await (const row of table.rows) {
    const converted = convertProductRow(row, binding.columns);
    if (!converted.input) {
      options.onCatalogProblem?.(converted.problems);
      continue;
    }
    const key = `row-${row.rowNumber}`;
    externalIds.set(key, converted.input.externalId);
    matcher.upsert(
      toCatalogItem({
        ...converted.input,
        id: key,
        organisationId: converted.supplierReference ?? '',
        supplierCountry: converted.input.country ?? '',
        createdAt: '',
        updatedAt: '',
      }),
    );
  }
  return { matcher, externalIdsOf: async () => externalIds };
}
