// Sums a heap snapshot's self sizes by node type and name: a quick view of what dominates the heap.
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}
const snapshot = JSON.parse(
  readFileSync(process.argv[2] ?? '.tmp/text-index.heapsnapshot', 'utf8'),
) as Snapshot;
const fieldCount = snapshot.snapshot.meta.node_fields.length;
const typeNames = snapshot.snapshot.meta.node_types[0];
const typeOffset = snapshot.snapshot.meta.node_fields.indexOf('type');
const nameOffset = snapshot.snapshot.meta.node_fields.indexOf('name');
const sizeOffset = snapshot.snapshot.meta.node_fields.indexOf('self_size');
const totals = new Map<string, { bytes: number; count: number }>();
for (let offset = 0; offset < snapshot.nodes.length; offset += fieldCount) {
  const type = typeNames[snapshot.nodes[offset + typeOffset] ?? 0] ?? '';
  const name =
    type === 'string' || type === 'concatenated string' || type === 'sliced string'
      ? ''
      : (snapshot.strings[snapshot.nodes[offset + nameOffset] ?? 0] ?? '');
  const key = `${type}:${name.slice(0, 60)}`;
  const entry = totals.get(key) ?? { bytes: 0, count: 0 };
  entry.bytes += snapshot.nodes[offset + sizeOffset] ?? 0;
  entry.count += 1;
  totals.set(key, entry);
}
for (const [key, entry] of [...totals].sort((left, right) => right[1].bytes - left[1].bytes).slice(0, 30))
  console.log((entry.bytes / 1048576).toFixed(1).padStart(8), 'MB', String(entry.count).padStart(9), key);
