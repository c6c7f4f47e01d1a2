/** Small conversions shared by the repositories' row mappers. */
export function toIsoTimestamp(value: unknown): string {
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}

export function toNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

export function toNullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value).trimEnd();
}

/** Escapes LIKE wildcards in user text so a search for "50%" looks for the characters. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

export interface Page<Item> {
  items: Item[];
  total: number;
  limit: number;
  offset: number;
}
