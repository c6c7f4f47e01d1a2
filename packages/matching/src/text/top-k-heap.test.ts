import { describe, expect, it } from 'vitest';
import { TopKHeap } from './top-k-heap';

describe('TopKHeap', () => {
  it('keeps the best entries, best first', () => {
    const heap = new TopKHeap(3);
    [5, 1, 9, 3, 7, 2].forEach((score, id) => heap.push(score, id, id));
    expect(heap.toSortedArray().map((entry) => entry.score)).toEqual([9, 7, 5]);
  });

  it('orders equal scores by id and keeps the smaller ids', () => {
    const heap = new TopKHeap(2);
    for (const id of [30, 10, 20]) heap.push(1, id, id);
    expect(heap.toSortedArray().map((entry) => entry.id)).toEqual([10, 20]);
  });

  it('has no threshold until it is full', () => {
    const heap = new TopKHeap(2);
    heap.push(4, 1, 1);
    expect(heap.threshold).toBe(-Infinity);
    heap.push(6, 2, 2);
    expect(heap.threshold).toBe(4);
  });

  it('keeps nothing with no room', () => {
    const heap = new TopKHeap(0);
    heap.push(1, 1, 1);
    expect(heap.size).toBe(0);
  });
});
