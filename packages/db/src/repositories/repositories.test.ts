import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productInputSchema, demandLineInputSchema, type Organisation } from '@coopex/domain';
import type { Database } from '../database';
import { migrateDatabase } from '../migrate';
import { testBackends } from '../testing/test-databases';
import { createRepositories, type Repositories } from './repositories';

describe.each(testBackends())('repositories on $name', (backend) => {
  let database: Database;
  let dispose: () => Promise<void>;
  let repositories: Repositories;
  let supplier: Organisation;

  beforeAll(async () => {
    ({ database, dispose } = await backend.open());
    repositories = createRepositories(database);
    await repositories.referenceData.upsertCountries([
      { code: 'BY', nameRu: 'Беларусь', nameEn: 'Belarus', isUnionMember: true },
      { code: 'RU', nameRu: 'Россия', nameEn: 'Russia', isUnionMember: true },
    ]);
    await repositories.referenceData.upsertUnits([
      {
        code: 'pcs',
        dimension: 'count',
        nameRu: 'штука',
        nameEn: 'piece',
        factor: 1,
        offset: 0,
        aliases: ['шт'],
      },
    ]);
    supplier = await repositories.organisations.insert({
      kind: 'enterprise',
      nameRu: 'ОАО «Тестовый завод»',
      nameEn: 'Test Plant',
      country: 'BY',
      taxId: '100582333',
      ogrn: null,
      industries: ['microelectronics'],
    });
  });

  afterAll(async () => dispose());

  it('applies migrations once and reports them as already applied the second time', async () => {
    const report = await migrateDatabase(database);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toContain('0001_initial');
  });

  it('updates products with a known external id instead of duplicating them', async () => {
    const first = productInputSchema.parse({
      externalId: 'P-1',
      nameRu: 'Усилитель 140УД6А',
      capacityPerYear: 1000,
    });
    const second = productInputSchema.parse({ externalId: 'P-2', nameRu: 'Стабилизатор 1158ЕН5' });
    expect(await repositories.products.upsertMany(supplier.id, [first, second])).toEqual({
      inserted: 2,
      updated: 0,
    });
    const changed = { ...first, capacityPerYear: 5000 };
    expect(await repositories.products.upsertMany(supplier.id, [changed])).toEqual({
      inserted: 0,
      updated: 1,
    });
    const page = await repositories.products.list({ organisationId: supplier.id, limit: 10, offset: 0 });
    expect(page.total).toBe(2);
    expect(page.items.find((product) => product.externalId === 'P-1')?.capacityPerYear).toBe(5000);
  });

  it('does not accept a unit that is not in the unit table', async () => {
    const product = productInputSchema.parse({
      nameRu: 'Изделие',
      capacityPerYear: 1,
      capacityUnit: 'furlongs',
    });
    await expect(repositories.products.insert(supplier.id, product)).rejects.toThrow();
  });

  it('filters products by supplier country and TN VED prefix', async () => {
    await repositories.products.insert(
      supplier.id,
      productInputSchema.parse({ nameRu: 'Микросхема', tnved: '8542339000', externalId: 'P-3' }),
    );
    const matching = await repositories.products.list({
      tnvedPrefix: '8542',
      country: 'BY',
      limit: 10,
      offset: 0,
    });
    expect(matching.items.map((product) => product.externalId)).toEqual(['P-3']);
    const none = await repositories.products.list({
      tnvedPrefix: '8542',
      country: 'RU',
      limit: 10,
      offset: 0,
    });
    expect(none.total).toBe(0);
  });

  it('streams every product of an organisation in id order across batches', async () => {
    const seen: string[] = [];
    for await (const product of repositories.products.streamAll({
      organisationId: supplier.id,
      batchSize: 2,
    })) {
      seen.push(product.id);
    }
    expect(seen).toHaveLength(3);
    expect([...seen].sort()).toEqual(seen);
  });

  it('keeps a line status when a hot list is re-imported', async () => {
    const list = await repositories.demand.insertList(supplier.id, {
      title: 'Горячий список',
      description: null,
      visibility: 'union',
    });
    const line = demandLineInputSchema.parse({
      externalId: 'L-1',
      name: 'Операционный усилитель LM358',
      neededBy: '2027-03-01',
    });
    await repositories.demand.upsertLines(list.id, [{ line, position: 1 }]);
    const [stored] = (await repositories.demand.listLines({ listId: list.id, limit: 10, offset: 0 })).items;
    expect(stored?.neededBy).toBe('2027-03-01');
    await repositories.demand.updateLine(stored!.id, { ...line, status: 'contacted' });
    const result = await repositories.demand.upsertLines(list.id, [
      { line: { ...line, name: 'LM358DR' }, position: 1 },
    ]);
    expect(result).toEqual({ inserted: 0, updated: 1 });
    const again = await repositories.demand.findLineById(stored!.id);
    expect(again?.status).toBe('contacted');
    expect(again?.name).toBe('LM358DR');
    expect((await repositories.demand.findListById(list.id))?.lineCount).toBe(1);
  });

  it('walks a classifier code up to its section and keeps dated versions apart', async () => {
    await repositories.classifiers.upsertEntries([
      {
        system: 'tnved',
        code: 'XVI',
        parentCode: null,
        level: 'section',
        nameRu: 'Машины',
        nameEn: null,
        validFrom: null,
        validTo: null,
      },
      {
        system: 'tnved',
        code: '85',
        parentCode: 'XVI',
        level: 'chapter',
        nameRu: 'Электрические машины',
        nameEn: null,
        validFrom: null,
        validTo: null,
      },
      {
        system: 'tnved',
        code: '8542',
        parentCode: '85',
        level: 'heading',
        nameRu: 'Схемы интегральные',
        nameEn: null,
        validFrom: '2012-01-01',
        validTo: '2016-12-31',
      },
      {
        system: 'tnved',
        code: '8542',
        parentCode: '85',
        level: 'heading',
        nameRu: 'Схемы электронные интегральные',
        nameEn: null,
        validFrom: '2017-01-01',
        validTo: null,
      },
    ]);
    const path = await repositories.classifiers.findPath('tnved', '8542');
    expect(path.map((node) => node.code)).toEqual(['XVI', '85', '8542']);
    expect(path[2]?.nameRu).toBe('Схемы электронные интегральные');
    const older = await repositories.classifiers.findPath('tnved', '8542', '2015-06-01');
    expect(older[2]?.nameRu).toBe('Схемы интегральные');
    expect(await repositories.classifiers.findExistingCodes('tnved', ['8542', '9999'])).toEqual(
      new Set(['8542']),
    );
    const found = await repositories.classifiers.search('tnved', 'интегральные схемы', 10);
    expect(found.map((node) => node.code)).toEqual(['8542']);
    expect(await repositories.classifiers.hasSystem('okpd2')).toBe(false);
  });
});
