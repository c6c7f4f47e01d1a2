type Bucket = number | number[];

/**
 * Ids grouped under a key (a part number, a TN VED code). Most keys hold one product, so a bucket is a bare number
 * until a second id arrives, then an array kept in increasing order: ids are handed out in increasing order, so
 * adding is mostly a push, and a TN VED code shared by thousands of products stays one packed array of small
 * integers that `get` returns as it is (a Set cost more to fill at a million products and had to be copied).
 */
export class IdBuckets {
  private readonly buckets = new Map<string, Bucket>();

  add(key: string, id: number): void {
    if (key.length === 0) return;
    const bucket = this.buckets.get(key);
    if (bucket === undefined) this.buckets.set(key, id);
    else if (typeof bucket === 'number') {
      if (bucket !== id) this.buckets.set(key, bucket < id ? [bucket, id] : [id, bucket]);
    } else if ((bucket[bucket.length - 1] as number) < id) bucket.push(id);
    else {
      // A reused id (freed by a removal) lands inside the order.
      const position = positionOf(bucket, id);
      if (bucket[position] !== id) bucket.splice(position, 0, id);
    }
  }

  delete(key: string, id: number): void {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return;
    if (typeof bucket === 'number') {
      if (bucket === id) this.buckets.delete(key);
      return;
    }
    const position = positionOf(bucket, id);
    if (bucket[position] !== id) return;
    bucket.splice(position, 1);
    if (bucket.length === 1) this.buckets.set(key, bucket[0] as number);
  }

  /** The ids under a key in increasing order; not a copy, so not to be changed. */
  get(key: string): readonly number[] {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return [];
    return typeof bucket === 'number' ? [bucket] : bucket;
  }

  /** How many ids a key holds, without listing them. */
  sizeOf(key: string): number {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return 0;
    return typeof bucket === 'number' ? 1 : bucket.length;
  }
}

/** Where `id` is, or would go, in an increasing array. */
function positionOf(ids: readonly number[], id: number): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ids[middle] as number) < id) low = middle + 1;
    else high = middle;
  }
  return low;
}
