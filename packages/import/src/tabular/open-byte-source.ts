import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { AppError } from '@coopex/domain';

/** Where a table comes from: a file path, the bytes of an upload, or a stream of them. */
export type TableSource = string | Uint8Array | Readable;

export type ProgressCallback = (bytesRead: number, totalBytes?: number) => void;

/**
 * An input whose first bytes can be looked at before it is parsed: format and encoding are decided
 * from the prefix, then `toStream()` replays the prefix followed by the rest, so nothing is read twice
 * and nothing beyond the prefix is held in memory.
 */
export interface ByteSource {
  readonly totalBytes: number | undefined;
  /** The bytes read so far and not yet handed to `toStream()`. */
  prefix(): Buffer;
  /** True once the whole input has been read into the prefix. */
  isFullyRead(): boolean;
  /** Reads on until the prefix holds at least `minimumBytes` or the input ends. */
  readAhead(minimumBytes: number): Promise<void>;
  /** The whole input as a byte stream; can be called once. */
  toStream(): Readable;
  /** Stops reading and releases the file or stream; safe to call more than once. */
  close(): void;
}

const bufferSliceBytes = 64 * 1024;

export async function openByteSource({
  source,
  onProgress,
}: {
  source: TableSource;
  onProgress?: ProgressCallback | undefined;
}): Promise<ByteSource> {
  const { stream, totalBytes } = await openStream(source);
  const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  let prefixChunks: Buffer[] = [];
  let prefixBytes = 0;
  let bytesRead = 0;
  let ended = false;
  let replayStream: Readable | undefined;

  async function readChunk(): Promise<Buffer | undefined> {
    if (ended) return undefined;
    const next = await iterator.next();
    if (next.done === true) {
      ended = true;
      return undefined;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    bytesRead += chunk.length;
    onProgress?.(bytesRead, totalBytes);
    return chunk;
  }

  return {
    totalBytes,
    prefix: () => {
      if (prefixChunks.length > 1) prefixChunks = [Buffer.concat(prefixChunks)];
      return prefixChunks[0] ?? Buffer.alloc(0);
    },
    isFullyRead: () => ended,
    readAhead: async (minimumBytes) => {
      while (prefixBytes < minimumBytes) {
        const chunk = await readChunk();
        if (chunk === undefined) return;
        prefixChunks.push(chunk);
        prefixBytes += chunk.length;
      }
    },
    toStream: () => {
      if (replayStream !== undefined) throw new Error('toStream() can be called only once');
      const replay = async function* (): AsyncGenerator<Buffer> {
        const replayed = prefixChunks;
        // Let the prefix be garbage-collected as soon as it has been handed on.
        prefixChunks = [];
        yield* replayed;
        for (let chunk = await readChunk(); chunk !== undefined; chunk = await readChunk()) yield chunk;
      };
      replayStream = Readable.from(replay(), { objectMode: false });
      return replayStream;
    },
    close: () => {
      replayStream?.destroy();
      if (!ended) {
        ended = true;
        // Ending the iteration destroys the underlying file or stream; a late error there no longer matters.
        Promise.resolve(iterator.return?.()).catch(() => undefined);
      }
    },
  };
}

async function openStream(
  source: TableSource,
): Promise<{ stream: Readable; totalBytes: number | undefined }> {
  if (typeof source === 'string') {
    const size = await stat(source).then(
      (stats) => stats.size,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT')
          throw new AppError('not_found', `File not found: ${source}`, { path: source });
        throw error;
      },
    );
    return { stream: createReadStream(source, { highWaterMark: bufferSliceBytes }), totalBytes: size };
  }
  if (source instanceof Uint8Array) {
    return { stream: Readable.from(sliceBuffer(source), { objectMode: false }), totalBytes: source.length };
  }
  return { stream: source, totalBytes: undefined };
}

/** Hands an in-memory upload on in slices so progress moves and parsers see ordinary chunks. */
function* sliceBuffer(bytes: Uint8Array): Generator<Buffer> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 0; offset < buffer.length; offset += bufferSliceBytes) {
    yield buffer.subarray(offset, offset + bufferSliceBytes);
  }
}
