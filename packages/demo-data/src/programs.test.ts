import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  convertQuantity,
  demoProductFiles,
  loadDemoClassifierSubset,
  loadDemoOrganisations,
  unmetRequirements,
} from './index';
import { demoProgramHeaders, demoProgramPath, loadDemoPrograms } from './programs';
import type { DemoProgram } from './programs';

type Row = Record<string, string>;

function readCsv(path: string): { headers: string[]; rows: Row[] } {
  const text = readFileSync(path, 'utf8');
  const [headers] = parse(text, { to_line: 1 }) as string[][];
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as Row[];
  return { headers: headers ?? [], rows };
}

const PARAM_HEADER = /^param:[^[\]|,]+(\[[^[\]]+\])?$/;
const organisations = loadDemoOrganisations();
const orgByKey = new Map(organisations.map((o) => [o.key, o]));
const catalogs = new Map(demoProductFiles().map((f) => [f.organisationKey, readCsv(f.path).rows]));
const products = [...catalogs.entries()].flatMap(([key, rows]) => rows.map((row) => ({ key, row })));
const subset = loadDemoClassifierSubset();
const codes = new Set(subset.map((e) => `${e.system}:${e.code}`));
const programs = loadDemoPrograms();
const csvs = new Map(programs.map((p) => [p.key, readCsv(demoProgramPath(p))]));
const heading = (tnved: string | undefined) => (tnved ?? '').slice(0, 4);

function rowOf(reference: string): { program: DemoProgram; row: Row } | undefined {
  const [key, externalId] = reference.split('|');
  const program = programs.find((p) => p.key === key);
  const row = program && csvs.get(program.key)!.rows.find((r) => r.external_id === externalId);
  return program && row ? { program, row } : undefined;
}

const items = programs.flatMap((program) =>
  program.expectations.map((expectation) => ({
    program,
    expectation,
    row: csvs.get(program.key)!.rows.find((r) => r.external_id === expectation.externalId)!,
    where: `${program.key} ${expectation.externalId}`,
  })),
);

