import { Command } from 'commander';
import { registerDataCommands } from './commands/data.commands';
import { registerMatchingCommands } from './commands/matching.commands';
import { registerProgramCommands } from './commands/programs.commands';
import { registerRemoteCommands } from './commands/remote.commands';
import { registerServerCommands } from './commands/server.commands';
import { registerUserCommands } from './commands/users.commands';

export function createProgram(): Command {
  const program = new Command()
    .name('coopex')
    .description(
      'Coopex: industrial cooperation and import substitution exchange.\nData goes to embedded PGlite (./data) unless DATABASE_URL names a PostgreSQL server.',
    )
    .version('0.1.0')
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
  program.exitOverride((error) => {
    // Help and version are successes; anything else commander complains about is a usage error.
    process.exit(error.exitCode);
  });
  registerServerCommands(program);
  const importCommand = registerDataCommands(program);
  registerMatchingCommands(program, importCommand);
  registerProgramCommands(program, importCommand);
  registerRemoteCommands(program);
  registerUserCommands(program);
  return program;
}
