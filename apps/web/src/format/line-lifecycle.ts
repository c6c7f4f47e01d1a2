import type { DemandLineStatus } from '../api/types';

/**
 * The moves the server allows (packages/domain demand-status.ts), so the page offers only buttons that will work.
 * The server stays the judge: a refused move is shown as its error.
 */
const moves: Record<DemandLineStatus, readonly DemandLineStatus[]> = {
  open: ['candidates_found', 'contacted'],
  candidates_found: ['contacted', 'open'],
  contacted: ['sample', 'qualified', 'candidates_found'],
  sample: ['qualified', 'contacted'],
  qualified: ['delivering', 'sample'],
  delivering: ['closed'],
  closed: [],
  cancelled: ['open'],
};

/** The way forward a line normally takes once candidates are known. */
export const lifecyclePath: readonly DemandLineStatus[] = [
  'candidates_found',
  'contacted',
  'sample',
  'qualified',
  'delivering',
  'closed',
];

export function allowedMoves(from: DemandLineStatus): DemandLineStatus[] {
  return [...moves[from], ...(from === 'closed' || from === 'cancelled' ? [] : (['cancelled'] as const))];
}

/** Whether a move goes forward along the path (a primary action) rather than back or out of it. */
export function isForwardMove(from: DemandLineStatus, to: DemandLineStatus): boolean {
  const fromIndex = from === 'open' ? -1 : lifecyclePath.indexOf(from);
  const toIndex = lifecyclePath.indexOf(to);
  return toIndex > fromIndex && toIndex >= 0;
}
