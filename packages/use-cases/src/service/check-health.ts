import type { Database } from '@coopex/db';

export const coopexVersion = '0.1.0';

/** Answers only when the database answers, so a load balancer stops sending requests to a broken instance. */
export async function checkHealth(options: {
  database: Database;
}): Promise<{ status: 'ok'; database: Database['backend']; version: string }> {
  await options.database.query('SELECT 1');
  return { status: 'ok', database: options.database.backend, version: coopexVersion };
}
