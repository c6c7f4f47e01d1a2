import { normalizePartNumber } from '../part-numbers/normalize-part-number';
import { partNumberFamily } from '../part-numbers/part-number-family';
import { expandPartDesignations } from './expand-part-designations';

export const analogueGrades = ['drop-in', 'pin-compatible', 'functional'] as const;
export type AnalogueGrade = (typeof analogueGrades)[number];

/** Stronger grades first: a chain of analogues is only as good as its weakest link. */
const gradeStrength: Record<AnalogueGrade, number> = { 'drop-in': 3, 'pin-compatible': 2, functional: 1 };

export interface AnalogueEntry {
  foreignPart: string;
  foreignManufacturer: string | null;
  domesticPart: string;
  domesticManufacturer: string | null;
  grade: AnalogueGrade;
  source: string | null;
}

export interface AnaloguePart {
  partNumber: string;
  manufacturer: string | null;
}

export interface FoundAnalogue extends AnaloguePart {
  grade: AnalogueGrade;
  /** The cross-reference entries that link the requested part to this one, in order. */
  path: AnalogueEntry[];
}

interface Edge {
  to: string;
  entry: AnalogueEntry;
}

/**
 * A cross-reference of foreign parts and their domestic analogues, used in both directions and merged into
 * equivalence groups: if A ↔ B and B ↔ C, then A ↔ C with the weaker of the two grades.
 */
export class AnalogueGraph {
  private readonly edges = new Map<string, Edge[]>();
  private readonly parts = new Map<string, AnaloguePart>();
  private readonly keysByFamily = new Map<string, Set<string>>();

  add(entry: AnalogueEntry): void {
    const foreign = expandPartDesignations(entry.foreignPart);
    const domestic = expandPartDesignations(entry.domesticPart);
    for (const foreignPart of foreign) {
      for (const domesticPart of domestic) {
        const from = this.remember(foreignPart, entry.foreignManufacturer);
        const to = this.remember(domesticPart, entry.domesticManufacturer);
        if (from === to) continue;
        this.link(from, to, entry);
        this.link(to, from, entry);
      }
    }
  }

  get size(): number {
    return this.parts.size;
  }

  /**
   * Every part equivalent to the one asked for, with the strongest grade any chain reaches. The part is looked up
   * by its exact number first, then by its family (LM358DR finds the entries written for LM358).
   */
  findAnalogues(partNumber: string): FoundAnalogue[] {
    const key = normalizePartNumber(partNumber);
    const starts = this.parts.has(key) ? [key] : [...(this.keysByFamily.get(partNumberFamily(key)) ?? [])];
    const best = new Map<string, { strength: number; path: AnalogueEntry[] }>();
    for (const start of starts) best.set(start, { strength: 4, path: [] });
    // A widest-path search: a part is settled with the strongest chain first.
    const queue = [...starts];
    while (queue.length > 0) {
      queue.sort((a, b) => best.get(b)!.strength - best.get(a)!.strength);
      const current = queue.shift()!;
      const here = best.get(current)!;
      for (const edge of this.edges.get(current) ?? []) {
        const strength = Math.min(here.strength, gradeStrength[edge.entry.grade]);
        const known = best.get(edge.to);
        if (
          known &&
          (known.strength > strength ||
            (known.strength === strength && known.path.length <= here.path.length + 1))
        ) {
          continue;
        }
        best.set(edge.to, { strength, path: [...here.path, edge.entry] });
        queue.push(edge.to);
      }
    }
    const found: FoundAnalogue[] = [];
    for (const [partKey, { strength, path }] of best) {
      if (path.length === 0) continue;
      const part = this.parts.get(partKey)!;
      found.push({ ...part, grade: analogueGrades[3 - strength]!, path });
    }
    return found.sort(
      (a, b) =>
        gradeStrength[b.grade] - gradeStrength[a.grade] ||
        a.path.length - b.path.length ||
        a.partNumber.localeCompare(b.partNumber),
    );
  }

  private remember(partNumber: string, manufacturer: string | null): string {
    const key = normalizePartNumber(partNumber);
    if (!this.parts.has(key)) {
      this.parts.set(key, { partNumber, manufacturer });
      const family = partNumberFamily(key);
      const members = this.keysByFamily.get(family) ?? new Set<string>();
      members.add(key);
      this.keysByFamily.set(family, members);
    }
    return key;
  }

  private link(from: string, to: string, entry: AnalogueEntry): void {
    const list = this.edges.get(from) ?? [];
    list.push({ to, entry });
    this.edges.set(from, list);
  }
}
