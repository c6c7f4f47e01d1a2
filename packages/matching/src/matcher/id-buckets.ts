/**
 * Ids grouped under a key (a part number, a TN VED code). Most keys hold one product, so a bucket is a bare number
 * until a second id arrives: a million products would otherwise cost a million Sets.
 */
export class IdBuckets {
  private readonly buckets = new Map<string, number | number[]>();

  add(key: string, id: number): void {
    if (key.length === 0) return;
    const bucket = this.buckets.get(key);
    if (bucket === undefined) this.buckets.set(key, id);
    else if (typeof bucket === 'number') {
      if (bucket !== id) this.buckets.set(key, [bucket, id]);
    } else if (!bucket.includes(id)) bucket.push(id);
  }

  delete(key: string, id: number): void {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return;
    if (typeof bucket === 'number') {
      if (bucket === id) this.buckets.delete(key);
      return;
    }
    const position = bucket.indexOf(id);
    if (position >= 0) bucket.splice(position, 1);
    if (bucket.length === 1) this.buckets.set(key, bucket[0]!);
    else if (bucket.length === 0) this.buckets.delete(key);
  }

  get(key: string): readonly number[] {
    const bucket = this.buckets.get(key);
    return bucket === undefined ? [] : typeof bucket === 'number' ? [bucket] : bucket;
  }
}
