import { AppError, type Organisation } from '@coopex/domain';
import type { ApiClient } from './api-client';
import type { Page, SessionView } from './api-types';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The organisation id a command works on, from `--organisation` as the local commands take it (an id, a tax id or
 * the exact name), or, when none is given, the organisation the API token acts for.
 */
export async function resolveOrganisationId(
  client: ApiClient,
  reference: string | undefined,
): Promise<string> {
  const wanted = reference?.trim();
  if (!wanted) {
    const session = await client.getJson<SessionView>('/auth/session');
    if (session.activeOrganisationId) return session.activeOrganisationId;
    throw new AppError(
      'validation_failed',
      'The API token acts for no organisation: name one with --organisation <id>',
      null,
    );
  }
  if (uuidPattern.test(wanted)) return wanted.toLowerCase();
  const page = await client.getJson<Page<Organisation>>('/organisations', { q: wanted, limit: 50 });
  const folded = wanted.toLocaleLowerCase('ru');
  const matches = page.items.filter(
    (organisation) =>
      organisation.taxId === wanted ||
      organisation.nameRu.toLocaleLowerCase('ru') === folded ||
      organisation.nameEn?.toLocaleLowerCase('ru') === folded,
  );
  const [only] = matches;
  if (only && matches.length === 1) return only.id;
  if (matches.length > 1) {
    throw new AppError(
      'validation_failed',
      `"${wanted}" names ${matches.length} organisations: pass the id (see \`coopex remote organisations\`)`,
      { organisation: wanted, ids: matches.map((organisation) => organisation.id) },
    );
  }
  throw new AppError('not_found', `No organisation matches "${wanted}"`, { organisation: wanted });
}
