import { timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import { AppError, type Actor } from '@coopex/domain';
import type { Database } from '@coopex/db';
import { authenticateRequest, enterRequestContext, type Authentication } from '@coopex/use-cases';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const sessionCookieName = 'coopex_session';
export const csrfHeaderName = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking: set for every API request before its handler runs. */
    actor: Actor;
    authentication: Authentication;
  }
  interface FastifyContextConfig {
    /** Routes are for signed-in callers unless they say they are public. */
    isPublic?: boolean;
    /** A POST that changes nothing (a query too large for a URL): read-only tokens may call it. */
    isReadOnly?: boolean;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function isSameSecret(expected: string, given: string): boolean {
  const left = Buffer.from(expected);
  const right = Buffer.from(given);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Who a request acts as: an `Authorization: Bearer` API token, or the session cookie. Changes made with a cookie
 * must carry the session's CSRF token in a header (a cross-site form cannot set one); changes made with a
 * read-only token are refused. Routes not marked public refuse anonymous callers.
 */
export async function registerAuthentication(
  api: FastifyInstance,
  options: { database: Database; isCookieSecure: boolean },
): Promise<void> {
  await api.register(fastifyCookie);
  api.decorateRequest('actor', null as never);
  api.decorateRequest('authentication', null as never);
  api.addHook('onRequest', async (request) => {
    enterRequestContext({ requestId: String(request.id) });
    const authorization = request.headers.authorization;
    const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (authorization && !bearer) {
      throw new AppError(
        'authentication_required',
        'The Authorization header must be "Bearer <token>"',
        null,
      );
    }
    const authentication = await authenticateRequest({
      database: options.database,
      apiToken: bearer,
      sessionToken: bearer ? undefined : request.cookies[sessionCookieName],
    });
    request.authentication = authentication;
    request.actor = authentication.actor;

    if (!safeMethods.has(request.method)) {
      if (authentication.method === 'session') {
        const given = request.headers[csrfHeaderName];
        if (typeof given !== 'string' || !isSameSecret(authentication.csrfToken ?? '', given)) {
          throw new AppError(
            'csrf_token_invalid',
            `Changes made from a browser need the ${csrfHeaderName} header`,
            {
              header: csrfHeaderName,
            },
          );
        }
      }
      const actor = authentication.actor;
      const isReadOnlyRoute = request.routeOptions.config?.isReadOnly === true;
      if (
        actor.kind === 'user' &&
        actor.scopes !== null &&
        !actor.scopes.includes('write') &&
        !isReadOnlyRoute
      ) {
        throw new AppError('insufficient_scope', 'This API token may only read', { scopes: actor.scopes });
      }
    }
    if (!request.routeOptions.config?.isPublic && authentication.actor.kind === 'anonymous') {
      throw new AppError('authentication_required', 'Sign in first', null);
    }
  });
}

export function setSessionCookie(
  reply: FastifyReply,
  options: { token: string; expiresAt: Date; isCookieSecure: boolean },
): void {
  reply.setCookie(sessionCookieName, options.token, {
    path: '/',
    httpOnly: true,
    secure: options.isCookieSecure,
    sameSite: 'lax',
    expires: options.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, isCookieSecure: boolean): void {
  reply.clearCookie(sessionCookieName, {
    path: '/',
    httpOnly: true,
    secure: isCookieSecure,
    sameSite: 'lax',
  });
}

export function sessionTokenOf(request: FastifyRequest): string | undefined {
  return request.cookies[sessionCookieName];
}
