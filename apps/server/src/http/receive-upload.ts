import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { AppError } from '@coopex/domain';
import type { FastifyRequest } from 'fastify';
// The multipart plugin adds isMultipart() and file() to requests; importing it brings its type declarations.
import type {} from '@fastify/multipart';

export interface ReceivedUpload {
  path: string;
  fileName: string | null;
  discard(): Promise<void>;
}

/** Content types a spreadsheet arrives with when sent as the raw request body. */
export const rawUploadContentTypes = [
  'text/csv',
  'application/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];

/**
 * Stores an uploaded file (multipart field "file", or the raw body) in a temporary folder, so the import can
 * stream it and detect its format from its first bytes. The caller discards it when done.
 */
export async function receiveUpload(request: FastifyRequest): Promise<ReceivedUpload> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'coopex-upload-'));
  const discard = () => rm(folder, { recursive: true, force: true });
  try {
    let stream: Readable;
    let fileName: string | null;
    if (request.isMultipart()) {
      const part = await request.file();
      if (!part) throw new AppError('validation_failed', 'The form has no file field', { field: 'file' });
      stream = part.file;
      fileName = part.filename || null;
    } else {
      stream = request.body as Readable;
      const header = request.headers['x-file-name'];
      fileName = typeof header === 'string' ? decodeURIComponent(header) : null;
    }
    const target = path.join(folder, 'upload');
    await pipeline(stream, createWriteStream(target));
    if ('truncated' in stream && stream.truncated) {
      throw new AppError('payload_too_large', 'The file is larger than this server accepts', null);
    }
    return { path: target, fileName, discard };
  } catch (error) {
    await discard();
    throw error;
  }
}
