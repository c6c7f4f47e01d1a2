import { AppError } from '@coopex/domain';
import { ConfigurationError } from '@coopex/config';
import { ZodError } from 'zod';
import { createProgram } from './program';

/** Every failure ends in one line on stderr and a non-zero exit code; details only with DEBUG set. */
try {
  await createProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof AppError || error instanceof ConfigurationError) {
    console.error(`coopex: ${error.message}`);
  } else if (error instanceof ZodError) {
    const reasons = error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`);
    console.error(`coopex: invalid input: ${reasons.join('; ')}`);
  } else {
    console.error(`coopex: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) console.error(error);
  }
  process.exitCode = 1;
}
