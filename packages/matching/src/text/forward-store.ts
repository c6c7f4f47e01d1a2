import { ensureInt32Capacity } from './growable-arrays';
import { PagedRuns } from './paged-arrays';

/**
 * Each document's term ids in order, behind a header of how many lists there are and how many belong to each, as
 * variable-length integers in byte pages: frequent words have small ids and take one or two bytes instead of four,
 * which at a million products saves tens of megabytes. Read back a whole document at a time. A document never
 * straddles two pages, so its bytes are read from one array.
 */
export class ForwardStore {
  private readonly bytes = new PagedRuns((size) => new Uint8Array(size));
  /** Where each document's bytes start. */
  private starts: Int32Array<ArrayBuffer>;
  private count = 0;
  private readPage = new Uint8Array(0);
  private readPosition = 0;

  /** `expectedDocumentCount` sizes the per-document table once, when the caller knows how many will come. */
  constructor(expectedDocumentCount = 0) {
    this.starts = new Int32Array(Math.max(expectedDocumentCount, 16));
  }

  get documentCount(): number {
    return this.count;
  }

  get byteLength(): number {
    return this.bytes.byteLength + this.starts.byteLength;
  }

  /** Stores the next document: its segment is the lengths of the lists followed by the lists, in this order. */
  append(lists: ReadonlyArray<readonly number[]>): void {
    let valueCount = 1 + lists.length;
    for (const list of lists) valueCount += list.length;
    // Five bytes at most per value: reserve once, then write without checks.
    const start = this.bytes.reserve(valueCount * 5);
    const page = this.bytes.pageOf(start);
    const pageStart = start - this.bytes.offsetOf(start);
    let position = this.write(page, start - pageStart, lists.length);
    for (const list of lists) position = this.write(page, position, list.length);
    for (const list of lists) {
      for (let index = 0; index < list.length; index += 1)
        position = this.write(page, position, list[index] ?? 0);
    }
    this.bytes.end(pageStart + position);
    this.starts = ensureInt32Capacity(this.starts, this.count + 1);
    this.starts[this.count] = start;
    this.count += 1;
  }

  /** Fills `into` with the document's segment (the lengths, then the lists) and returns it. */
  read(document: number, into: number[]): number[] {
    into.length = 0;
    if (document < 0 || document >= this.count) return into;
    const start = this.starts[document] ?? 0;
    this.readPage = this.bytes.pageOf(start);
    this.readPosition = this.bytes.offsetOf(start);
    // The number of lists comes first; it is not part of the segment.
    const listCount = this.readValue();
    let valueCount = 0;
    for (let list = 0; list < listCount; list += 1) {
      const length = this.readValue();
      into.push(length);
      valueCount += length;
    }
    for (let index = 0; index < valueCount; index += 1) into.push(this.readValue());
    return into;
  }

  private readValue(): number {
    const bytes = this.readPage;
    let byte = bytes[this.readPosition++] ?? 0;
    // Most values (frequent words' ids, lengths) take one byte; the rest at most five.
    if (byte < 0x80) return byte;
    let value = byte & 0x7f;
    let scale = 0x80;
    do {
      byte = bytes[this.readPosition++] ?? 0;
      value += (byte & 0x7f) * scale;
      scale *= 0x80;
    } while (byte >= 0x80);
    return value;
  }

  private write(page: Uint8Array, start: number, value: number): number {
    let position = start;
    let rest = value;
    while (rest >= 0x80) {
      page[position++] = (rest & 0x7f) | 0x80;
      rest = Math.floor(rest / 128);
    }
    page[position++] = rest;
    return position;
  }
}
