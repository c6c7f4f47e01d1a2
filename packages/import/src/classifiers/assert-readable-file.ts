import { stat } from 'node:fs/promises';
import { AppError } from '@coopex/domain';

/** Turns "no such file" and "that is a folder" into the project's errors before any parser starts reading. */
export async function assertReadableFile(path: string): Promise<void> {
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new AppError('unsupported_file_format', `${path} is not a file`, { path });
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('not_found', `Classifier file not found: ${path}`, { path });
    }
    throw error;
  }
}
