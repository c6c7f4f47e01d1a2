import type { FastifyRequest } from 'fastify';

/**
 * Requests per minute on routes that are expensive or guessable. Signed-in callers are counted per user (so an
 * office behind one address is not throttled as one), anonymous ones per address.
 */
export const rateLimits = {
  /** Sign-in, password reset and invitation forms: slows down password and token guessing. */
  signIn: { rateLimit: { max: 10, timeWindow: '1 minute' } },
  /** Ad-hoc matching and fresh matching of a line against the whole catalog. */
  matching: { rateLimit: { max: 120, timeWindow: '1 minute' } },
  /** File imports and exports: each reads or writes a whole table. */
  files: { rateLimit: { max: 30, timeWindow: '1 minute' } },
  /** Program synchronisation: matches every item of two countries' programs. */
  synchronisation: { rateLimit: { max: 20, timeWindow: '1 minute' } },
} as const;

export function rateLimitKey(request: FastifyRequest): string {
  const actor = request.actor;
  return actor?.kind === 'user' ? `user:${actor.userId}` : `address:${request.ip}`;
}
