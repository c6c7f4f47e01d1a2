import type { SignedInClient } from './signed-in-client';

/**
 * Stored matches follow imports and edits in the background: waits, through the API as a client would, until they
 * have caught up, and returns the status that said so.
 */
export async function waitForStoredMatches(api: SignedInClient, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = (await api.inject({ url: '/api/v1/matching/status' })).json();
    if (status.isUpToDate) return status;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`stored matches did not catch up within ${timeoutMs} ms`);
}
