type Page = Int32Array | Uint16Array | Uint8Array;

const pageBits = 14;
const pageSize = 1 << pageBits;
const pageMask = pageSize - 1;

/*
 * Why pages rather than one array that doubles: V8 starts a full mark-compact of the whole heap each time about
 * 64 MB of new ArrayBuffer memory has been allocated since the last one ("external memory pressure"). Doubling
 * allocates twice what it keeps, and the old copies only count as freed after that collection; at a million
 * products (three million terms) that was a dozen full collections of a second each. Pages are allocated once
 * and never copied.
 */

/**
 * A typed array indexed by term id that grows a page at a time; entries never written hold `initialValue`. One
 * subclass per element type, each with its own `get` and `set`: V8 then sees one kind of page at each access,
 * which keeps these calls as cheap as an array read in the loops that index every term.
 */
export abstract class PagedArray<ArrayPage extends Page = Page> {
  protected readonly pages: ArrayPage[] = [];

  constructor(protected readonly initialValue = 0) {}

  get byteLength(): number {
    return this.pages.reduce((sum, page) => sum + page.byteLength, 0);
  }

  abstract get(index: number): number;
  abstract set(index: number, value: number): void;

  /** Makes room for entries 0 to `length - 1`. */
  ensure(length: number): void {
    while (this.pages.length * pageSize < length) {
      const page = this.createPage(pageSize);
      if (this.initialValue !== 0) page.fill(this.initialValue);
      this.pages.push(page);
    }
  }

  protected abstract createPage(size: number): ArrayPage;
}

export class PagedInt32Array extends PagedArray<Int32Array> {
  get(index: number): number {
    const page = this.pages[index >>> pageBits];
    return page === undefined ? this.initialValue : (page[index & pageMask] as number);
  }

  set(index: number, value: number): void {
    (this.pages[index >>> pageBits] as Int32Array)[index & pageMask] = value;
  }

  protected createPage(size: number): Int32Array {
    return new Int32Array(size);
  }
}

export class PagedUint16Array extends PagedArray<Uint16Array> {
  get(index: number): number {
    const page = this.pages[index >>> pageBits];
    return page === undefined ? this.initialValue : (page[index & pageMask] as number);
  }

  set(index: number, value: number): void {
    (this.pages[index >>> pageBits] as Uint16Array)[index & pageMask] = value;
  }

  protected createPage(size: number): Uint16Array {
    return new Uint16Array(size);
  }
}

export class PagedUint8Array extends PagedArray<Uint8Array> {
  get(index: number): number {
    const page = this.pages[index >>> pageBits];
    return page === undefined ? this.initialValue : (page[index & pageMask] as number);
  }

  set(index: number, value: number): void {
    (this.pages[index >>> pageBits] as Uint8Array)[index & pageMask] = value;
  }

  protected createPage(size: number): Uint8Array {
    return new Uint8Array(size);
  }
}

/**
 * Runs of values (a term's characters, a document's bytes) one after another in pages. A run never straddles two
 * pages, so it is read from one array at `offsetOf(address)`; a run longer than a page gets a page of its own.
 */
export class PagedRuns<RunPage extends Uint16Array | Uint8Array> {
  private readonly pages: RunPage[] = [];
  private nextAddress = 0;
  private allocatedBytes = 0;

  constructor(private readonly createPage: (size: number) => RunPage) {}

  get byteLength(): number {
    return this.allocatedBytes;
  }

  /** Reserves room for a run of up to `length` values and returns its address; `end` then says where it ended. */
  reserve(length: number): number {
    const current = this.pages[this.nextAddress >>> pageBits];
    // An oversized page holds its one run only.
    const isFull = current === undefined || current.length !== pageSize;
    if (isFull || (this.nextAddress & pageMask) + length > pageSize) {
      const pageCount = Math.max(1, Math.ceil(length / pageSize));
      const page = this.createPage(pageCount * pageSize);
      this.allocatedBytes += page.byteLength;
      this.nextAddress = this.pages.length * pageSize;
      // An oversized page takes the addresses of as many pages, so that later addresses stay distinct.
      for (let index = 0; index < pageCount; index += 1) this.pages.push(page);
    }
    return this.nextAddress;
  }

  /** Where the run reserved last actually ended: the next one starts there. */
  end(address: number): void {
    this.nextAddress = address;
  }

  pageOf(address: number): RunPage {
    return this.pages[address >>> pageBits] as RunPage;
  }

  offsetOf(address: number): number {
    return address & pageMask;
  }
}
