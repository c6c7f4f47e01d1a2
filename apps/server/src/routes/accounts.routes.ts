import { membershipRoles, tokenScopes } from '@coopex/domain';
import {
  acceptInvitation,
  createApiToken,
  createUser,
  describeSession,
  exportAuditLog,
  inviteMember,
  listApiTokens,
  listAuditLog,
  listInvitations,
  listMembers,
  passwordRules,
  requestPasswordReset,
  resetPassword,
  revokeApiToken,
  signIn,
  signOut,
  switchOrganisation,
  updateMember,
} from '@coopex/use-cases';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from '../http/authentication';
import { idParameterSchema, pageSchema, paginationQuerySchema } from '../http/common-schemas';
import { errorResponseSchema } from '../http/error-responses';
import { sendTableDownload } from '../http/send-table-download';
import { rateLimits } from '../http/rate-limits';
import type { RouteDependencies } from './route-dependencies';

const password = z.string().min(passwordRules.minimumLength).max(passwordRules.maximumLength);
const email = z.email().max(320);

const membership = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationNameEn: z.string().nullable(),
  organisationKind: z.enum(['enterprise', 'ministry']),
  country: z.string(),
  role: z.enum(membershipRoles),
  canBuy: z.boolean(),
  canSupply: z.boolean(),
});
const session = z
  .object({
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      displayName: z.string(),
      isPlatformAdmin: z.boolean(),
    }),
    memberships: z.array(membership),
    activeOrganisationId: z.uuid().nullable(),
    csrfToken: z
      .string()
      .describe('Send it back in the x-csrf-token header with every change made with the cookie'),
  })
  .meta({ id: 'Session' });
const apiToken = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid().nullable(),
    name: z.string(),
    tokenPrefix: z.string(),
    scopes: z.array(z.enum(tokenScopes)),
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
const member = z
  .object({
    userId: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(membershipRoles),
    canBuy: z.boolean(),
    canSupply: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Member' });
const rights = z.object({ role: z.enum(membershipRoles), canBuy: z.boolean(), canSupply: z.boolean() });
const invitation = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    email: z.string(),
    role: z.enum(membershipRoles),
    canBuy: z.boolean(),
    canSupply: z.boolean(),
    invitedBy: z.uuid().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    acceptedAt: z.string().nullable(),
  })
  .meta({ id: 'Invitation' });
