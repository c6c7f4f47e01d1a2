import { AppError } from '@coopex/domain';
import { ConfigurationError } from '@coopex/config';
import { createProgram } from './program';

/** Every failure ends in one line on stderr and a non-zero exit code; details only with DEBUG set. */
try {
  await createProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof AppError || error instanceof ConfigurationError) {
    console.error(`coopex: ${error.message}`);
  } else {
    console.error(`coopex: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) console.error(error);
  }
  process.exitCode = 1;
}
