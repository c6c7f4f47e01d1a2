/** Past this many ids a bucket becomes a Set: arrays are smaller, but checking them for an id grows with them. */
const largeBucketSize = 16;

type Bucket = number | number[] | Set<number>;

/**
 * Ids grouped under a key (a part number, a TN VED code). Most keys hold one product, so a bucket is a bare number
 * until a second id arrives, a short array after that, and a Set once it is large (a TN VED code shared by
 * thousands of products): a million products would otherwise cost a million Sets, or quadratic time.
 */
export class IdBuckets {
  private readonly buckets = new Map<string, Bucket>();

  add(key: string, id: number): void {
    if (key.length === 0) return;
    const bucket = this.buckets.get(key);
    if (bucket === undefined) this.buckets.set(key, id);
    else if (typeof bucket === 'number') {
      if (bucket !== id) this.buckets.set(key, [bucket, id]);
    } else if (Array.isArray(bucket)) {
      if (bucket.includes(id)) return;
      if (bucket.length < largeBucketSize) bucket.push(id);
      else this.buckets.set(key, new Set([...bucket, id]));
    } else bucket.add(id);
  }

  delete(key: string, id: number): void {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return;
    if (typeof bucket === 'number') {
      if (bucket === id) this.buckets.delete(key);
      return;
    }
    if (bucket instanceof Set) {
      bucket.delete(id);
      if (bucket.size === 0) this.buckets.delete(key);
      return;
    }
    const position = bucket.indexOf(id);
    if (position >= 0) bucket.splice(position, 1);
    if (bucket.length === 1) this.buckets.set(key, bucket[0]!);
    else if (bucket.length === 0) this.buckets.delete(key);
  }

  get(key: string): readonly number[] {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return [];
    if (typeof bucket === 'number') return [bucket];
    return Array.isArray(bucket) ? bucket : [...bucket];
  }

  /** How many ids a key holds, without listing them. */
  sizeOf(key: string): number {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return 0;
    if (typeof bucket === 'number') return 1;
    return Array.isArray(bucket) ? bucket.length : bucket.size;
  }
}
