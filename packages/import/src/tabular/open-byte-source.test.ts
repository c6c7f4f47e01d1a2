import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openByteSource } from './open-byte-source';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('openByteSource', () => {
  it('replays the bytes read ahead before the rest, without losing or repeating any', async () => {
    const bytes = Buffer.alloc(300_000, 'абв');
    const source = await openByteSource({
      source: Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]),
    });
    await source.readAhead(10);
    expect(source.prefix().length).toBe(1000);
    expect(source.isFullyRead()).toBe(false);
    expect((await readAll(source.toStream())).equals(bytes)).toBe(true);
  });

  it('reads a buffer in slices and reports progress against its length', async () => {
    const progress: Array<[number, number | undefined]> = [];
    const bytes = Buffer.alloc(200_000, 1);
    const source = await openByteSource({
      source: bytes,
      onProgress: (read, total) => progress.push([read, total]),
    });
    expect((await readAll(source.toStream())).equals(bytes)).toBe(true);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual([200_000, 200_000]);
  });

  it('reports no total for a stream of unknown length', async () => {
    const progress: Array<number | undefined> = [];
    const source = await openByteSource({
      source: Readable.from([Buffer.from('abc')]),
      onProgress: (_read, total) => progress.push(total),
    });
    await source.readAhead(1);
    expect(progress).toEqual([undefined]);
  });

  it('destroys the underlying stream when closed before the end', async () => {
    const stream = Readable.from([Buffer.from('a'), Buffer.from('b')]);
    const source = await openByteSource({ source: stream });
    await source.readAhead(1);
    source.close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(stream.destroyed).toBe(true);
  });
});
