import { AppError, type Program, type ProgramItem } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

export async function getProgram(options: {
  database: Database;
  programId: string;
}): Promise<{ program: Program; items: ProgramItem[] }> {
  const repositories = createRepositories(options.database);
  const program = await repositories.programs.findById(options.programId);
  if (!program) throw new AppError('not_found', 'Program not found', { programId: options.programId });
  return { program, items: await repositories.programs.listItems(program.id) };
}
