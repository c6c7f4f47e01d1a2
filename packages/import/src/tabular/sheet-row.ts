/** A row as a file holds it, before it is matched against the header. */
export interface SheetRow {
  /** The row number a user sees: the line in a CSV file, the row in a worksheet (both start at 1). */
  rowNumber: number;
  cells: string[];
}
