import { describe, expect, it } from 'vitest';
import { PagedInt32Array, PagedRuns, PagedUint16Array } from './paged-arrays';

describe('PagedArray', () => {
  it('keeps every entry across pages and reads unwritten ones as the initial value', () => {
    const array = new PagedInt32Array(-1);
    expect(array.get(5)).toBe(-1);
    array.ensure(100_000);
    for (let index = 0; index < 100_000; index += 3) array.set(index, index * 7);
    expect(array.get(99_999)).toBe(99_999 * 7);
    expect(array.get(99_998)).toBe(-1);
    expect(array.get(1_000_000)).toBe(-1);
    const small = new PagedUint16Array(0xffff);
    small.ensure(1);
    expect(small.get(0)).toBe(0xffff);
  });
});

describe('PagedRuns', () => {
  it('never splits a run, and gives a long run a page of its own', () => {
    const runs = new PagedRuns((size) => new Uint8Array(size));
    const addresses = [10, 20_000, 16_000, 3].map((length, run) => {
      const address = runs.reserve(length);
      runs.pageOf(address).fill(run + 1, runs.offsetOf(address), runs.offsetOf(address) + length);
      runs.end(address + length);
      return { address, length, run };
    });
    for (const { address, length, run } of addresses) {
      const offset = runs.offsetOf(address);
      const values = runs.pageOf(address).subarray(offset, offset + length);
      expect(values.every((value) => value === run + 1)).toBe(true);
    }
  });
});
