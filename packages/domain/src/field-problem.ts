/** One thing wrong (or worth a warning) with one field of one record: the unit of every validation report. */
export interface FieldProblem {
  field: string;
  value: string | null;
  reason: string;
}
