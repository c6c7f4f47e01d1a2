import { AppError, normalizeClassifierCode, type ClassifierSystem } from '@coopex/domain';
import { createRepositories, type ClassifierNode, type Database } from '@coopex/db';

/** A code with the path of names from its section down, and its children, as in force on a date. */
export async function lookUpClassifierCode(options: {
  database: Database;
  system: ClassifierSystem;
  code: string;
  onDate?: string | undefined;
}): Promise<{ code: string; path: ClassifierNode[]; children: ClassifierNode[] }> {
  const code = normalizeClassifierCode(options.system, options.code) ?? options.code.trim();
  const repositories = createRepositories(options.database);
  const path = await repositories.classifiers.findPath(options.system, code, options.onDate);
  if (path.length === 0 || path[path.length - 1]!.code !== code) {
    throw new AppError('unknown_classifier_code', `Code ${code} is not in the ${options.system} classifier`, {
      system: options.system,
      code,
      isClassifierLoaded: await repositories.classifiers.hasSystem(options.system),
    });
  }
  const children = await repositories.classifiers.findChildren(options.system, code);
  return { code, path, children };
}
