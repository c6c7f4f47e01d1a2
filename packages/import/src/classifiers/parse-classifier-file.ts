import { access } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { AppError } from '@coopex/domain';
import type { ClassifierEntry } from './classifier-entry';
import { detectClassifierFormat, type ClassifierFormat } from './detect-classifier-format';
import { parseHsCsv } from './parse-hs-csv';
import { parseOkpd2Json } from './parse-okpd2-json';
import { parseTnvedFtsFile } from './parse-tnved-fts-file';
import { parseTnvedJson } from './parse-tnved-json';

/**
 * Parses any supported classifier file, detecting the format from the content unless one is given.
 * For an HS CSV, a sibling `<name>-sections.csv` (as published: hs-2022.csv beside hs-2022-sections.csv) supplies
 * the section names.
 */
export async function* parseClassifierFile(
  path: string,
  format?: ClassifierFormat,
): AsyncGenerator<ClassifierEntry> {
  const chosen = format ?? (await detectClassifierFormat(path));
  switch (chosen) {
    case 'tnved-json':
      yield* parseTnvedJson(path);
      return;
    case 'tnved-fts':
      yield* parseTnvedFtsFile(path);
      return;
    case 'okpd2-json':
      yield* parseOkpd2Json(path);
      return;
    case 'hs-csv': {
      const sectionsPath = join(dirname(path), `${basename(path, extname(path))}-sections${extname(path)}`);
      const hasSections = await access(sectionsPath).then(
        () => true,
        () => false,
      );
      yield* parseHsCsv(path, hasSections ? { sectionsPath } : {});
      return;
    }
    default:
      // Reachable from untyped callers (a CLI flag, a request body).
      throw new AppError('unsupported_file_format', `Unknown classifier format "${String(chosen)}"`, {
        path,
        format: chosen,
      });
  }
}
