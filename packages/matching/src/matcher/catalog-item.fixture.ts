import type { CatalogItem } from './catalog-item';

/** A catalog product for tests: a Russian supplier's active product with nothing but what the test gives. */
export function catalogItem(overrides: Partial<CatalogItem> & { key: string; name: string }): CatalogItem {
  return {
    organisationId: 'org-ru',
    country: 'RU',
    nameEn: null,
    description: null,
    manufacturer: null,
    partNumber: null,
    tnved: null,
    okpd2: null,
    parameters: [],
    capacityPerYear: null,
    capacityUnit: null,
    leadTimeDays: null,
    isActive: true,
    ...overrides,
  };
}
