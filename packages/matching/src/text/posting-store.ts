import { PagedInt32Array } from './paged-arrays';

// Postings live in a few big typed-array chunks instead of one small array per term: a million rare terms
// (model numbers) would otherwise cost a million array headers.
const chunkBits = 20;
const chunkSize = 1 << chunkBits;
const chunkMask = chunkSize - 1;
const blockHeaderSize = 2;
const firstBlockCapacity = 2;
const largestBlockCapacity = 256;
// The second header entry packs a block's capacity (high bits) and fill (low bits): a term then needs only its
// head and tail addresses, not three more numbers each for millions of terms.
const fillBits = 16;
const fillMask = (1 << fillBits) - 1;

// Heads at or below this hold a single posting instead of a block address.
const inlineHead = -2;

/** Marks the end of a posting list: larger than any document number, and a small integer to the engine (2^30 - 1). */
export const endOfPostings = 0x3fffffff;

/**
 * Per-term posting lists of (document number, term frequency), appended in increasing document order. Each list is
 * a chain of blocks that double in size up to a limit: growing a list never copies it, and a cursor can skip a
 * whole block by looking at its last entry. A block starts with the address of the next one (-1 for none) and its
 * capacity and fill. Most terms are one product's model number with a single posting: that posting is kept in the
 * term's head and tail entries (head -2 - document, tail the frequency) and takes no block until a second comes.
 */
export class PostingStore {
  private documentChunks: Int32Array[] = [];
  private frequencyChunks: Uint8Array[] = [];
  private nextFreeAddress = 0;
  /** Per term (paged, -1 for none): its first and last block, or its single posting (see above). */
  private readonly headAddress = new PagedInt32Array(-1);
  private readonly tailAddress = new PagedInt32Array(-1);

  /** Entries ever appended to a term's list, including those of removed documents. */
  countPostings(termId: number): number {
    if (this.headAddress.get(termId) <= inlineHead) return 1;
    let count = 0;
    for (let block = this.blockStart(termId); block >= 0; block = this.readDocument(block))
      count += this.blockFill(block);
    return count;
  }

  append(termId: number, document: number, frequency: number): void {
    this.headAddress.ensure(termId + 1);
    this.tailAddress.ensure(termId + 1);
    const clampedFrequency = frequency > 255 ? 255 : frequency;
    const head = this.headAddress.get(termId);
    if (head === -1) {
      this.headAddress.set(termId, inlineHead - document);
      this.tailAddress.set(termId, clampedFrequency);
      return;
    }
    if (head <= inlineHead) this.moveInlinePostingToBlock(termId, head);
    let tail = this.tailAddress.get(termId);
    let header = tail < 0 ? 0 : this.readDocument(tail + 1);
    let fill = header & fillMask;
    const tailCapacity = header >>> fillBits;
    if (tail < 0 || fill === tailCapacity) {
      const capacity = tail < 0 ? firstBlockCapacity : Math.min(tailCapacity * 2, largestBlockCapacity);
      const block = this.allocate(blockHeaderSize + capacity);
      this.writeDocument(block, -1);
      if (tail < 0) this.headAddress.set(termId, block);
      else this.writeDocument(tail, block);
      tail = block;
      fill = 0;
      header = capacity << fillBits;
      this.tailAddress.set(termId, block);
    }
    this.writeEntry(tail + blockHeaderSize + fill, document, clampedFrequency);
    this.writeDocument(tail + 1, (header & ~fillMask) | (fill + 1));
  }

  /** A cursor positioned on the first posting of the term (or at the end when the term has none). */
  openCursor(termId: number): PostingCursor {
    return new PostingCursor(this, termId);
  }

  /** Reserved bytes, for statistics. */
  get allocatedBytes(): number {
    return this.documentChunks.length * chunkSize * 5 + this.headAddress.byteLength * 2;
  }

  /** @internal used by the cursor: the first block, -1 for none, or the single posting encoded as above */
  blockStart(termId: number): number {
    return this.headAddress.get(termId);
  }

  /** @internal the frequency of a single posting kept in the head */
  inlineFrequency(termId: number): number {
    return this.tailAddress.get(termId);
  }

  /** @internal */
  blockFill(block: number): number {
    return this.readDocument(block + 1) & fillMask;
  }

  /** @internal */
  documentChunkOf(address: number): Int32Array {
    return this.documentChunks[address >>> chunkBits] as Int32Array;
  }

  /** @internal */
  frequencyChunkOf(address: number): Uint8Array {
    return this.frequencyChunks[address >>> chunkBits] as Uint8Array;
  }

  readDocument(address: number): number {
    return (this.documentChunks[address >>> chunkBits] as Int32Array)[address & chunkMask] as number;
  }

  private moveInlinePostingToBlock(termId: number, head: number): void {
    const block = this.allocate(blockHeaderSize + firstBlockCapacity);
    this.writeDocument(block, -1);
    this.writeDocument(block + 1, (firstBlockCapacity << fillBits) | 1);
    this.writeEntry(block + blockHeaderSize, inlineHead - head, this.tailAddress.get(termId));
    this.headAddress.set(termId, block);
    this.tailAddress.set(termId, block);
  }

