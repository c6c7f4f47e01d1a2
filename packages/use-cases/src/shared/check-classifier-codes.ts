import { isWellFormedOkpd2Code, isWellFormedTnvedCode, type FieldProblem } from '@coopex/domain';
import type { Repositories } from '@coopex/db';

export interface CodeCheckResult {
  errors: Map<number, FieldProblem[]>;
  warnings: Map<number, FieldProblem[]>;
}

type CodedSystem = 'tnved' | 'okpd2';

/**
 * Checks codes against the loaded classifiers, a batch at a time. An unknown code is an error; while a classifier
 * is not loaded at all, a well-formed code is accepted with a warning so a new installation can still take data.
 */
export function createClassifierCodeChecker(repositories: Repositories) {
  const loadedSystems = new Map<CodedSystem, Promise<boolean>>();
  const isLoaded = (system: CodedSystem) => {
    let answer = loadedSystems.get(system);
    if (!answer) {
      answer = repositories.classifiers.hasSystem(system);
      loadedSystems.set(system, answer);
    }
    return answer;
  };

  return async function checkClassifierCodes(
    records: ReadonlyArray<{ tnved: string | null; okpd2: string | null }>,
  ): Promise<CodeCheckResult> {
    const result: CodeCheckResult = { errors: new Map(), warnings: new Map() };
    const add = (target: Map<number, FieldProblem[]>, index: number, problem: FieldProblem) => {
      const list = target.get(index) ?? [];
      list.push(problem);
      target.set(index, list);
    };
    for (const system of ['tnved', 'okpd2'] as const) {
      const isWellFormed = system === 'tnved' ? isWellFormedTnvedCode : isWellFormedOkpd2Code;
      const codes = new Set<string>();
      records.forEach((record) => {
        const code = record[system];
        if (code && isWellFormed(code)) codes.add(code);
      });
      if (codes.size === 0) continue;
      const label = system === 'tnved' ? 'TN VED' : 'OKPD2';
      if (!(await isLoaded(system))) {
        records.forEach((record, index) => {
          const code = record[system];
          if (code && codes.has(code)) {
            add(result.warnings, index, {
              field: system,
              value: code,
              reason: `the ${label} classifier is not loaded, so the code was checked for its form only`,
            });
          }
        });
        continue;
      }
      const known = await repositories.classifiers.findExistingCodes(system, [...codes]);
      records.forEach((record, index) => {
        const code = record[system];
        if (code && codes.has(code) && !known.has(code)) {
          add(result.errors, index, { field: system, value: code, reason: `unknown ${label} code` });
        }
      });
    }
    return result;
  };
}
