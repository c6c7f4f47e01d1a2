import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Test helpers only: the package index does not export this file.

const repositoryRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');

/** The real classifier files live in ../shared beside the checkout and must never be copied into it. */
export const sharedClassifierFolder = resolve(repositoryRoot, '../shared/data/classifiers');
export const sharedClassifierFilesExist = existsSync(sharedClassifierFolder);

/** A describe name that says why its tests were skipped, so a green run without ../shared is not misread. */
export function nameRealDataSuite(subject: string): string {
  return sharedClassifierFilesExist
    ? `${subject} (real files from ../shared/data/classifiers)`
    : `${subject} — SKIPPED: ../shared/data/classifiers is missing next to the repository`;
}

export async function collectEntries<T>(source: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const entry of source) collected.push(entry);
  return collected;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

export interface TemporaryFolder {
  write(name: string, content: string | Buffer): Promise<string>;
  remove(): Promise<void>;
}

export async function createTemporaryFolder(): Promise<TemporaryFolder> {
  const folder = await mkdtemp(join(tmpdir(), 'coopex-classifiers-'));
  return {
    async write(name, content) {
      const path = join(folder, name);
      await writeFile(path, content);
      return path;
    },
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}

/** Codes whose parent was not yielded before them: a loader inserting in stream order would fail on these. */
export function findEntriesBeforeTheirParent(
  entries: readonly { code: string; parentCode: string | null }[],
): string[] {
  const seen = new Set<string>();
  const misplaced: string[] = [];
  for (const entry of entries) {
    if (entry.parentCode !== null && !seen.has(entry.parentCode)) misplaced.push(entry.code);
    seen.add(entry.code);
  }
  return misplaced;
}
