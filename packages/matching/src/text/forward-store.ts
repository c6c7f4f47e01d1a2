import { ensureInt32Capacity, ensureUint8Capacity } from './growable-arrays';

/**
 * Each document's term ids in order, behind a header of how many belong to each field, as variable-length
 * integers in one byte buffer: frequent words have small ids and take one or two bytes instead of four, which
 * at a million products saves tens of megabytes. Read back a whole document at a time.
 */
export class ForwardStore {
  private bytes = new Uint8Array(1024);
  /** Where each document's bytes start, plus where the next one's will. */
  private offsets = new Int32Array(16);
  private count = 0;

  get documentCount(): number {
    return this.count;
  }

  get byteLength(): number {
    return this.bytes.byteLength + this.offsets.byteLength;
  }

  /** Stores the next document: its segment is the lengths of the lists followed by the lists, in this order. */
  append(lists: ReadonlyArray<readonly number[]>): void {
    let position = this.offsets[this.count] ?? 0;
    let valueCount = lists.length;
    for (const list of lists) valueCount += list.length;
    // Five bytes at most per value: grow once, then write without checks.
    this.bytes = ensureUint8Capacity(this.bytes, position + valueCount * 5);
    for (const list of lists) position = this.write(position, list.length);
    for (const list of lists) {
      for (let index = 0; index < list.length; index += 1) position = this.write(position, list[index] ?? 0);
    }
    this.count += 1;
    this.offsets = ensureInt32Capacity(this.offsets, this.count + 1);
    this.offsets[this.count] = position;
  }

  /** Fills `into` with the document's segment (the lengths, then the lists) and returns it. */
  read(document: number, into: number[]): number[] {
    into.length = 0;
    const end = this.offsets[document + 1] ?? 0;
    let position = this.offsets[document] ?? end;
    const bytes = this.bytes;
    while (position < end) {
      let value = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = bytes[position++] ?? 0;
        value += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte >= 0x80);
      into.push(value);
    }
    return into;
  }

  private write(start: number, value: number): number {
    let position = start;
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[position++] = (rest & 0x7f) | 0x80;
      rest = Math.floor(rest / 128);
    }
    this.bytes[position++] = rest;
    return position;
  }
}
