import { requireSignedIn, type Actor } from '@coopex/domain';
import type { CatalogMatching } from './catalog-matching';
import type { MatchRefreshStatus } from './match-refresh-queue';

/**
 * Whether stored matches have caught up with the latest catalog, analogue and hot-list changes, and how far the
 * refresh running now has got: the web app shows it beside stored matches that may be about to change.
 */
export function readMatchRefreshStatus(options: {
  actor: Actor;
  matching: CatalogMatching;
}): MatchRefreshStatus {
  requireSignedIn(options.actor, 'read the state of stored matches');
  return options.matching.refreshes.status();
}