const auditEntry = z
  .object({
    id: z.number().int(),
    occurredAt: z.string(),
    actorUserId: z.uuid().nullable(),
    actorEmail: z.string().nullable(),
    actorTokenId: z.uuid().nullable(),
    organisationId: z.uuid().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  423: errorResponseSchema,
  429: errorResponseSchema,
};

export function accountsRoutes({ database, mailer, security }: RouteDependencies): FastifyPluginAsyncZod {
  return async (server) => {
    server.post(
      '/auth/sign-in',
      {
        config: { isPublic: true, ...rateLimits.signIn },
        schema: {
          tags: ['accounts'],
          summary: 'Sign in with email and password; sets the session cookie',
          body: z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(200) }),
          response: { 200: session, ...errors },
        },
      },
      async (request, reply) => {
        const result = await signIn({ database, ...request.body });
        setSessionCookie(reply, {
          token: result.sessionToken,
          expiresAt: result.expiresAt,
          isCookieSecure: security.isCookieSecure,
        });
        return result.session;
      },
    );

    server.get(
      '/auth/session',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Who is signed in, their organisations and the one they act for',
          response: { 200: session, ...errors },
        },
      },
      async (request) =>
        describeSession({ database, actor: request.actor, csrfToken: request.authentication.csrfToken }),
    );

    server.post(
      '/auth/sign-out',
      {
        config: { isPublic: true },
        schema: {
          tags: ['accounts'],
          summary: 'End the browser session',
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await signOut({ database, sessionToken: sessionTokenOf(request) });
        clearSessionCookie(reply, security.isCookieSecure);
        return reply.status(204).send(null);
      },
    );

    server.post(
      '/auth/organisation',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Act for another of your organisations',
          body: z.object({ organisationId: z.uuid() }),
          response: { 200: session, ...errors },
        },
      },
      async (request) =>
        switchOrganisation({
          database,
          actor: request.actor,
          sessionToken: sessionTokenOf(request),
          csrfToken: request.authentication.csrfToken,
          organisationId: request.body.organisationId,
        }),
    );

    server.post(
      '/auth/password-reset',
      {
        config: { isPublic: true, ...rateLimits.signIn },
        schema: {
          tags: ['accounts'],
          summary: 'Mail a one-time password-reset link (the answer is the same for unknown addresses)',
          body: z.object({ email }),
          response: { 202: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await requestPasswordReset({
          database,
          mailer,
          email: request.body.email,
          resetUrl: `${security.publicUrl}/reset-password`,
        });
        return reply.status(202).send(null);
      },
    );

    server.post(
      '/auth/password-reset/confirm',
      {
        config: { isPublic: true, ...rateLimits.signIn },
        schema: {
          tags: ['accounts'],
          summary: 'Set a new password with a reset token; ends every session of the user',
          body: z.object({ token: z.string().min(1).max(200), password }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await resetPassword({ database, ...request.body });
        return reply.status(204).send(null);
      },
    );

    server.post(
      '/invitations/accept',
      {
        config: { isPublic: true, ...rateLimits.signIn },
        schema: {
          tags: ['accounts'],
          summary: 'Join an organisation with an invitation token',
          body: z.object({
            token: z.string().min(1).max(200),
            displayName: z.string().trim().min(1).max(200),
            password,
          }),
          response: {
            200: z.object({ userId: z.uuid(), organisationId: z.uuid(), isNewUser: z.boolean() }),
            ...errors,
          },
        },
      },
      async (request) => acceptInvitation({ database, ...request.body }),
    );

    server.post(
      '/users',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Create an account directly (platform admins)',
          body: z.object({
            email,
            displayName: z.string().trim().min(1).max(200),
            password,
            isPlatformAdmin: z.boolean().default(false),
            memberships: z.array(rights.extend({ organisationId: z.uuid() })).default([]),
          }),
          response: {
            201: z.object({
              id: z.uuid(),
              email: z.string(),
              displayName: z.string(),
              isPlatformAdmin: z.boolean(),
            }),
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const user = await createUser({ database, actor: request.actor, ...request.body });
        return reply.status(201).send({
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          isPlatformAdmin: user.isPlatformAdmin,
        });
      },
    );

    server.get(
      '/organisations/:id/members',
      {
        schema: {
          tags: ['accounts'],
          summary: 'The people of an organisation',
          params: idParameterSchema,
          response: { 200: z.object({ items: z.array(member) }), ...errors },
        },
      },
      async (request) => ({
        items: await listMembers({ database, actor: request.actor, organisationId: request.params.id }),
      }),
    );

    server.put(
      '/organisations/:id/members/:userId',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Change a member’s role and rights (organisation admins)',
          params: idParameterSchema.extend({ userId: z.uuid() }),
          body: rights,
          response: { 200: member, ...errors },
        },
      },
      async (request) =>
        (await updateMember({
          database,
          actor: request.actor,
          organisationId: request.params.id,
          userId: request.params.userId,
          change: request.body,
        }))!,
    );

    server.delete(
      '/organisations/:id/members/:userId',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Remove a member (organisation admins)',
          params: idParameterSchema.extend({ userId: z.uuid() }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await updateMember({
          database,
          actor: request.actor,
          organisationId: request.params.id,
          userId: request.params.userId,
          change: 'remove',
        });
        return reply.status(204).send(null);
      },
    );

    server.get(
      '/organisations/:id/invitations',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Invitations sent by an organisation (its admins)',
          params: idParameterSchema,
          response: { 200: z.object({ items: z.array(invitation) }), ...errors },
        },
      },
      async (request) => ({
        items: await listInvitations({ database, actor: request.actor, organisationId: request.params.id }),
      }),
    );

    server.post(
      '/organisations/:id/invitations',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Invite a person by email (organisation admins); the token is shown once',
          params: idParameterSchema,
          body: rights.extend({ email }),
          response: { 201: z.object({ invitation, token: z.string() }), ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await inviteMember({
            database,
            actor: request.actor,
            mailer,
            organisationId: request.params.id,
            ...request.body,
            acceptUrl: `${security.publicUrl}/accept-invitation`,
          }),
        ),
    );

    server.get(
      '/api-tokens',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Your API tokens',
          response: { 200: z.object({ items: z.array(apiToken) }), ...errors },
        },
      },
      async (request) => ({ items: await listApiTokens({ database, actor: request.actor }) }),
    );

    server.post(
      '/api-tokens',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Create an API token for the organisation you act for; the secret is shown once',
          body: z.object({
            name: z.string().trim().min(1).max(200),
            scopes: z.array(z.enum(tokenScopes)).min(1).default(['read']),
            expiresInDays: z.number().int().min(1).max(365).default(90),
          }),
          response: { 201: z.object({ apiToken, token: z.string() }), ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createApiToken({ database, actor: request.actor, ...request.body })),
    );

    server.delete(
      '/api-tokens/:id',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Revoke an API token',
          params: idParameterSchema,
          response: { 200: apiToken, ...errors },
        },
      },
      async (request) => revokeApiToken({ database, actor: request.actor, tokenId: request.params.id }),
    );

    server.get(
      '/organisations/:id/audit-log',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Every change to an organisation’s data, newest first (its admins)',
          params: idParameterSchema,
          querystring: paginationQuerySchema,
          response: { 200: pageSchema(auditEntry), ...errors },
        },
      },
      async (request) =>
        listAuditLog({ database, actor: request.actor, organisationId: request.params.id, ...request.query }),
    );

    server.get(
      '/audit-log',
      {
        schema: {
          tags: ['accounts'],
          summary: 'The whole audit log, newest first (platform admins)',
          querystring: paginationQuerySchema,
          response: { 200: pageSchema(auditEntry), ...errors },
        },
      },
      async (request) =>
        listAuditLog({ database, actor: request.actor, organisationId: null, ...request.query }),
    );

    server.get(
      '/organisations/:id/audit-log/export',
      {
        config: { ...rateLimits.files },
        schema: {
          tags: ['accounts'],
          summary: 'Download an organisation’s audit log as CSV or XLSX (its admins)',
          params: idParameterSchema,
          querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
          response: errors,
        },
      },
      async (request, reply) =>
        sendTableDownload(reply, {
          format: request.query.format,
          fileName: `audit-log-${request.params.id}`,
          write: (destination) =>
            exportAuditLog({
              database,
              actor: request.actor,
              organisationId: request.params.id,
              destination,
              format: request.query.format,
            }),
        }),
    );
  };
}
