/**
 * Keeps the best `capacity` entries seen so far: higher score first, and on equal scores the smaller id, so that
 * results are stable whatever order documents were added in.
 */
export class TopKHeap {
  private readonly scores: Float64Array;
  private readonly ids: Float64Array;
  private readonly keys: Int32Array;
  private count = 0;

  constructor(readonly capacity: number) {
    this.scores = new Float64Array(capacity);
    this.ids = new Float64Array(capacity);
    this.keys = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** The score an entry must beat to get in; minus infinity while the heap is not full. */
  get threshold(): number {
    return this.count < this.capacity ? -Infinity : (this.scores[0] ?? -Infinity);
  }

  push(score: number, id: number, key: number): void {
    if (this.capacity === 0) return;
    if (this.count < this.capacity) {
      this.scores[this.count] = score;
      this.ids[this.count] = id;
      this.keys[this.count] = key;
      this.count += 1;
      this.siftUp(this.count - 1);
      return;
    }
    if (!this.isBetter(score, id, this.scores[0] ?? -Infinity, this.ids[0] ?? 0)) return;
    this.scores[0] = score;
    this.ids[0] = id;
    this.keys[0] = key;
    this.siftDown(0);
  }

  /** Entries best first. */
  toSortedArray(): Array<{ score: number; id: number; key: number }> {
    const entries: Array<{ score: number; id: number; key: number }> = [];
    for (let index = 0; index < this.count; index += 1) {
      entries.push({ score: this.scores[index] ?? 0, id: this.ids[index] ?? 0, key: this.keys[index] ?? 0 });
    }
    return entries.sort((left, right) => right.score - left.score || left.id - right.id);
  }

  private isBetter(score: number, id: number, otherScore: number, otherId: number): boolean {
    return score > otherScore || (score === otherScore && id < otherId);
  }

  // The root is the worst entry: lowest score, and among equal scores the largest id.
  private isWorse(left: number, right: number): boolean {
    return this.isBetter(
      this.scores[right] ?? 0,
      this.ids[right] ?? 0,
      this.scores[left] ?? 0,
      this.ids[left] ?? 0,
    );
  }

  private siftUp(start: number): void {
    let child = start;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.isWorse(child, parent)) break;
      this.swap(child, parent);
      child = parent;
    }
  }

  private siftDown(start: number): void {
    let parent = start;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let worst = parent;
      if (left < this.count && this.isWorse(left, worst)) worst = left;
      if (right < this.count && this.isWorse(right, worst)) worst = right;
      if (worst === parent) return;
      this.swap(parent, worst);
      parent = worst;
    }
  }

  private swap(left: number, right: number): void {
    const score = this.scores[left] ?? 0;
    const id = this.ids[left] ?? 0;
    const key = this.keys[left] ?? 0;
    this.scores[left] = this.scores[right] ?? 0;
    this.ids[left] = this.ids[right] ?? 0;
    this.keys[left] = this.keys[right] ?? 0;
    this.scores[right] = score;
    this.ids[right] = id;
    this.keys[right] = key;
  }
}
