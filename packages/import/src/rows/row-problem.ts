/** One reason a row (or the header, row 1) cannot be imported as it is: what the user sees in the error table. */
export interface RowProblem {
  row: number;
  column: string;
  value: string | null;
  reason: string;
}
