/** Shapes of the hand-written demo sources that generate-demo-data.ts turns into CSV and JSON files. */

export type ParamValue = string | number;

export interface ProductSource {
  part: string;
  name: string;
  nameEn?: string;
  description?: string;
  tnved?: string;
  okpd2?: string;
  /** Yearly capacity and its unit; the minimum order uses the same unit. */
  capacity: number;
  unit?: string;
  lead: number;
  minOrder: number;
  price: number | null;
  status?: 'active' | 'draft' | 'discontinued';
  manufacturer?: string;
  country?: string;
  params?: Record<string, ParamValue>;
}

export interface CatalogSource {
  organisation: string;
  manufacturer: string;
  currency: 'BYN' | 'RUB';
  /** Whether the company publishes English names. */
  english: boolean;
  externalId: (index: number, product: ProductSource) => string;
  products: ProductSource[];
}

export type Criticality = 'production_stop' | 'high' | 'medium' | 'low';

/** How the line is meant to fare in matching; written to hot-list-expectations.json. */
export interface LineDesign {
  outcome: 'covered' | 'falls_short' | 'no_supplier';
  /** Supplier organisation key and the part number in its catalog (covered / falls_short). */
  supplier?: string;
  part?: string;
  note: string;
}

export interface HotLineSource {
  name: string;
  nameEn?: string;
  description?: string;
  part: string;
  manufacturer: string;
  country: string;
  tnved?: string;
  okpd2?: string;
  quantity: number;
  unit: string;
  neededBy: string;
  targetPrice?: number;
  criticality: Criticality;
  requirements?: Record<string, ParamValue>;
  design: LineDesign;
}

export interface HotListSource {
  key: string;
  organisation: string;
  title: string;
  description: string;
  currency: 'BYN' | 'RUB';
  lines: HotLineSource[];
}

/** `a..b`, `a..`, `..b` */
export function range(min: number | null, max: number | null): string {
  return `${min ?? ''}..${max ?? ''}`;
}

/** `A|B|C` */
export function oneOf(...values: string[]): string {
  return values.join('|');
}
