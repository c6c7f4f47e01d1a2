import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toSectionCode } from '@coopex/import';
import {
  convertQuantity,
  demoAnalogueHeaders,
  demoAnaloguesPath,
  demoDataDirectory,
  demoHotListHeaders,
  demoProductFiles,
  demoProductHeaders,
  expandDesignation,
  loadDemoClassifierSubset,
  loadDemoHotListExpectations,
  loadDemoHotLists,
  loadDemoOrganisations,
  parseCell,
  unmetRequirements,
} from './index';

type Row = Record<string, string>;

function readCsv(path: string): { headers: string[]; rows: Row[] } {
  const text = readFileSync(path, 'utf8');
  const [headers] = parse(text, { to_line: 1 }) as string[][];
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as Row[];
  return { headers: headers ?? [], rows };
}

const organisations = loadDemoOrganisations();
const orgByKey = new Map(organisations.map((o) => [o.key, o]));
const enterprises = organisations.filter((o) => o.kind === 'enterprise');
const productFiles = demoProductFiles();
const catalogs = new Map(productFiles.map((f) => [f.organisationKey, readCsv(f.path)]));
const hotLists = loadDemoHotLists();
const hotListCsv = new Map(hotLists.map((l) => [l.key, readCsv(join(demoDataDirectory, l.file))]));
const expectations = loadDemoHotListExpectations();
const subset = loadDemoClassifierSubset();
const analogues = readCsv(demoAnaloguesPath);

const industries = [
  'microelectronics',
  'machine-tools',
  'automotive',
  'special-vehicles',
  'agricultural-machinery',
  'pharmaceuticals',
  'medical-equipment',
  'hydraulics',
  'bearings',
  'electrical-equipment',
  'optics',
];
const PARAM_HEADER = /^param:[^[\]|,]+(\[[^[\]]+\])?$/;

// Check-digit rules, written here independently of the generator.
function validUnp(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const weights = [29, 23, 19, 17, 13, 7, 5, 3];
  const rest = weights.reduce((sum, w, i) => sum + w * Number(value[i]), 0) % 11;
  return rest !== 10 && rest === Number(value[8]);
}

function validInn10(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const check = (weights.reduce((sum, w, i) => sum + w * Number(value[i]), 0) % 11) % 10;
  return check === Number(value[9]);
}

function validOgrn(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  return Number((BigInt(value.slice(0, 12)) % 11n) % 10n) === Number(value[12]);
}

describe('organisations', () => {
  it('has at least 16 enterprises in each country and one ministry per country', () => {
    for (const country of ['BY', 'RU'] as const) {
      expect(enterprises.filter((o) => o.country === country).length).toBeGreaterThanOrEqual(16);
      expect(organisations.filter((o) => o.kind === 'ministry' && o.country === country)).toHaveLength(1);
    }
    expect(enterprises.length).toBeGreaterThanOrEqual(32);
    expect(organisations.map((o) => o.nameRu)).toEqual(
      expect.arrayContaining([
        'Министерство промышленности Республики Беларусь',
        'Министерство промышленности и торговли Российской Федерации',
      ]),
    );
  });

  it('has unique kebab-case keys and names, and known industry tags', () => {
    expect(new Set(organisations.map((o) => o.key)).size).toBe(organisations.length);
    expect(new Set(organisations.map((o) => o.nameRu)).size).toBe(organisations.length);
    for (const o of organisations) {
      expect(o.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const tag of o.industries) expect(industries).toContain(tag);
      if (o.kind === 'enterprise') expect(o.industries.length).toBeGreaterThan(0);
    }
  });

  it('has valid and unique tax ids: УНП for Belarus, ИНН and ОГРН for Russia', () => {
    for (const o of organisations) {
      if (o.country === 'BY') {
        expect(validUnp(o.taxId), `${o.key} УНП ${o.taxId}`).toBe(true);
        expect(o.ogrn).toBeNull();
      } else {
        expect(validInn10(o.taxId), `${o.key} ИНН ${o.taxId}`).toBe(true);
        if (o.ogrn !== null) expect(validOgrn(o.ogrn), `${o.key} ОГРН ${o.ogrn}`).toBe(true);
      }
    }
    const taxIds = organisations.map((o) => o.taxId);
    const ogrns = organisations.map((o) => o.ogrn).filter((v) => v !== null);
    expect(new Set(taxIds).size).toBe(taxIds.length);
    expect(new Set(ogrns).size).toBe(ogrns.length);
  });

  it('rejects wrong check digits in the validators themselves', () => {
    const by = enterprises.find((o) => o.country === 'BY')!.taxId;
    const ru = enterprises.find((o) => o.country === 'RU')!;
    const bump = (v: string) => `${v.slice(0, -1)}${(Number(v.at(-1)) + 1) % 10}`;
    expect(validUnp(bump(by))).toBe(false);
    expect(validInn10(bump(ru.taxId))).toBe(false);
    expect(validOgrn(bump(ru.ogrn!))).toBe(false);
  });
});