  private writeEntry(address: number, document: number, frequency: number): void {
    this.writeDocument(address, document);
    const frequencyChunk = this.frequencyChunks[address >>> chunkBits];
    if (frequencyChunk !== undefined) frequencyChunk[address & chunkMask] = frequency;
  }

  private writeDocument(address: number, value: number): void {
    (this.documentChunks[address >>> chunkBits] as Int32Array)[address & chunkMask] = value;
  }

  private allocate(size: number): number {
    const offset = this.nextFreeAddress & chunkMask;
    const isPastLastChunk = this.nextFreeAddress >>> chunkBits >= this.documentChunks.length;
    // A block never straddles two chunks, so a cursor reads a block from one array.
    if (isPastLastChunk || offset + size > chunkSize) {
      this.documentChunks.push(new Int32Array(chunkSize));
      this.frequencyChunks.push(new Uint8Array(chunkSize));
      this.nextFreeAddress = (this.documentChunks.length - 1) * chunkSize;
    }
    const address = this.nextFreeAddress;
    this.nextFreeAddress += size;
    return address;
  }
}

/** Walks one posting list forward; `document` is the current document or `endOfPostings`. */
export class PostingCursor {
  document = endOfPostings;
  private block: number;
  private fill = 0;
  private index = 0;
  private chunk: Int32Array = new Int32Array(0);
  private frequencies: Uint8Array = new Uint8Array(0);
  private entryOffset = 0;

  constructor(
    private readonly store: PostingStore,
    termId: number,
  ) {
    this.block = store.blockStart(termId);
    if (this.block > inlineHead) {
      this.enterBlock();
      return;
    }
    // A single posting: read as a block of one that no other block follows.
    this.document = inlineHead - this.block;
    this.chunk = Int32Array.of(this.document);
    this.frequencies = Uint8Array.of(store.inlineFrequency(termId));
    this.fill = 1;
  }

  get frequency(): number {
    return this.frequencies[this.entryOffset + this.index] ?? 0;
  }

  next(): void {
    this.index += 1;
    if (this.index < this.fill) {
      this.document = this.chunk[this.entryOffset + this.index] ?? endOfPostings;
      return;
    }
    this.moveToNextBlock();
  }

  /**
   * Copies the postings before `limit` into `documents` and `frequencies` from `start` on, and moves past them.
   * Returns where the copied postings end. The buffers must have room for every document before `limit` not yet
   * passed: a list holds a document at most once.
   */
  collectBefore(limit: number, documents: Int32Array, frequencies: Uint8Array, start: number): number {
    let end = start;
    while (this.document < limit) {
      const chunk = this.chunk;
      const chunkFrequencies = this.frequencies;
      const entryOffset = this.entryOffset;
      const fill = this.fill;
      let index = this.index;
      let document = this.document;
      // The rest of this block, up to the limit, in one tight loop.
      for (;;) {
        documents[end] = document;
        frequencies[end] = chunkFrequencies[entryOffset + index] as number;
        end += 1;
        index += 1;
        if (index >= fill) break;
        document = chunk[entryOffset + index] as number;
        if (document >= limit) break;
      }
      if (index < fill) {
        this.index = index;
        this.document = document;
        return end;
      }
      this.index = fill - 1;
      this.moveToNextBlock();
    }
    return end;
  }

  /** Moves to the first posting whose document is at least `target`. */
  advance(target: number): void {
    if (this.document >= target) return;
    // Skip whole blocks whose last document is still before the target.
    while (this.block !== -1 && (this.chunk[this.entryOffset + this.fill - 1] ?? endOfPostings) < target) {
      this.moveToNextBlock();
    }
    if (this.block < 0) return;
    // Galloping from the current entry: a probed list is asked for the next candidate, usually a few entries on,
    // so doubling steps bracket it in fewer reads than a binary search over the rest of the block.
    const chunk = this.chunk;
    const entryOffset = this.entryOffset;
    let low = this.index;
    let step = 1;
    let high = low + step;
    while (high < this.fill - 1 && (chunk[entryOffset + high] as number) < target) {
      low = high + 1;
      step *= 2;
      high = low + step;
    }
    if (high > this.fill - 1) high = this.fill - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((chunk[entryOffset + middle] ?? endOfPostings) < target) low = middle + 1;
      else high = middle;
    }
    this.index = low;
    this.document = chunk[entryOffset + low] ?? endOfPostings;
  }

  private moveToNextBlock(): void {
    this.block = this.block >= 0 ? this.store.readDocument(this.block) : -1;
    this.enterBlock();
  }

  private enterBlock(): void {
    if (this.block < 0) {
      this.document = endOfPostings;
      this.fill = 0;
      this.index = 0;
      return;
    }
    this.chunk = this.store.documentChunkOf(this.block);
    this.frequencies = this.store.frequencyChunkOf(this.block);
    this.entryOffset = (this.block & chunkMask) + blockHeaderSize;
    this.fill = this.store.blockFill(this.block);
    this.index = 0;
    this.document = this.fill > 0 ? (this.chunk[this.entryOffset] ?? endOfPostings) : endOfPostings;
  }
}
