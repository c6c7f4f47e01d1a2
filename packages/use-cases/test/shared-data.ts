import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder beside the checkout with real classifier files and labelled sets; tests skip, saying so, without it. */
export const sharedDataDirectory = path.resolve(
  fileURLToPath(new URL('../../../../shared/data', import.meta.url)),
);
export const isSharedDataPresent = existsSync(sharedDataDirectory);
export const sharedDataMissingNote = isSharedDataPresent
  ? ''
  : ` (skipped: ${sharedDataDirectory} is missing)`;
