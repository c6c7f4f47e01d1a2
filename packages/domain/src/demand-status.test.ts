import { describe, expect, it } from 'vitest';
import { assertDemandLineMove, canMoveDemandLine } from './demand-status';

describe('demand line lifecycle', () => {
  it('moves forward step by step from open to closed', () => {
    const path = [
      'open',
      'candidates_found',
      'contacted',
      'sample',
      'qualified',
      'delivering',
      'closed',
    ] as const;
    for (let index = 1; index < path.length; index++) {
      expect(canMoveDemandLine(path[index - 1]!, path[index]!)).toBe(true);
    }
  });

  it('does not jump from open straight to delivering', () => {
    expect(canMoveDemandLine('open', 'delivering')).toBe(false);
    expect(() => assertDemandLineMove('open', 'delivering')).toThrowError(/cannot move/);
  });

  it('cancels any line that is not closed, and never reopens a closed one', () => {
    expect(canMoveDemandLine('sample', 'cancelled')).toBe(true);
    expect(canMoveDemandLine('closed', 'cancelled')).toBe(false);
    expect(canMoveDemandLine('closed', 'open')).toBe(false);
  });
});
