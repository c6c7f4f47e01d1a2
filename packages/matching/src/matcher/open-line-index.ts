import type { AnalogueGraph } from '../analogues/analogue-graph';
import { normalizePartNumber } from '../part-numbers/normalize-part-number';
import { partNumberFamily } from '../part-numbers/part-number-family';
import type { CatalogItem, MatchQuery } from './catalog-item';
import type { TextCutoff, TextRetriever } from './matcher';
import { partNumbersOfItem } from './part-numbers-of-item';

/**
 * How many lines a product's text reaches: a common product can enter the candidates of thousands of lines, and
 * a line it does not reach is not weighed for it (scripts/bench/catalog-change.ts counts those it entered anyway:
 * 8 of 20,000 lines at 500, none at 2,000). Reaching costs a first-stage search, weighing a few microseconds.
 */
const textLineLimit = 2000;
const codeBucketLimit = 300;

/**
 * The open demand lines, indexed the other way round: given a new or changed product, which lines could it serve?
 * Those lines alone are matched again, so a catalog change never needs a full rebuild.
 */
export class OpenLineIndex {
  private readonly keys: Array<string | undefined> = [];
  private readonly idByKey = new Map<string, number>();
  private readonly queries: Array<MatchQuery | undefined> = [];
  private readonly freeIds: number[] = [];
  private readonly byPartFamily = new Map<string, Set<number>>();
  private readonly byTnvedSubheading = new Map<string, Set<number>>();
  /** Per line, where its text candidates stopped at its last match; absent until it is matched. */
  private readonly textCutoffs = new Map<string, TextCutoff | null>();

  constructor(private readonly text: TextRetriever) {}

  get size(): number {
    return this.idByKey.size;
  }

  upsert(key: string, query: MatchQuery): void {
    this.remove(key);
    const id = this.freeIds.pop() ?? this.keys.length;
    this.keys[id] = key;
    this.queries[id] = query;
    this.idByKey.set(key, id);
    this.text.add(id, {
      name: query.name,
      nameEn: query.nameEn ?? undefined,
      description: query.description ?? undefined,
      partNumber: query.partNumber ?? undefined,
    });
    if (query.partNumber) add(this.byPartFamily, partNumberFamily(query.partNumber), id);
    if (query.tnved) add(this.byTnvedSubheading, query.tnved.slice(0, 6), id);
  }

  /** Records where the line's text candidates stopped when it was last matched (see applyCatalogChanges). */
  setTextCutoff(key: string, textCutoff: TextCutoff | null): void {
    if (this.idByKey.has(key)) this.textCutoffs.set(key, textCutoff);
  }

  /** Undefined for a line not matched since it was (re)indexed. */
  textCutoffOf(key: string): TextCutoff | null | undefined {
    return this.textCutoffs.get(key);
  }

  /** Open lines not matched since they were indexed, as they stand now. */
  keysWithoutTextCutoff(): string[] {
    return [...this.idByKey.keys()].filter((key) => !this.textCutoffs.has(key));
  }

  /** Open lines whose TN VED code begins with the subheading (its first six digits). */
  linesOfTnvedSubheading(subheading: string): string[] {
    return [...(this.byTnvedSubheading.get(subheading) ?? [])]
      .map((id) => this.keys[id])
      .filter((key): key is string => key !== undefined);
  }

  /** The query an open line was indexed with. */
  queryOf(key: string): MatchQuery | undefined {
    const id = this.idByKey.get(key);
    return id === undefined ? undefined : this.queries[id];
  }

  remove(key: string): void {
    const id = this.idByKey.get(key);
    if (id === undefined) return;
    const query = this.queries[id]!;
    this.text.remove(id);
    if (query.partNumber) this.byPartFamily.get(partNumberFamily(query.partNumber))?.delete(id);
    if (query.tnved) this.byTnvedSubheading.get(query.tnved.slice(0, 6))?.delete(id);
    this.keys[id] = undefined;
    this.queries[id] = undefined;
    this.idByKey.delete(key);
    this.textCutoffs.delete(key);
    this.freeIds.push(id);
  }

  /** Lines the product could serve: by text, by its part number or an analogue of it, or by its TN VED subheading. */
  linesFor(item: CatalogItem, analogues: AnalogueGraph): string[] {
    const ids = new Set<number>();
    const text = [item.name, item.nameEn, item.description, item.partNumber].filter(Boolean).join(' ');
    // Which lines, not how well: the first stage alone when the retriever offers it.
    if (this.text.searchIds) for (const id of this.text.searchIds({ text }, textLineLimit)) ids.add(id);
    else for (const hit of this.text.search({ text }, { limit: textLineLimit })) ids.add(hit.id);
    for (const own of partNumbersOfItem(item)) {
      const parts = [own, ...analogues.findAnalogues(own).map((found) => found.partNumber)];
      for (const part of parts) {
        for (const id of this.byPartFamily.get(partNumberFamily(normalizePartNumber(part))) ?? [])
          ids.add(id);
      }
    }
    if (item.tnved) {
      const bucket = this.byTnvedSubheading.get(item.tnved.slice(0, 6));
      if (bucket && bucket.size <= codeBucketLimit) for (const id of bucket) ids.add(id);
    }
    return [...ids].map((id) => this.keys[id]).filter((key): key is string => key !== undefined);
  }
}

function add(map: Map<string, Set<number>>, key: string, id: number): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(id);
}
