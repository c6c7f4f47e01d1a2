import { PagedInt32Array, PagedRuns, PagedUint8Array } from './paged-arrays';

const emptySlot = -1;
const initialSlotCount = 1024;
const decodedTextLimit = 20_000;

/**
 * Term ids by field and text, numbered densely from 0 in the order terms are added. An open-addressing table of
 * ints instead of a Map per field, and the texts' characters one after another in shared buffers instead of a string
 * each: at millions of terms (mostly unique model numbers) a Map entry and a string cost several times more.
 * Each term's hash is kept so that growing the table and most failed comparisons never read the text. All but the
 * table grow by pages (see paged-arrays.ts).
 */
export class TermDictionary {
  private slots = new Int32Array(initialSlotCount).fill(emptySlot);
  private slotMask = initialSlotCount - 1;
  private termCount = 0;
  private readonly characters = new PagedRuns((size) => new Uint16Array(size));
  /** Where each term's characters start, and how many there are. */
  private readonly textStarts = new PagedInt32Array();
  private readonly textLengths = new PagedInt32Array();
  private readonly fields = new PagedUint8Array();
  private readonly hashes = new PagedInt32Array();
  /**
   * Texts decoded lately: re-ranking reads the same common words for every query, and one string per term also
   * keeps the string hash V8 caches, which the caches keyed by term text then reuse.
   */
  private decodedTexts = new Map<number, string>();

  get size(): number {
    return this.termCount;
  }

  /** The id of the term, or -1 when it is not there. */
  find(field: number, text: string): number {
    const hash = hashTerm(field, text);
    let slot = hash & this.slotMask;
    for (;;) {
      const termId = this.slots[slot] ?? emptySlot;
      if (termId === emptySlot) return emptySlot;
      if (this.hashes.get(termId) === hash && this.fields.get(termId) === field && this.hasText(termId, text))
        return termId;
      slot = (slot + 1) & this.slotMask;
    }
  }

  /** Adds a term that is not there yet and returns its id. */
  add(field: number, text: string): number {
    const termId = this.termCount;
    const hash = hashTerm(field, text);
    const start = this.characters.reserve(text.length);
    const page = this.characters.pageOf(start);
    const offset = this.characters.offsetOf(start);
    for (let index = 0; index < text.length; index += 1) page[offset + index] = text.charCodeAt(index);
    this.characters.end(start + text.length);
    this.termCount += 1;
    this.textStarts.ensure(this.termCount);
    this.textStarts.set(termId, start);
    this.textLengths.ensure(this.termCount);
    this.textLengths.set(termId, text.length);
    this.fields.ensure(this.termCount);
    this.fields.set(termId, field);
    this.hashes.ensure(this.termCount);
    this.hashes.set(termId, hash);
    // At most half full: probe chains stay short.
    if ((termId + 1) * 2 > this.slots.length) this.grow();
    else this.place(termId, hash);
    return termId;
  }

  textOf(termId: number): string {
    if (termId < 0 || termId >= this.termCount) return '';
    const decoded = this.decodedTexts.get(termId);
    if (decoded !== undefined) return decoded;
    const start = this.textStarts.get(termId);
    const page = this.characters.pageOf(start);
    const offset = this.characters.offsetOf(start);
    const end = offset + this.textLengths.get(termId);
    let text = '';
    // In slices: String.fromCharCode takes its characters as arguments, and a term could be too long for that.
    for (let sliceStart = offset; sliceStart < end; sliceStart += 4096) {
      text += String.fromCharCode.apply(
        null,
        page.subarray(sliceStart, Math.min(sliceStart + 4096, end)) as unknown as number[],
      );
    }
    if (this.decodedTexts.size >= decodedTextLimit) this.decodedTexts.clear();
    this.decodedTexts.set(termId, text);
    return text;
  }

  fieldOf(termId: number): number {
    return this.fields.get(termId);
  }

  private hasText(termId: number, text: string): boolean {
    if (this.textLengths.get(termId) !== text.length) return false;
    const start = this.textStarts.get(termId);
    const page = this.characters.pageOf(start);
    const offset = this.characters.offsetOf(start);
    for (let index = 0; index < text.length; index += 1) {
      if (page[offset + index] !== text.charCodeAt(index)) return false;
    }
    return true;
  }

  private place(termId: number, hash: number): void {
    let slot = hash & this.slotMask;
    while (this.slots[slot] !== emptySlot) slot = (slot + 1) & this.slotMask;
    this.slots[slot] = termId;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(emptySlot);
    this.slotMask = this.slots.length - 1;
    for (let termId = 0; termId < this.termCount; termId += 1) this.place(termId, this.hashes.get(termId));
  }
}

/** FNV-1a over the field and the character codes, with a final mix so that the low bits spread well. */
function hashTerm(field: number, text: string): number {
  let hash = Math.imul(0x811c9dc5 ^ field, 0x01000193);
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash;
}
