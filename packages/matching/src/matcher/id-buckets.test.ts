import { describe, expect, it } from 'vitest';
import { IdBuckets } from './id-buckets';

describe('IdBuckets', () => {
  it('keeps ids under their key, each once, and forgets removed ones', () => {
    const buckets = new IdBuckets();
    buckets.add('K561LA7', 1);
    buckets.add('K561LA7', 2);
    buckets.add('K561LA7', 1);
    buckets.add('KT315', 3);
    expect([...buckets.get('K561LA7')].sort()).toEqual([1, 2]);
    expect(buckets.sizeOf('K561LA7')).toBe(2);
    buckets.delete('K561LA7', 1);
    buckets.delete('K561LA7', 7);
    buckets.delete('unknown', 1);
    expect(buckets.get('K561LA7')).toEqual([2]);
    expect(buckets.get('KT315')).toEqual([3]);
    expect(buckets.get('unknown')).toEqual([]);
    expect(buckets.sizeOf('unknown')).toBe(0);
  });

  it('ignores an empty key', () => {
    const buckets = new IdBuckets();
    buckets.add('', 1);
    expect(buckets.get('')).toEqual([]);
  });

  it('keeps ids in increasing order whatever order they come in, each once', () => {
    const buckets = new IdBuckets();
    for (const id of [40, 7, 93, 7, 12, 93, 0, 61, 12]) buckets.add('8542', id);
    expect(buckets.get('8542')).toEqual([0, 7, 12, 40, 61, 93]);
    buckets.delete('8542', 40);
    buckets.delete('8542', 41);
    buckets.add('8542', 40);
    expect(buckets.get('8542')).toEqual([0, 7, 12, 40, 61, 93]);
  });

  it('keeps a large bucket whole, and still removes from it', () => {
    const buckets = new IdBuckets();
    for (let id = 0; id < 1000; id += 1) {
      buckets.add('8542', id);
      buckets.add('8542', id);
    }
    expect(buckets.sizeOf('8542')).toBe(1000);
    buckets.delete('8542', 500);
    expect(buckets.sizeOf('8542')).toBe(999);
    expect(buckets.get('8542')).not.toContain(500);
  });

  it('does not mix the ids of different keys when entries are reused', () => {
    const buckets = new IdBuckets();
    for (let id = 0; id < 50; id += 1) buckets.add(`P${id % 5}`, id);
    for (let id = 0; id < 50; id += 2) buckets.delete(`P${id % 5}`, id);
    for (let id = 100; id < 120; id += 1) buckets.add(`Q${id % 3}`, id);
    for (let key = 0; key < 5; key += 1) {
      const expected = Array.from({ length: 50 }, (_, id) => id).filter(
        (id) => id % 5 === key && id % 2 === 1,
      );
      expect([...buckets.get(`P${key}`)].sort((a, b) => a - b)).toEqual(expected);
    }
    expect(buckets.get('Q1')).toEqual([100, 103, 106, 109, 112, 115, 118]);
  });
});
