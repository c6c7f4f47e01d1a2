import {
  AppError,
  canSeePrograms,
  requireAccess,
  type Actor,
  type Program,
  type ProgramItem,
} from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

export async function getProgram(options: {
  database: Database;
  actor: Actor;
  programId: string;
}): Promise<{ program: Program; items: ProgramItem[] }> {
  requireAccess(options.actor, canSeePrograms(options.actor), 'see import-substitution programs');
  const repositories = createRepositories(options.database);
  const program = await repositories.programs.findById(options.programId);
  if (!program) throw new AppError('not_found', 'Program not found', { programId: options.programId });
  return { program, items: await repositories.programs.listItems(program.id) };
}
