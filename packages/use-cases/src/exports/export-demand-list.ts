import { formatRequirementValue, type Actor, type DemandLine } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { requireDemandList } from '../demand/demand-access';
import { writeTable, type WriteTableOptions } from '@coopex/import';

const lineColumns = [
  'external_id',
  'name',
  'name_en',
  'description',
  'part_number',
  'manufacturer',
  'country',
  'tnved',
  'okpd2',
  'quantity',
  'unit',
  'needed_by',
  'target_price',
  'currency',
  'criticality',
  'analogue_grade',
  'status',
] as const;

/** Writes a hot list to CSV or XLSX with canonical headers and one column per requirement; it re-imports unchanged. */
export async function exportDemandList(options: {
  database: Database;
  actor: Actor;
  listId: string;
  destination: WriteTableOptions['destination'];
  format: 'csv' | 'xlsx';
}): Promise<{ rowsWritten: number }> {
  const repositories = createRepositories(options.database);
  const list = await requireDemandList(repositories, options.actor, options.listId, 'see');
  const requirementColumns = await repositories.demand.listRequirementColumns(list.id);
  let rowsWritten = 0;

  async function* rows() {
    for await (const line of repositories.demand.streamLines(list!.id)) {
      rowsWritten += 1;
      yield [...lineCells(line), ...requirementCells(line)];
    }
  }

  function requirementCells(line: DemandLine): Array<string | null> {
    return requirementColumns.map((column) => {
      const requirement = line.requirements.find(
        (candidate) =>
          candidate.name === column.name &&
          ('unit' in candidate.requirement ? (candidate.requirement.unit ?? null) : null) === column.unit,
      );
      return requirement ? formatRequirementValue(requirement.requirement) : null;
    });
  }

  await writeTable({
    destination: options.destination,
    format: options.format,
    sheetName: 'Hot list',
    headers: [
      ...lineColumns,
      ...requirementColumns.map((column) => `param:${column.name}${column.unit ? `[${column.unit}]` : ''}`),
    ],
    rows: rows(),
  });
  return { rowsWritten };
}

function lineCells(line: DemandLine): Array<string | number | null> {
  return [
    line.externalId,
    line.name,
    line.nameEn,
    line.description,
    line.partNumber,
    line.manufacturer,
    line.originCountry,
    line.tnved,
    line.okpd2,
    line.quantityPerYear,
    line.quantityUnit,
    line.neededBy,
    line.targetPrice,
    line.currency,
    line.criticality,
    line.minimumAnalogueGrade,
    line.status,
  ];
}
