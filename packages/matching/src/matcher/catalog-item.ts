import type { DemandRequirement, ProductParameter } from '@coopex/domain';
import type { AnalogueGrade } from '../analogues/analogue-graph';

/** What the matcher keeps of a product: enough to retrieve, score and explain, nothing confidential it shows. */
export interface CatalogItem {
  /** The product's id in the system of record. */
  key: string;
  organisationId: string;
  /** Country of the supplier. */
  country: string;
  name: string;
  nameEn: string | null;
  description: string | null;
  manufacturer: string | null;
  partNumber: string | null;
  tnved: string | null;
  okpd2: string | null;
  parameters: ProductParameter[];
  capacityPerYear: number | null;
  capacityUnit: string | null;
  leadTimeDays: number | null;
  isActive: boolean;
}

/** What a demand line (or an ad-hoc query) asks for. */
export interface MatchQuery {
  name: string;
  nameEn?: string | null | undefined;
  description?: string | null | undefined;
  partNumber?: string | null | undefined;
  manufacturer?: string | null | undefined;
  tnved?: string | null | undefined;
  okpd2?: string | null | undefined;
  requirements?: DemandRequirement[] | undefined;
  quantityPerYear?: number | null | undefined;
  quantityUnit?: string | null | undefined;
  /** ISO date the goods are needed by. */
  neededBy?: string | null | undefined;
  /** The weakest analogue grade the buyer accepts; null accepts any. */
  minimumAnalogueGrade?: AnalogueGrade | null | undefined;
  /** The buyer's country: suppliers of the counterpart country come first. */
  buyerCountry?: string | null | undefined;
}

export interface MatchOptions {
  limit: number;
  /** Only suppliers of these countries; empty or absent means any. */
  countries?: readonly string[] | undefined;
  /** The date lead times are counted from (today by default); fixed in tests. */
  today?: string | undefined;
}