describe('import-substitution programs', () => {
  it('has two programs per country, each held by that country’s ministry', () => {
    expect(programs.filter((p) => p.country === 'BY')).toHaveLength(2);
    expect(programs.filter((p) => p.country === 'RU')).toHaveLength(2);
    expect(new Set(programs.map((p) => p.key)).size).toBe(programs.length);
    for (const program of programs) {
      const ministry = orgByKey.get(program.ministry);
      expect(ministry?.kind, program.key).toBe('ministry');
      expect(ministry?.country, program.key).toBe(program.country);
      expect(program.file).toBe(`programs/${program.key}.csv`);
      expect(existsSync(demoProgramPath(program)), program.key).toBe(true);
      expect(program.title).toMatch(/^Программа импортозамещения /);
      expect(program.periodFrom).toBe(2026);
      expect(program.periodTo).toBeGreaterThanOrEqual(2028);
      expect(program.periodTo).toBeLessThanOrEqual(2030);
    }
  });

  it('uses the exact headers followed by param columns', () => {
    for (const [key, { headers }] of csvs) {
      expect(headers.slice(0, demoProgramHeaders.length), key).toEqual([...demoProgramHeaders]);
      for (const header of headers.slice(demoProgramHeaders.length))
        expect(header, key).toMatch(PARAM_HEADER);
    }
  });

  it('has 15–25 well-formed items with unique ids, each with one expectation', () => {
    const allIds: string[] = [];
    for (const program of programs) {
      const { rows } = csvs.get(program.key)!;
      expect(rows.length, program.key).toBeGreaterThanOrEqual(15);
      expect(rows.length, program.key).toBeLessThanOrEqual(25);
      expect(program.expectations.map((e) => e.externalId).sort(), program.key).toEqual(
        rows.map((r) => r.external_id).sort(),
      );
      const currencies = program.country === 'RU' ? ['RUB'] : ['BYN', 'USD'];
      for (const row of rows) {
        const where = `${program.key} ${row.external_id}`;
        expect(row.name, where).not.toBe('');
        expect(row.tnved, where).toMatch(/^\d{10}$/);
        expect(Number(row.quantity), where).toBeGreaterThan(0);
        expect(row.unit, where).not.toBe('');
        expect(row.value, where).toMatch(/^\d+(\.\d+)?$/);
        expect(Number(row.value), where).toBeGreaterThan(0);
        expect(currencies, where).toContain(row.currency);
        const year = Number(row.target_year);
        expect(year, where).toBeGreaterThanOrEqual(program.periodFrom);
        expect(year, where).toBeLessThanOrEqual(program.periodTo);
      }
      allIds.push(...rows.map((r) => r.external_id!));
    }
    expect(new Set(allIds).size).toBe(allIds.length);
    const withEnglish = items.filter((i) => i.row.name_en !== '').length;
    expect(withEnglish).toBeGreaterThanOrEqual(items.length * 0.35);
    expect(withEnglish).toBeLessThanOrEqual(items.length * 0.65);
  });

  it('uses only codes of the classifier subset', () => {
    for (const { row, where } of items) {
      expect(codes.has(`tnved:${row.tnved}`), `${where} tnved ${row.tnved}`).toBe(true);
      if (row.okpd2) expect(codes.has(`okpd2:${row.okpd2}`), `${where} okpd2 ${row.okpd2}`).toBe(true);
    }
  });

  it('names responsible enterprises of the program’s own country', () => {
    for (const { program, row, where } of items) {
      if (row.responsible === '') continue;
      const organisation = organisations.find((o) => o.nameRu === row.responsible);
      expect(organisation?.kind, where).toBe('enterprise');
      expect(organisation?.country, where).toBe(program.country);
    }
  });

  it('is designed as programs.json says, by a plain reading of the parameters', () => {
    for (const { program, expectation, row, where } of items) {
      if (expectation.coverage === 'not_covered') {
        expect(expectation.coveredBy, where).toBeUndefined();
        expect(expectation.shortfall, where).toBeUndefined();
        expect(
          Object.keys(row).some((h) => h.startsWith('param:') && row[h] !== ''),
          where,
        ).toBe(true);
        const fitting = products.filter(
          (p) => heading(p.row.tnved) === heading(row.tnved) && unmetRequirements(row, p.row).length === 0,
        );
        expect(
          fitting.map((p) => `${p.key}/${p.row.part_number}`),
          where,
        ).toEqual([]);
        continue;
      }
      const producer = orgByKey.get(expectation.coveredBy ?? '');
      expect(producer?.kind, where).toBe('enterprise');
      expect(producer?.country, where).not.toBe(program.country);
      const product = catalogs
        .get(producer!.key)!
        .find((r) => r.part_number === expectation.partNumberOrName);
      expect(product, `${where}: ${expectation.partNumberOrName}`).toBeDefined();
      expect(product!.status, where).toBe('active');
      expect(heading(product!.tnved), where).toBe(heading(row.tnved));
      const unmet = unmetRequirements(row, product!);
      const quantity = convertQuantity(Number(row.quantity), row.unit!, product!.capacity_unit!);
      expect(quantity, `${where}: units`).not.toBeNull();
      const enough = Number(product!.capacity) >= quantity!;
      if (expectation.coverage === 'covered') {
        expect(expectation.shortfall, where).toBeUndefined();
        expect(unmet, where).toEqual([]);
        expect(enough, `${where}: capacity`).toBe(true);
      } else if (expectation.shortfall === 'capacity') {
        expect(unmet, where).toEqual([]);
        expect(enough, `${where}: capacity`).toBe(false);
      } else {
        expect(expectation.shortfall, where).toBe('requirement');
        expect(unmet, where).toHaveLength(1);
        expect(enough, `${where}: capacity`).toBe(true);
      }
    }
  });

  it('mixes covered, partly covered and uncovered items in every program', () => {
    for (const program of programs) {
      const share = (coverage: string) =>
        program.expectations.filter((e) => e.coverage === coverage).length / program.expectations.length;
      expect(share('covered'), program.key).toBeGreaterThanOrEqual(0.3);
      expect(share('covered'), program.key).toBeLessThanOrEqual(0.5);
      expect(share('partly'), program.key).toBeGreaterThanOrEqual(0.15);
      expect(share('partly'), program.key).toBeLessThanOrEqual(0.35);
      expect(share('not_covered'), program.key).toBeGreaterThanOrEqual(0.25);
      expect(share('not_covered'), program.key).toBeLessThanOrEqual(0.45);
    }
  });

  it('marks overlaps and false friends symmetrically across the two countries', () => {
    const pairs = { overlapWith: 0, falseFriendOf: 0 };
    for (const field of ['overlapWith', 'falseFriendOf'] as const) {
      for (const { program, expectation, row, where } of items) {
        const reference = expectation[field];
        if (!reference) continue;
        pairs[field] += 1;
        const other = rowOf(reference);
        expect(other, `${where} ${field} ${reference}`).toBeDefined();
        expect(other!.program.country, where).not.toBe(program.country);
        const back = other!.program.expectations.find((e) => e.externalId === other!.row.external_id)!;
        expect(back[field], where).toBe(`${program.key}|${expectation.externalId}`);
        expect(heading(other!.row.tnved), where).toBe(heading(row.tnved));
        if (field === 'falseFriendOf') expect(expectation.overlapWith, where).toBeUndefined();
      }
    }
    expect(pairs.overlapWith / 2).toBeGreaterThanOrEqual(4);
    expect(pairs.overlapWith / 2).toBeLessThanOrEqual(6);
    expect(pairs.falseFriendOf / 2).toBeGreaterThanOrEqual(2);
    expect(pairs.falseFriendOf / 2).toBeLessThanOrEqual(3);
  });
});
