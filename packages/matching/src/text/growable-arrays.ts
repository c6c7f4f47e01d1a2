/** Typed arrays that double when an index outgrows them, so the index never has to know its final size. */
export function ensureInt32Capacity(
  array: Int32Array<ArrayBuffer>,
  needed: number,
  fill = 0,
): Int32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const grown = new Int32Array(Math.max(needed, array.length * 2, 16));
  grown.set(array);
  if (fill !== 0) grown.fill(fill, array.length);
  return grown;
}

export function ensureUint16Capacity(
  array: Uint16Array<ArrayBuffer>,
  needed: number,
): Uint16Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const grown = new Uint16Array(Math.max(needed, array.length * 2, 16));
  grown.set(array);
  return grown;
}

export function ensureUint8Capacity(array: Uint8Array<ArrayBuffer>, needed: number): Uint8Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const grown = new Uint8Array(Math.max(needed, array.length * 2, 16));
  grown.set(array);
  return grown;
}

export function ensureFloat64Capacity(
  array: Float64Array<ArrayBuffer>,
  needed: number,
): Float64Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const grown = new Float64Array(Math.max(needed, array.length * 2, 16));
  grown.set(array);
  return grown;
}
