import { describe, expect, it } from 'vitest';
import { ForwardStore } from './forward-store';

describe('ForwardStore', () => {
  it('gives back each document as stored, small and large ids alike', () => {
    const store = new ForwardStore();
    store.append([[0, 127], [], [2_000_000_000]]);
    store.append([[], [], []]);
    store.append([[128], [16_383_999], []]);
    expect(store.documentCount).toBe(3);
    expect(store.read(0, [])).toEqual([2, 0, 1, 0, 127, 2_000_000_000]);
    expect(store.read(1, [])).toEqual([0, 0, 0]);
    expect(store.read(2, [9, 9])).toEqual([1, 1, 0, 128, 16_383_999]);
  });

  it('keeps a document larger than a page whole', () => {
    const store = new ForwardStore();
    const large = Array.from({ length: 10_000 }, (_, index) => index * 1000);
    store.append([[1], large]);
    store.append([[2], []]);
    expect(store.read(0, [])).toEqual([1, large.length, 1, ...large]);
    expect(store.read(1, [])).toEqual([1, 0, 2]);
    expect(store.read(2, [7])).toEqual([]);
  });

  it('keeps earlier documents intact while growing', () => {
    const store = new ForwardStore();
    for (let document = 0; document < 5000; document += 1) store.append([[document * 977]]);
    for (let document = 0; document < 5000; document += 313)
      expect(store.read(document, [])).toEqual([1, document * 977]);
  });
});