describe('catalogs', () => {
  it('has one catalog of at least 8 products per enterprise and 500+ products, both countries represented', () => {
    expect(productFiles.map((f) => f.organisationKey).sort()).toEqual(enterprises.map((o) => o.key).sort());
    let total = 0;
    const byCountry = { BY: 0, RU: 0 };
    for (const [key, { rows }] of catalogs) {
      expect(rows.length, key).toBeGreaterThanOrEqual(8);
      total += rows.length;
      byCountry[orgByKey.get(key)!.country] += rows.length;
    }
    expect(total).toBeGreaterThanOrEqual(500);
    expect(byCountry.BY).toBeGreaterThanOrEqual(200);
    expect(byCountry.RU).toBeGreaterThanOrEqual(200);
  });

  it('uses the canonical headers followed by param columns', () => {
    for (const [key, { headers }] of catalogs) {
      expect(headers.slice(0, demoProductHeaders.length), key).toEqual([...demoProductHeaders]);
      for (const header of headers.slice(demoProductHeaders.length))
        expect(header, key).toMatch(PARAM_HEADER);
    }
  });

  it('has unique external ids and part numbers within each file', () => {
    for (const [key, { rows }] of catalogs) {
      expect(new Set(rows.map((r) => r.external_id)).size, key).toBe(rows.length);
      expect(new Set(rows.map((r) => r.part_number)).size, key).toBe(rows.length);
    }
  });

  it('fills the product columns sensibly', () => {
    for (const [key, { rows }] of catalogs) {
      const currency = orgByKey.get(key)!.country === 'BY' ? 'BYN' : 'RUB';
      for (const row of rows) {
        const where = `${key} ${row.external_id}`;
        expect(row.name, where).not.toBe('');
        expect(row.tnved || row.okpd2, where).not.toBe('');
        if (row.tnved) expect(row.tnved, where).toMatch(/^\d{10}$/);
        if (row.okpd2) expect(row.okpd2, where).toMatch(/^\d{2}(\.\d{1,2}){0,2}(\.\d{3})?$/);
        expect(row.quantity, where).toBe('');
        expect(row.unit, where).toBe('');
        expect(Number(row.capacity), where).toBeGreaterThan(0);
        expect(row.capacity_unit, where).not.toBe('');
        expect(Number.isInteger(Number(row.lead_time_days)), where).toBe(true);
        expect(row.min_order_unit, where).toBe(row.capacity_unit);
        expect(['active', 'draft', 'discontinued'], where).toContain(row.status);
        if (row.price) {
          expect(Number(row.price), where).toBeGreaterThan(0);
          expect(row.currency, where).toBe(currency);
        }
        for (const [header, cell] of Object.entries(row)) {
          if (header.startsWith('param:') && cell) expect(() => parseCell(cell)).not.toThrow();
        }
      }
    }
  });

  it('gives English names in about half of the catalogs', () => {
    const withEnglish = [...catalogs.values()].filter(({ rows }) => rows.some((r) => r.name_en)).length;
    expect(withEnglish).toBeGreaterThanOrEqual(catalogs.size * 0.35);
    expect(withEnglish).toBeLessThanOrEqual(catalogs.size * 0.75);
  });
});

