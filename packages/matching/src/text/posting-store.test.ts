import { describe, expect, it } from 'vitest';
import { endOfPostings, PostingStore, type PostingCursor } from './posting-store';

function readAll(cursor: PostingCursor): Array<[number, number]> {
  const postings: Array<[number, number]> = [];
  for (; cursor.document !== endOfPostings; cursor.next()) postings.push([cursor.document, cursor.frequency]);
  return postings;
}

describe('PostingStore', () => {
  it('gives back each term list in order with its frequencies', () => {
    const store = new PostingStore();
    const expected: Array<Array<[number, number]>> = [[], [], []];
    for (let document = 0; document < 1000; document += 1) {
      for (let term = 0; term < 3; term += 1) {
        if (document % (term + 1) !== 0) continue;
        const frequency = (document % 7) + 1;
        store.append(term, document, frequency);
        expected[term]?.push([document, frequency]);
      }
    }
    for (let term = 0; term < 3; term += 1) expect(readAll(store.openCursor(term))).toEqual(expected[term]);
    expect(store.countPostings(1)).toBe(500);
  });

  it('advances to the first document at or after a target, across blocks', () => {
    const store = new PostingStore();
    for (let document = 0; document < 5000; document += 3) store.append(0, document, 1);
    const cursor = store.openCursor(0);
    cursor.advance(10);
    expect(cursor.document).toBe(12);
    cursor.advance(4000);
    expect(cursor.document).toBe(4002);
    cursor.advance(4001);
    expect(cursor.document).toBe(4002);
    cursor.advance(5000);
    expect(cursor.document).toBe(endOfPostings);
  });

  it('copies the postings before a limit and stops at the first one past it, across blocks', () => {
    const store = new PostingStore();
    for (let document = 0; document < 5000; document += 3) store.append(0, document, (document % 5) + 1);
    store.append(1, 77, 4);
    const cursor = store.openCursor(0);
    const documents = new Int32Array(4096);
    const frequencies = new Uint8Array(4096);
    const end = cursor.collectBefore(1000, documents, frequencies, 0);
    expect(end).toBe(334);
    expect([documents[0], documents[333], frequencies[333]]).toEqual([0, 999, (999 % 5) + 1]);
    expect(cursor.document).toBe(1002);
    expect(cursor.collectBefore(1002, documents, frequencies, 0)).toBe(0);
    const restEnd = cursor.collectBefore(endOfPostings, documents, frequencies, 0);
    expect(restEnd).toBe(1667 - 334);
    expect(documents[restEnd - 1]).toBe(4998);
    expect(cursor.document).toBe(endOfPostings);
    const single = store.openCursor(1);
    expect(single.collectBefore(77, documents, frequencies, 0)).toBe(0);
    expect(single.collectBefore(78, documents, frequencies, 5)).toBe(6);
    expect([documents[5], frequencies[5], single.document]).toEqual([77, 4, endOfPostings]);
  });

  it('caps frequencies at 255', () => {
    const store = new PostingStore();
    store.append(0, 1, 1000);
    expect(store.openCursor(0).frequency).toBe(255);
  });

  it('gives an empty cursor for a term without postings', () => {
    const store = new PostingStore();
    store.append(5, 1, 1);
    expect(store.openCursor(2).document).toBe(endOfPostings);
    expect(store.openCursor(99).document).toBe(endOfPostings);
  });

  it('keeps lists intact when storage spills into further chunks', () => {
    const store = new PostingStore();
    // Enough short lists to fill more than one chunk of a million entries.
    const termCount = 300_000;
    for (let term = 0; term < termCount; term += 1) {
      store.append(term, term, 1);
      store.append(term, term + 1, 2);
      store.append(term, term + 2, 3);
    }
    expect(store.allocatedBytes).toBeGreaterThan(5 * (1 << 20));
    for (const term of [0, 123_456, termCount - 1]) {
      expect(readAll(store.openCursor(term))).toEqual([
        [term, 1],
        [term + 1, 2],
        [term + 2, 3],
      ]);
    }
  });

  it('reads, advances past and extends a term with a single posting', () => {
    const store = new PostingStore();
    store.append(0, 7, 3);
    store.append(1, 9, 1);
    expect(readAll(store.openCursor(0))).toEqual([[7, 3]]);
    expect(store.countPostings(0)).toBe(1);
    const cursor = store.openCursor(0);
    cursor.advance(7);
    expect(cursor.document).toBe(7);
    cursor.advance(8);
    expect(cursor.document).toBe(endOfPostings);
    store.append(0, 12, 2);
    store.append(0, 40, 1);
    expect(readAll(store.openCursor(0))).toEqual([
      [7, 3],
      [12, 2],
      [40, 1],
    ]);
    expect(store.countPostings(0)).toBe(3);
    expect(readAll(store.openCursor(1))).toEqual([[9, 1]]);
  });
});
