import { AppError } from './errors';
import type { DemandLineStatus } from './demand';

/** Forward moves of a line; any open state may also be cancelled, and a step back is allowed when a sample fails. */
const forwardMoves: Record<DemandLineStatus, readonly DemandLineStatus[]> = {
  open: ['candidates_found', 'contacted'],
  candidates_found: ['contacted', 'open'],
  contacted: ['sample', 'qualified', 'candidates_found'],
  sample: ['qualified', 'contacted'],
  qualified: ['delivering', 'sample'],
  delivering: ['closed'],
  closed: [],
  cancelled: ['open'],
};

export function canMoveDemandLine(from: DemandLineStatus, to: DemandLineStatus): boolean {
  if (from === to) return true;
  if (to === 'cancelled') return from !== 'closed';
  return forwardMoves[from].includes(to);
}

export function assertDemandLineMove(from: DemandLineStatus, to: DemandLineStatus): void {
  if (!canMoveDemandLine(from, to)) {
    throw new AppError('invalid_status_transition', `A line cannot move from "${from}" to "${to}"`, {
      from,
      to,
      allowed: [...forwardMoves[from], ...(from === 'closed' ? [] : ['cancelled'])],
    });
  }
}
