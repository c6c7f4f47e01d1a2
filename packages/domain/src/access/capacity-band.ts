/**
 * A published capacity: the 1–2–5 band that holds the exact yearly figure. Everyone may see the band; the exact
 * figure stays with those allowed to see it. Matching scores capacity from the band's lower bound only, so a score
 * or an explanation never reveals more than the band.
 */
export interface CapacityBand {
  from: number;
  to: number;
}

const steps = [1, 2, 5] as const;

export function capacityBandOf(capacity: number | null): CapacityBand | null {
  if (capacity === null || !Number.isFinite(capacity) || capacity < 0) return null;
  if (capacity < 1) return { from: 0, to: 1 };
  const magnitude = 10 ** Math.floor(Math.log10(capacity));
  for (let index = steps.length - 1; index >= 0; index -= 1) {
    const from = steps[index]! * magnitude;
    if (capacity >= from) {
      const to = index === steps.length - 1 ? 10 * magnitude : steps[index + 1]! * magnitude;
      return { from, to };
    }
  }
  return { from: magnitude, to: 2 * magnitude };
}

/** What matching may use of a capacity: the lower bound of its band. */
export function publishedCapacity(capacity: number | null): number | null {
  return capacityBandOf(capacity)?.from ?? null;
}
