import {
  canonicalFields,
  columnSynonyms,
  fieldsNeedingExactHeader,
  requiredFields,
  type CanonicalField,
  type RecordKind,
} from './column-synonyms';

/** A column of technical parameter values; `unit` is the raw text in brackets, resolved later against the unit table. */
export interface ParameterColumn {
  parameter: string;
  unit?: string;
}

export interface MappedColumn {
  /** The header text exactly as readTable returned it. */
  header: string;
  /** The field the column fills, or null when the header is not recognised. */
  field: CanonicalField | ParameterColumn | null;
}

export interface ColumnMapping {
  /** One entry per header, in file order. */
  columns: MappedColumn[];
  unknownHeaders: string[];
  missingRequired: CanonicalField[];
  /**
   * Fields filled by more than one column ("Наименование" and "Название"); parameters as "param:<name>".
   * Every such column keeps its field, so the caller sees all of them and decides (usually: reject the file).
   */
  duplicateFields: string[];
}

const parameterHeader = /^\s*(?:param|параметр)\s*:\s*(.*?)\s*(?:\[([^[\]]*)\])?\s*$/iu;

/**
 * Recognises the header row of a product or demand file: canonical fields by their Russian and English
 * synonyms, and "param:<name>[unit]" / "параметр:<name>[unit]" parameter columns.
 */
export function mapColumns({ headers, kind }: { headers: string[]; kind: RecordKind }): ColumnMapping {
  const lookup = synonymLookups[kind];
  const columns = headers.map((header): MappedColumn => ({ header, field: recogniseHeader(header, lookup) }));

  // Keyed by field, or by normalised parameter name and unit: "param:Диаметр[мм]" and "параметр: диаметр [мм]"
  // clash, while one name in two units (a needle size in G, a catheter size in Ch) is two parameters.
  const firstLabelByKey = new Map<string, string>();
  const duplicateFields = new Set<string>();
  for (const { field } of columns) {
    if (field === null) continue;
    const key =
      typeof field === 'string'
        ? field
        : `param:${normalizeHeader(field.parameter)}[${normalizeHeader(field.unit ?? '')}]`;
    const label = typeof field === 'string' ? field : `param:${field.parameter}`;
    const firstLabel = firstLabelByKey.get(key);
    if (firstLabel === undefined) firstLabelByKey.set(key, label);
    else duplicateFields.add(firstLabel);
  }

  return {
    columns,
    unknownHeaders: columns.filter((column) => column.field === null).map((column) => column.header),
    missingRequired: requiredFields[kind].filter(
      (field) => !columns.some((column) => column.field === field),
    ),
    duplicateFields: [...duplicateFields],
  };
}

/** Case, spaces, punctuation and ё/е do not matter; "№" reads as the word "номер" it abbreviates. */
function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/№/g, 'номер')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function recogniseHeader(header: string, lookup: Map<string, CanonicalField>): MappedColumn['field'] {
  const parameter = parameterHeader.exec(header);
  if (parameter) {
    const name = parameter[1] ?? '';
    if (name === '') return null;
    const unit = (parameter[2] ?? '').trim();
    return unit === '' ? { parameter: name } : { parameter: name, unit };
  }
  const exact = lookup.get(normalizeHeader(header));
  if (exact !== undefined) return exact;
  // "Цена, руб.", "Количество (шт.)": the part before the qualifier names the field.
  const qualifierStart = header.search(/[,([]/);
  if (qualifierStart <= 0) return null;
  const withoutQualifier = lookup.get(normalizeHeader(header.slice(0, qualifierStart)));
  if (withoutQualifier === undefined || fieldsNeedingExactHeader.includes(withoutQualifier)) return null;
  return withoutQualifier;
}

function buildLookup(kind: RecordKind): Map<string, CanonicalField> {
  const lookup = new Map<string, CanonicalField>();
  for (const field of canonicalFields) {
    const synonyms = columnSynonyms[field];
    const forKind = synonyms[kind];
    const texts = [...synonyms.ru, ...synonyms.en, ...(forKind?.ru ?? []), ...(forKind?.en ?? [])];
    for (const text of texts) {
      const key = normalizeHeader(text);
      const existing = lookup.get(key);
      if (existing !== undefined && existing !== field) {
        // A mistake in the table, caught as soon as the module loads rather than by a surprised user.
        throw new Error(
          `Header synonym "${text}" is listed for both ${existing} and ${field} (${kind} files)`,
        );
      }
      lookup.set(key, field);
    }
  }
  return lookup;
}

const synonymLookups: Record<RecordKind, Map<string, CanonicalField>> = {
  product: buildLookup('product'),
  demand: buildLookup('demand'),
};
