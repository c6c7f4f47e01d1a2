import { describe, expect, it } from 'vitest';
import { AppError, isAppError } from './errors';

describe('AppError', () => {
  it('carries a stable code, a message and details', () => {
    const error = new AppError('not_found', 'Product not found', { id: 'x' });
    expect(isAppError(error)).toBe(true);
    expect(error.code).toBe('not_found');
    expect(error.details).toEqual({ id: 'x' });
  });

  it('does not treat a plain error as an application error', () => {
    expect(isAppError(new Error('boom'))).toBe(false);
  });
});
