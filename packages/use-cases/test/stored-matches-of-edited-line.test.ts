import { systemActor } from '@coopex/domain';
import { openDatabase, type Database } from '@coopex/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  loadCatalogMatching,
  loadDemoData,
  matchDemandLine,
  moveDemandLine,
  prepareDatabase,
  type CatalogMatching,
} from '../src';

/**
 * matchDemandLine treats stored matches as stale when computed before the line's last edit and matches it again.
 * A refresh that finds the same result writes nothing, unless the line itself changed since: otherwise the rows
 * would never catch up and every read would match the line again.
 */
describe('stored matches of an edited line', () => {
  let database: Database;
  let matching: CatalogMatching;

  beforeAll(async () => {
    database = await openDatabase({ backend: 'pglite' });
    await prepareDatabase({ database });
    await loadDemoData({ database });
    matching = await loadCatalogMatching({ database });
    await matching.requestCatchUp();
    await matching.refreshes.settled();
  });
  afterAll(async () => database?.close());

  it('are written again after an edit that changes no candidate, so reads do not match the line again', async () => {
    const lines = await database.query<{ id: string }>(
      `SELECT l.id FROM demand_lines l WHERE l.status = 'open'
         AND EXISTS (SELECT 1 FROM demand_line_matches m WHERE m.line_id = l.id) ORDER BY l.id LIMIT 1`,
    );
    const lineId = lines.rows[0]!.id;
    // The process has stored this line (digest known).
    await matching.refreshLine(lineId);
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Status only: the matching result cannot change, updated_at moves on (and moveDemandLine refreshes the line).
    await moveDemandLine({ database, actor: systemActor, lineId, status: 'candidates_found', matching });

    const spy = vi.spyOn(matching, 'refreshLine');
    for (let read = 0; read < 3; read += 1)
      await matchDemandLine({ database, actor: systemActor, matching, lineId, limit: 10 });
    expect(spy).toHaveBeenCalledTimes(0);
    const stale = await database.query<{ stale: boolean }>(
      `SELECT bool_or(m.computed_at < l.updated_at) AS stale FROM demand_line_matches m
         JOIN demand_lines l ON l.id = m.line_id WHERE l.id = $1`,
      [lineId],
    );
    expect(stale.rows[0]?.stale).toBe(false);
  });
});
