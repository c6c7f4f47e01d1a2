import { systemActor } from '@coopex/domain';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openDatabase } from '@coopex/db';
import { createOrganisation, prepareDatabase, signIn } from '@coopex/use-cases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cliPath = fileURLToPath(new URL('../bin/coopex.js', import.meta.url));

describe('coopex command line', () => {
  let workFolder: string;
  let environment: NodeJS.ProcessEnv;

  async function coopex(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(process.execPath, [cliPath, ...args], {
        env: environment,
        cwd: workFolder,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failure = error as { code: number; stdout: string; stderr: string };
      return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
    }
  }

  beforeAll(async () => {
    workFolder = await mkdtemp(path.join(os.tmpdir(), 'coopex-cli-'));
    const { DATABASE_URL: _ignored, ...rest } = process.env;
    environment = { ...rest, COOPEX_DATA_DIR: path.join(workFolder, 'data'), LOG_LEVEL: 'silent' };
    const database = await openDatabase({ backend: 'pglite', dataDirectory: path.join(workFolder, 'data') });
    await prepareDatabase({ database });
    await createOrganisation({
      actor: systemActor,
      database,
      input: {
        kind: 'enterprise',
        nameRu: 'ОАО «Станкозавод»',
        nameEn: null,
        country: 'BY',
        taxId: '100582333',
        ogrn: null,
        industries: [],
      },
    });
    await database.close();
  });

  afterAll(async () => rm(workFolder, { recursive: true, force: true }));

  it('lists every command in --help and shows an example in each command’s help', async () => {
    const help = await coopex('--help');
    expect(help.code).toBe(0);
    for (const command of ['serve', 'migrate', 'import', 'export', 'demo'])
      expect(help.stdout).toContain(command);
    const importHelp = await coopex('import', 'products', '--help');
    expect(importHelp.stdout).toMatch(/Examples?:/);
  });

  it('rejects a file with one bad row, prints row, column and reason, exits non-zero and writes nothing', async () => {
    const file = path.join(workFolder, 'catalog.csv');
    await writeFile(
      file,
      [
        'external_id;name;capacity;capacity_unit',
        'C-1;Патрон токарный 3-кулачковый 200 мм;500;шт',
        'C-2;Патрон 250 мм;пятьсот;шт',
        'C-3;Патрон 315 мм;300;шт',
      ].join('\n'),
    );
    const result = await coopex('import', 'products', file, '--organisation', '100582333');
    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(/3\s+capacity\s+пятьсот\s+not a number/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    const exported = path.join(workFolder, 'after-rejection.csv');
    await coopex('export', 'products', exported);
    expect((await readFile(exported, 'utf8')).trim().split('\n')).toHaveLength(1);
  });

  it('with --skip-invalid imports the good rows and writes the rejected one with its reason', async () => {
    const file = path.join(workFolder, 'catalog.csv');
    const result = await coopex('import', 'products', file, '--organisation', '100582333', '--skip-invalid');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('imported: 2');
    const rejects = await readFile(`${file}.rejected.csv`, 'utf8');
    expect(rejects).toContain('C-2');
    expect(rejects).toContain('not a number');
    expect(rejects).not.toContain('C-1');
  });

  it('exports to XLSX a catalog that re-imports as updates only', async () => {
    const exported = path.join(workFolder, 'catalog.xlsx');
    expect((await coopex('export', 'products', exported, '--organisation', '100582333')).code).toBe(0);
    expect(existsSync(exported)).toBe(true);
    const again = await coopex('import', 'products', exported, '--organisation', '100582333');
    expect(again.stdout).toContain('(0 new, 2 updated)');
  });

  it('matches a hot-list file against a catalog file alone and writes one JSON line per input line, in order', async () => {
    const demand = path.join(workFolder, 'hot-list.csv');
    await writeFile(
      demand,
      [
        'external_id,name,part_number,param:Диапазон рабочих температур[°C]',
        'L-2,Таймер,NE555P,',
        'L-1,Операционный усилитель,LM358DR,-60..125',
        'L-3,Патрон токарный,,',
      ].join('\n'),
    );
    const catalog = path.join(workFolder, 'suppliers.csv');
    await writeFile(
      catalog,
      [
        'external_id,name,part_number,country,param:Диапазон рабочих температур[°C]',
        'S-1,Микросхема таймера КР1006ВИ1,КР1006ВИ1,BY,-45..85',
        'S-2,Операционный усилитель LM358N,LM358N,BY,-40..85',
        'S-3,Операционный усилитель КР1040УД1,КР1040УД1,RU,-60..125',
      ].join('\n'),
    );
    const analogues = path.join(workFolder, 'analogues.csv');
    await writeFile(
      analogues,
      'foreign_part,domestic_part,grade\nNE555,КР1006ВИ1,drop-in\nLM358,КР1040УД1,pin-compatible\n',
    );
    const result = await coopex(
      'match',
      demand,
      '--catalog',
      catalog,
      '--analogues',
      analogues,
      '--top',
      '2',
      '--format',
      'jsonl',
    );
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.line)).toEqual(['L-2', 'L-1', 'L-3']);
    expect(lines[0].candidates[0]).toMatchObject({ external_id: 'S-1' });
    expect(lines[0].candidates[0].explanation.analogue.grade).toBe('drop-in');
    expect(lines[1].candidates[0].external_id).toBe('S-3');
    expect(
      lines[1].candidates.find((candidate: { external_id: string }) => candidate.external_id === 'S-2')
        .failed,
    ).toHaveLength(1);
    expect(lines[2].candidates).toEqual([]);
  });

  it('fails with one line naming the problem for an unknown organisation', async () => {
    const result = await coopex(
      'import',
      'products',
      path.join(workFolder, 'catalog.csv'),
      '--organisation',
      '999999999',
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^coopex: No organisation matches "999999999"/);
  });

  it('creates an account that can sign in, with the password from COOPEX_PASSWORD and never from the command line', async () => {
    const missing = await coopex('users', 'create', '--email', 'it@plant.test', '--name', 'IT');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/COOPEX_PASSWORD/);

    const previous = environment.COOPEX_PASSWORD;
    environment.COOPEX_PASSWORD = 'a long enough password';
    try {
      const created = await coopex(
        'users',
        'create',
        '--email',
        'buyer@plant.test',
        '--name',
        'Buyer',
        '-o',
        '100582333',
        '--role',
        'admin',
        '--buy',
      );
      expect(created.code, created.stderr).toBe(0);
      expect(created.stdout).toContain('admin of ОАО «Станкозавод»');
    } finally {
      environment.COOPEX_PASSWORD = previous;
    }
    const database = await openDatabase({ backend: 'pglite', dataDirectory: path.join(workFolder, 'data') });
    try {
      const { session } = await signIn({
        database,
        email: 'buyer@plant.test',
        password: 'a long enough password',
      });
      expect(session.memberships).toMatchObject([{ role: 'admin', canBuy: true, canSupply: false }]);
    } finally {
      await database.close();
    }
  });
});
