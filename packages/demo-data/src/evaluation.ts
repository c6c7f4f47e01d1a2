/**
 * A small reference reading of the demo CSV parameter cells, used to check that the hot lists are designed the way
 * hot-list-expectations.json says. It is not the matcher: it knows nothing about units, synonyms or analogues.
 *
 * Cell syntax (both in catalogs and in hot lists): `a..b`, `a..`, `..b` ranges; `A|B|C` sets; plain numbers; text.
 */

export type CellValue =
  | { kind: 'range'; min: number | null; max: number | null }
  | { kind: 'number'; value: number }
  | { kind: 'set'; values: string[] }
  | { kind: 'text'; value: string };

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Reads one non-empty parameter cell. */
export function parseCell(cell: string): CellValue {
  const text = cell.trim();
  const dots = text.indexOf('..');
  if (dots >= 0) {
    const left = text.slice(0, dots).trim();
    const right = text.slice(dots + 2).trim();
    if ((left === '' || NUMBER.test(left)) && (right === '' || NUMBER.test(right))) {
      return {
        kind: 'range',
        min: left === '' ? null : Number(left),
        max: right === '' ? null : Number(right),
      };
    }
  }
  if (text.includes('|')) return { kind: 'set', values: text.split('|').map((v) => v.trim()) };
  if (NUMBER.test(text)) return { kind: 'number', value: Number(text) };
  return { kind: 'text', value: text };
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function strings(value: CellValue): string[] {
  switch (value.kind) {
    case 'set':
      return value.values;
    case 'text':
      return [value.value];
    case 'number':
      return [String(value.value)];
    case 'range':
      return [];
  }
}

/**
 * Whether an offered value meets a requirement. A two-sided required range must be covered by an offered range or
 * contain an offered number; a one-sided range is a bound; a number is an exact value; a set lists allowed values.
 */
export function meets(requirement: CellValue, offer: CellValue): boolean {
  switch (requirement.kind) {
    case 'range': {
      const { min, max } = requirement;
      if (offer.kind === 'number')
        return (min === null || offer.value >= min) && (max === null || offer.value <= max);
      if (offer.kind !== 'range') return false;
      if (min !== null && max !== null) {
        return (offer.min === null || offer.min <= min) && (offer.max === null || offer.max >= max);
      }
      if (min !== null) return offer.max === null || offer.max >= min;
      if (max !== null) return offer.min === null || offer.min <= max;
      return true;
    }
    case 'number':
      if (offer.kind === 'number') return Math.abs(offer.value - requirement.value) < 1e-9;
      if (offer.kind === 'range') {
        return (
          (offer.min === null || offer.min <= requirement.value) &&
          (offer.max === null || offer.max >= requirement.value)
        );
      }
      return strings(offer).some((v) => same(v, String(requirement.value)));
    case 'set':
      return strings(offer).some((v) => requirement.values.some((allowed) => same(allowed, v)));
    case 'text':
      return strings(offer).some((v) => same(v, requirement.value));
  }
}

/** Converts a quantity to the unit of a capacity, or returns null when the units are not comparable. */
export function convertQuantity(quantity: number, from: string, to: string): number | null {
  if (from === to) return quantity;
  const toKg: Record<string, number> = { кг: 1, т: 1000 };
  const a = toKg[from];
  const b = toKg[to];
  if (a !== undefined && b !== undefined) return (quantity * a) / b;
  return null;
}

/** The `param:` columns of a CSV row, keyed by the header without the prefix; empty cells are left out. */
export function parameterCells(row: Record<string, string>): Map<string, CellValue> {
  const result = new Map<string, CellValue>();
  for (const [header, cell] of Object.entries(row)) {
    if (!header.startsWith('param:') || cell.trim() === '') continue;
    result.set(header.slice('param:'.length), parseCell(cell));
  }
  return result;
}

/** Names of the requirements of a hot-list line that a catalog row does not meet. */
export function unmetRequirements(line: Record<string, string>, product: Record<string, string>): string[] {
  const offers = parameterCells(product);
  const unmet: string[] = [];
  for (const [name, requirement] of parameterCells(line)) {
    const offer = offers.get(name);
    if (!offer || !meets(requirement, offer)) unmet.push(name);
  }
  return unmet;
}
