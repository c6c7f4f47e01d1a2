import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Database } from '@coopex/db';
import { testBackends } from '@coopex/db/testing';
import { actorForUser, systemActor, type ActiveMembership, type TokenScope } from '@coopex/domain';
import { readTable } from '@coopex/import';
import { buildServer } from '@coopex/server';
import { createApiToken, createOrganisation, createUser, prepareDatabase } from '@coopex/use-cases';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cliPath = fileURLToPath(new URL('../bin/coopex.js', import.meta.url));

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

describe('coopex remote against a running server with API tokens', () => {
  let workFolder: string;
  let database: Database;
  let dispose: () => Promise<void>;
  let server: FastifyInstance;
  let serverUrl: string;
  let enterpriseId: string;
  let writeToken: string;
  let readToken: string;
  let coordinatorToken: string;

  /** Runs the CLI as a user would, with only the settings given here (no database of its own). */
  async function coopex(
    settings: { server?: string; token?: string },
    ...args: string[]
  ): Promise<CliResult> {
    const {
      DATABASE_URL: _database,
      COOPEX_SERVER: _server,
      COOPEX_TOKEN: _token,
      ...inherited
    } = process.env;
    const environment: NodeJS.ProcessEnv = {
      ...inherited,
      COOPEX_DATA_DIR: path.join(workFolder, 'no-local-database'),
      LOG_LEVEL: 'silent',
      ...(settings.server ? { COOPEX_SERVER: settings.server } : {}),
      ...(settings.token ? { COOPEX_TOKEN: settings.token } : {}),
    };
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

  const asWriter = (...args: string[]) => coopex({ server: serverUrl, token: writeToken }, ...args);
  const asReader = (...args: string[]) => coopex({ server: serverUrl, token: readToken }, ...args);

  async function externalIdsOfProducts(): Promise<string[]> {
    const result = await database.query<{ external_id: string }>(
      'SELECT external_id FROM products WHERE organisation_id = $1 ORDER BY external_id',
      [enterpriseId],
    );
    return result.rows.map((row) => row.external_id);
  }

  async function issueToken(options: {
    email: string;
    membership: ActiveMembership;
    scopes: TokenScope[];
  }): Promise<string> {
    const user = await createUser({
      database,
      actor: systemActor,
      email: options.email,
      displayName: options.email.split('@')[0]!,
      password: 'a long enough password',
      memberships: [
        {
          organisationId: options.membership.organisationId,
          role: options.membership.role,
          canBuy: options.membership.canBuy,
          canSupply: options.membership.canSupply,
        },
      ],
    });
    // The user as a browser session would present it: the token then acts for this membership.
    const actor = actorForUser(user, { membership: options.membership });
    const { token } = await createApiToken({
      database,
      actor,
      name: `CLI ${options.scopes.join('+')}`,
      scopes: options.scopes,
      expiresInDays: 30,
    });
    return token;
  }

  beforeAll(async () => {
    workFolder = await mkdtemp(path.join(os.tmpdir(), 'coopex-cli-remote-'));
    ({ database, dispose } = await testBackends()[0]!.open());
    await prepareDatabase({ database });
    const enterprise = await createOrganisation({
      database,
      actor: systemActor,
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
    enterpriseId = enterprise.id;
    const ministry = await createOrganisation({
      database,
      actor: systemActor,
      input: {
        kind: 'ministry',
        nameRu: 'Министерство промышленности',
        nameEn: null,
        country: 'RU',
        taxId: '7707083893',
        ogrn: null,
        industries: [],
      },
    });
    const enterpriseMembership: ActiveMembership = {
      organisationId: enterprise.id,
      organisationKind: 'enterprise',
      country: 'BY',
      role: 'admin',
      canBuy: true,
      canSupply: true,
    };
    writeToken = await issueToken({
      email: 'writer@stankozavod.by',
      membership: enterpriseMembership,
      scopes: ['read', 'write'],
    });
    readToken = await issueToken({
      email: 'reader@stankozavod.by',
      membership: { ...enterpriseMembership, role: 'member' },
      scopes: ['read'],
    });
    coordinatorToken = await issueToken({
      email: 'coordinator@minprom.ru',
      membership: {
        organisationId: ministry.id,
        organisationKind: 'ministry',
        country: 'RU',
        role: 'member',
        canBuy: false,
        canSupply: false,
      },
      scopes: ['read'],
    });
    server = await buildServer({ database });
    serverUrl = await server.listen({ host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await server?.close();
    await dispose?.();
    await rm(workFolder, { recursive: true, force: true });
  });

  it('stops with exit code 2 and names --server and COOPEX_SERVER when no server is given', async () => {
    const result = await coopex({ token: writeToken }, 'remote', 'organisations');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--server');
    expect(result.stderr).toContain('COOPEX_SERVER');
    expect(result.stderr).not.toContain(writeToken);
  });

  it('stops with exit code 2 and names --token and COOPEX_TOKEN when no token is given', async () => {
    const result = await coopex({ server: serverUrl }, 'remote', 'whoami');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^coopex: .*--token.*COOPEX_TOKEN/);
  });

  it('takes --server and --token on the command line as well as from the environment', async () => {
    const result = await coopex(
      {},
      'remote',
      'organisations',
      '--country',
      'by',
      '--server',
      serverUrl,
      '--token',
      readToken,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/BY\s+100582333\s+enterprise\s+ОАО «Станкозавод»/);
    expect(result.stdout).not.toContain('Министерство');
  });

  it('says who the token acts for, with its scopes, and never prints the token', async () => {
    const result = await asReader('remote', 'whoami');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('reader@stankozavod.by');
    expect(result.stdout).toContain(`ОАО «Станкозавод» (${enterpriseId})`);
    expect(result.stdout).toMatch(/Token:\s+CLI read \(cpx_[\w-]*…\), read, expires/);
    expect(result.stdout + result.stderr).not.toContain(readToken);
  });

  it('refuses an import with a read-only token (insufficient_scope) and writes nothing', async () => {
    const file = path.join(workFolder, 'read-only.csv');
    await writeFile(file, 'external_id;name\nR-1;Резец проходной\n');
    const result = await asReader('remote', 'import', 'products', file, '--organisation', enterpriseId);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^coopex: This API token may only read \(insufficient_scope\)/);
    expect(await externalIdsOfProducts()).not.toContain('R-1');
  });

  it('fails with a clear authentication message and a non-zero exit code for an unknown token', async () => {
    const unknownToken = 'cpx_thisTokenWasNeverIssued0123456789abcdef';
    const result = await coopex({ server: serverUrl, token: unknownToken }, 'remote', 'lists');
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toBe(
      'coopex: The API token is not known (authentication_required: unknown); check --token or COOPEX_TOKEN',
    );
    expect(result.stdout + result.stderr).not.toContain(unknownToken);
  });

  it('imports a catalog with a write token (organisation named by tax id) and the products are there afterwards', async () => {
    const file = path.join(workFolder, 'catalog.csv');
    await writeFile(
      file,
      [
        'external_id;name;part_number;capacity;capacity_unit',
        'P-1;Патрон токарный 3-кулачковый 200 мм;ПТ-200;500;шт',
        'P-2;Патрон токарный 4-кулачковый 250 мм;ПТ-250;300;шт',
      ].join('\n'),
    );
    const result = await asWriter('remote', 'import', 'products', file, '--organisation', '100582333');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('catalog.csv: CSV');
    expect(result.stdout).toContain('imported: 2 (2 new, 0 updated)');
    expect(await externalIdsOfProducts()).toEqual(['P-1', 'P-2']);
  });

  it('previews an import with --dry-run and writes nothing', async () => {
    const file = path.join(workFolder, 'dry-run.csv');
    await writeFile(file, 'external_id;name\nD-1;Сверло спиральное 10 мм\n');
    const result = await asWriter('remote', 'import', 'products', file, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Dry run: nothing was written.');
    expect(await externalIdsOfProducts()).not.toContain('D-1');
  });

  it('prints the problem table of a rejected file, exits non-zero and writes nothing', async () => {
    const file = path.join(workFolder, 'bad-row.csv');
    await writeFile(
      file,
      [
        'external_id;name;capacity;capacity_unit',
        'B-1;Патрон 160 мм;100;шт',
        'B-2;Патрон 315 мм;пятьсот;шт',
      ].join('\n'),
    );
    const result = await asWriter('remote', 'import', 'products', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/3\s+capacity\s+пятьсот\s+not a number/);
    expect(result.stderr.trim()).toBe(
      `coopex: nothing was imported from ${file}: fix the rows above, or run again with --skip-invalid`,
    );
    expect(await externalIdsOfProducts()).toEqual(['P-1', 'P-2']);
  });

  it('exports the token’s catalog to an XLSX file that parses and holds the imported products', async () => {
    const output = path.join(workFolder, 'exported.xlsx');
    const result = await asReader('remote', 'export', 'products', '--output', output);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Catalog written to ${output}`);
    const table = await readTable({ source: output });
    expect(table.format).toBe('xlsx');
    expect(table.headers).toContain('external_id');
    const externalIds: string[] = [];
    for await (const row of table.rows) externalIds.push(row.values.external_id ?? '');
    expect(externalIds.sort()).toEqual(['P-1', 'P-2']);
  });

  it('imports a hot list, lists it, ranks candidates for its line and exports it as CSV', async () => {
    const file = path.join(workFolder, 'hot-list.csv');
    await writeFile(file, 'external_id,name,quantity,unit\nL-1,Патрон токарный 3-кулачковый 200 мм,40,шт\n');
    const imported = await asWriter('remote', 'import', 'demand', file, '--title', 'Горячий список: патроны');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Hot list: Горячий список: патроны \([0-9a-f-]{36}\), 1 lines/);

    const lists = await asReader('remote', 'lists', '--organisation', enterpriseId, '--json');
    expect(lists.code).toBe(0);
    const page = JSON.parse(lists.stdout) as { items: Array<{ id: string; title: string }> };
    expect(page.items.map((list) => list.title)).toEqual(['Горячий список: патроны']);
    const listId = page.items[0]!.id;

    const line = await database.query<{ id: string }>('SELECT id FROM demand_lines WHERE list_id = $1', [
      listId,
    ]);
    const matches = await asReader('remote', 'match', line.rows[0]!.id, '--limit', '3');
    expect(matches.code).toBe(0);
    expect(matches.stdout).toContain('Line: Патрон токарный 3-кулачковый 200 мм (L-1)');
    expect(matches.stdout).toMatch(/1\s+[\d.]+\s+ОАО «Станкозавод»\s+BY\s+P-1/);

    const output = path.join(workFolder, 'hot-list-export.csv');
    const exported = await asReader('remote', 'export', 'demand', listId, '--output', output);
    expect(exported.code).toBe(0);
    const table = await readTable({ source: output });
    const rows = [];
    for await (const row of table.rows) rows.push(row.values);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ external_id: 'L-1', name: 'Патрон токарный 3-кулачковый 200 мм' });
  }, 180_000);

  it('lists programs for a coordinator’s read-only token', async () => {
    const result = await coopex(
      { server: serverUrl, token: coordinatorToken },
      'remote',
      'programs',
      'list',
      '--json',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ items: [] });
  });

  it('says which URL could not be reached when nothing listens there', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const result = await coopex(
      { server: `http://127.0.0.1:${closedPort}`, token: readToken },
      'remote',
      'whoami',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `^coopex: Could not reach the Coopex server at http://127\\.0\\.0\\.1:${closedPort}/api/v1/\\S+: .*ECONNREFUSED`,
      ),
    );
  });

  it('keeps the exported file untouched by a failed download', async () => {
    const output = path.join(workFolder, 'kept.csv');
    await writeFile(output, 'before\n');
    const result = await asReader(
      'remote',
      'export',
      'demand',
      '00000000-0000-4000-8000-000000000000',
      '--output',
      output,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\(not_found\)/);
    expect(await readFile(output, 'utf8')).toBe('before\n');
  });
});
