import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sourceDirectory = fileURLToPath(new URL('../src', import.meta.url));
type Tree = { [key: string]: string | Tree };

function readTranslations(language: 'ru' | 'en'): Tree {
  return JSON.parse(readFileSync(path.join(sourceDirectory, 'i18n', `${language}.json`), 'utf8')) as Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(name, value);
    else for (const [child, text] of flatten(value, name)) entries.set(child, text);
  }
  return entries;
}

/** Plural forms differ by language (Russian has one/few/many/other, English one/other); compare their stems. */
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
function stems(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map((key) => key.replace(pluralSuffix, '')));
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry) ? [full] : [];
  });
}

describe('interface translations', () => {
  const russian = flatten(readTranslations('ru'));
  const english = flatten(readTranslations('en'));

  it('have the same keys in Russian and English', () => {
    const russianStems = stems(russian.keys());
    const englishStems = stems(english.keys());
    expect([...russianStems].filter((key) => !englishStems.has(key))).toEqual([]);
    expect([...englishStems].filter((key) => !russianStems.has(key))).toEqual([]);
  });

  it('give every plural the forms its language needs', () => {
    const needs = { ru: ['one', 'few', 'many', 'other'], en: ['one', 'other'] };
    for (const [language, entries] of [
      ['ru', russian],
      ['en', english],
    ] as const) {
      const plurals = [...entries.keys()]
        .filter((key) => pluralSuffix.test(key))
        .map((key) => key.replace(pluralSuffix, ''));
      for (const stem of new Set(plurals)) {
        for (const form of needs[language])
          expect(entries.has(`${stem}_${form}`), `${language} ${stem}_${form}`).toBe(true);
      }
    }
  });

  it('leave no text empty', () => {
    for (const [key, text] of [...russian, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('hold every key the interface asks for by name', () => {
    const available = stems(russian.keys());
    const missing: string[] = [];
    for (const file of sourceFiles(sourceDirectory)) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)) {
        if (!available.has(match[1]!)) missing.push(`${path.relative(sourceDirectory, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