describe('hot lists', () => {
  it('has at least 5 lists from buyers of each country, each buyer an enterprise of the data set', () => {
    for (const country of ['BY', 'RU'] as const) {
      expect(
        hotLists.filter((l) => orgByKey.get(l.organisation)?.country === country).length,
      ).toBeGreaterThanOrEqual(5);
    }
    for (const list of hotLists) {
      expect(orgByKey.get(list.organisation)?.kind, list.key).toBe('enterprise');
      expect(list.file).toBe(`hot-lists/${list.key}.csv`);
      expect(existsSync(join(demoDataDirectory, list.file))).toBe(true);
      expect(list.title).toMatch(/^Горячий список: /);
    }
  });

  it('uses the canonical headers followed by param columns', () => {
    for (const [key, { headers }] of hotListCsv) {
      expect(headers.slice(0, demoHotListHeaders.length), key).toEqual([...demoHotListHeaders]);
      for (const header of headers.slice(demoHotListHeaders.length))
        expect(header, key).toMatch(PARAM_HEADER);
    }
  });

  it('has 8–20 well-formed lines with unique external ids', () => {
    const allIds: string[] = [];
    for (const list of hotLists) {
      const { rows } = hotListCsv.get(list.key)!;
      expect(rows.length, list.key).toBeGreaterThanOrEqual(8);
      expect(rows.length, list.key).toBeLessThanOrEqual(20);
      const country = orgByKey.get(list.organisation)!.country;
      for (const row of rows) {
        const where = `${list.key} ${row.external_id}`;
        expect(row.external_id).toMatch(new RegExp(`^HL-${country}-\\d{2}-\\d{3}$`));
        expect(row.name, where).not.toBe('');
        expect(row.part_number, where).not.toBe('');
        expect(row.country, where).toMatch(/^[A-Z]{2}$/);
        expect(row.tnved || row.okpd2, where).not.toBe('');
        expect(Number(row.quantity), where).toBeGreaterThan(0);
        expect(row.unit, where).not.toBe('');
        expect(row.needed_by, where).toMatch(/^202[78]-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
        expect(['production_stop', 'high', 'medium', 'low'], where).toContain(row.criticality);
      }
      allIds.push(...rows.map((r) => r.external_id!));
    }
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it('is designed as hot-list-expectations.json says, by a plain reading of the parameters', () => {
    const products = [...catalogs.entries()].flatMap(([key, { rows }]) => rows.map((row) => ({ key, row })));
    const lines = hotLists.flatMap((l) => hotListCsv.get(l.key)!.rows.map((row) => ({ list: l.key, row })));
    expect(expectations.map((e) => e.externalId).sort()).toEqual(lines.map((l) => l.row.external_id).sort());
    const outcomes = { covered: 0, falls_short: 0, no_supplier: 0 };
    for (const expectation of expectations) {
      outcomes[expectation.outcome] += 1;
      const line = lines.find((l) => l.row.external_id === expectation.externalId)!.row;
      const where = `${expectation.externalId} (${expectation.outcome})`;
      if (expectation.outcome === 'no_supplier') {
        const fitting = products.filter(({ row }) => unmetRequirements(line, row).length === 0);
        expect(
          fitting.map((p) => `${p.key}/${p.row.part_number}`),
          where,
        ).toEqual([]);
        continue;
      }
      const product = catalogs
        .get(expectation.supplier!)
        ?.rows.find((r) => r.part_number === expectation.partNumber);
      expect(product, where).toBeDefined();
      const unmet = unmetRequirements(line, product!);
      const quantity = convertQuantity(Number(line.quantity), line.unit!, product!.capacity_unit!);
      expect(quantity, `${where}: units`).not.toBeNull();
      const fits =
        unmet.length === 0 && Number(product!.capacity) >= quantity! && product!.status === 'active';
      expect(fits, `${where}: unmet ${unmet.join(', ')}`).toBe(expectation.outcome === 'covered');
    }
    // Matching should have real work: most lines covered, a fair share falling short or uncovered.
    expect(outcomes.covered).toBeGreaterThan(expectations.length / 2);
    expect(outcomes.falls_short).toBeGreaterThanOrEqual(12);
    expect(outcomes.no_supplier).toBeGreaterThanOrEqual(12);
  });

  it('mostly finds its covering supplier in the other country', () => {
    const crossBorder = expectations.filter((e) => {
      if (e.outcome !== 'covered') return false;
      const buyer = hotLists.find((l) => l.key === e.list)!.organisation;
      return orgByKey.get(e.supplier!)!.country !== orgByKey.get(buyer)!.country;
    });
    const covered = expectations.filter((e) => e.outcome === 'covered');
    expect(crossBorder.length).toBeGreaterThan(covered.length * 0.75);
    expect(crossBorder.length).toBeLessThan(covered.length);
  });
});

describe('analogues', () => {
  it('has the canonical header and 40+ rows with known grades and manufacturers', () => {
    expect(analogues.headers).toEqual([...demoAnalogueHeaders]);
    expect(analogues.rows.length).toBeGreaterThanOrEqual(40);
    const names = new Set(organisations.map((o) => o.nameRu));
    for (const row of analogues.rows) {
      expect(['drop-in', 'pin-compatible', 'functional']).toContain(row.grade);
      expect(names.has(row.domestic_manufacturer!), row.domestic_manufacturer).toBe(true);
      expect(row.foreign_part && row.foreign_manufacturer && row.source).toBeTruthy();
    }
  });

  it('names domestic parts that are mostly in their maker’s catalog, some in compact notation', () => {
    const keyByName = new Map(organisations.map((o) => [o.nameRu, o.key]));
    const inCatalog = analogues.rows.filter((row) => {
      const catalog = catalogs.get(keyByName.get(row.domestic_manufacturer!)!);
      const parts = new Set(catalog?.rows.map((r) => r.part_number));
      return expandDesignation(row.domestic_part!).some((part) => parts.has(part));
    });
    expect(inCatalog.length).toBeGreaterThanOrEqual(analogues.rows.length * 0.9);
    const compact = analogues.rows.filter((row) => expandDesignation(row.domestic_part!).length > 1);
    expect(compact.length).toBeGreaterThanOrEqual(3);
  });

  it('covers the foreign parts of the hot lists that have a domestic counterpart', () => {
    const foreign = new Set(analogues.rows.map((r) => r.foreign_part));
    const lines = hotLists.flatMap((l) => hotListCsv.get(l.key)!.rows);
    const withCounterpart = expectations.filter((e) => e.outcome !== 'no_supplier');
    const listed = withCounterpart.filter((e) => {
      const line = lines.find((l) => l.external_id === e.externalId)!;
      return foreign.has(line.part_number!);
    });
    expect(listed.length).toBeGreaterThanOrEqual(withCounterpart.length * 0.6);
  });

  it('expands compact designations', () => {
    expect(expandDesignation('КР1401УД2А,Б')).toEqual(['КР1401УД2А', 'КР1401УД2Б']);
    expect(expandDesignation('КТ3102А-Е')).toEqual([
      'КТ3102А',
      'КТ3102Б',
      'КТ3102В',
      'КТ3102Г',
      'КТ3102Д',
      'КТ3102Е',
    ]);
    expect(expandDesignation('588ВУ2А-В')).toEqual(['588ВУ2А', '588ВУ2Б', '588ВУ2В']);
    expect(expandDesignation('140УД5А,Б')).toEqual(['140УД5А', '140УД5Б']);
    expect(expandDesignation('КТ3130А-9')).toEqual(['КТ3130А-9']);
    expect(expandDesignation('5-36114')).toEqual(['5-36114']);
  });
});

describe('classifier subset', () => {
  const keyOf = (system: string, code: string) => `${system}:${code}`;
  const byKey = new Map(subset.map((e) => [keyOf(e.system, e.code), e]));

  it('is small, unique and closed under parents', () => {
    expect(subset.length).toBeLessThan(1000);
    expect(byKey.size).toBe(subset.length);
    for (const entry of subset) {
      expect(entry.nameEn).toBeNull();
      expect(entry.validFrom).toBe('2022-01-01');
      expect(entry.validTo).toBeNull();
      if (entry.parentCode === null) {
        expect(['section', 'class']).toContain(entry.level);
      } else {
        expect(byKey.has(keyOf(entry.system, entry.parentCode)), `${entry.system} ${entry.code}`).toBe(true);
      }
    }
  });

  it('gives TN VED levels by code shape and names every item and heading', () => {
    const levels: Record<string, RegExp> = {
      section: /^[IVX]+$/,
      chapter: /^\d{2}$/,
      heading: /^\d{4}$/,
      subheading: /^\d{6}$/,
      item: /^\d{10}$/,
    };
    for (const entry of subset.filter((e) => e.system === 'tnved')) {
      expect(entry.code, entry.level).toMatch(levels[entry.level]!);
      if (entry.level !== 'subheading') expect(entry.nameRu, entry.code).toBeTruthy();
      if (entry.nameRu !== null) expect(entry.nameRu).not.toMatch(/^-/);
    }
    expect(byKey.get('tnved:8542339000')?.nameRu).toBe('Схемы электронные интегральные: усилители');
    expect(byKey.get('tnved:8542339000')?.parentCode).toBe('854233');
    expect(byKey.get('tnved:85')?.parentCode).toBe('XVI');
    // A divided subheading has no line of its own in the leaves; an undivided one takes its only item's line.
    expect(byKey.get('tnved:854233')?.nameRu).toBeNull();
    expect(byKey.get('tnved:853310')?.nameRu).toBe(
      'Резисторы постоянные угольные, композитные или пленочные',
    );
  });

  it('gives OKPD2 levels by the number of digits', () => {
    const levels: Record<number, string> = {
      2: 'class',
      3: 'subclass',
      4: 'group',
      5: 'subgroup',
      6: 'kind',
      9: 'category',
    };
    for (const entry of subset.filter((e) => e.system === 'okpd2')) {
      expect(entry.level, entry.code).toBe(levels[entry.code.replace(/\./g, '').length]);
      expect(entry.nameRu, entry.code).toBeTruthy();
    }
    expect(byKey.get('okpd2:26.11.30.000')?.parentCode).toBe('26.11.30');
    expect(byKey.get('okpd2:26.11.22.214')?.parentCode).toBe('26.11.22.210');
    expect(byKey.get('okpd2:26.11.22.210')?.parentCode).toBe('26.11.22');
  });

  it('contains every code used by the catalogs and the hot lists', () => {
    const tables = [...catalogs.values(), ...hotListCsv.values()];
    for (const { rows } of tables) {
      for (const row of rows) {
        if (row.tnved) expect(byKey.has(keyOf('tnved', row.tnved)), `TN VED ${row.tnved}`).toBe(true);
        if (row.okpd2) expect(byKey.has(keyOf('okpd2', row.okpd2)), `OKPD2 ${row.okpd2}`).toBe(true);
      }
    }
  });
});

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const classifierDir = resolve(repoRoot, '../shared/data/classifiers');
const sharedMissing = !existsSync(join(classifierDir, 'tnved-2022.json'));

describe.skipIf(sharedMissing)(
  'classifier subset against the shared classifier files (skipped: ../shared/data/classifiers is not beside the repository)',
  () => {
    it('has every TN VED and OKPD2 code of the subset in the full files', () => {
      const tnved = JSON.parse(readFileSync(join(classifierDir, 'tnved-2022.json'), 'utf8')) as {
        chapter: string;
        groups: { code: string; goods: { code: string; subs: { code: string }[] | null }[] | null }[] | null;
      }[];
      const known = new Set<string>();
      for (const section of tnved) {
        if (!section.groups) continue;
        known.add(toSectionCode(section.chapter)!);
        for (const group of section.groups) {
          known.add(group.code);
          for (const heading of group.goods ?? []) {
            known.add(heading.code);
            for (const sub of heading.subs ?? []) {
              known.add(sub.code);
              known.add(sub.code.slice(0, 6));
            }
          }
        }
      }
      const okpd2 = JSON.parse(readFileSync(join(classifierDir, 'okpd2-tree.json'), 'utf8')) as Record<
        string,
        Record<string, string>
      >;
      const okpd2Names = new Map(Object.values(okpd2).flatMap((top) => Object.entries(top)));
      for (const entry of subset) {
        if (entry.system === 'tnved') {
          expect(known.has(entry.code), `TN VED ${entry.code}`).toBe(true);
        } else {
          expect(okpd2Names.get(entry.code), `OKPD2 ${entry.code}`).toBe(entry.nameRu);
        }
      }
    });
  },
);
