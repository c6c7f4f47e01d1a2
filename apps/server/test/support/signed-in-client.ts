import { actorForUser, systemActor, type MembershipRole, type TokenScope } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { createApiToken, createUser } from '@coopex/use-cases';
import type { FastifyInstance, InjectOptions } from 'fastify';

export type SignedInClient = Pick<FastifyInstance, 'inject'>;

let accountCount = 0;

/**
 * A user with an API token, and a client that sends the token with every request: the way tests call routes as
 * someone. Without a membership the user is a platform admin.
 */
export async function createSignedInClient(
  server: FastifyInstance,
  database: Database,
  options: {
    membership?: { organisationId: string; role: MembershipRole; canBuy: boolean; canSupply: boolean };
    isPlatformAdmin?: boolean;
    scopes?: TokenScope[];
  } = {},
): Promise<SignedInClient & { userId: string; token: string }> {
  accountCount += 1;
  const isPlatformAdmin = options.isPlatformAdmin ?? !options.membership;
  const user = await createUser({
    database,
    actor: systemActor,
    email: `test-user-${accountCount}-${Date.now()}@coopex.test`,
    displayName: `Test user ${accountCount}`,
    password: 'a long enough test password',
    isPlatformAdmin,
    memberships: options.membership ? [options.membership] : [],
  });
  const membership = options.membership
    ? await createRepositories(database).accounts.findMembership(user.id, options.membership.organisationId)
    : undefined;
  const { token } = await createApiToken({
    database,
    actor: actorForUser(user, { membership }),
    name: 'tests',
    scopes: options.scopes ?? ['read', 'write'],
    expiresInDays: 1,
  });
  const headers = { authorization: `Bearer ${token}` };
  const inject = ((request: string | InjectOptions) =>
    server.inject(
      typeof request === 'string'
        ? { url: request, headers }
        : { ...request, headers: { ...headers, ...(request.headers ?? {}) } },
    )) as FastifyInstance['inject'];
  return { inject, userId: user.id, token };
}
