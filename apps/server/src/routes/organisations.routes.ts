import {
  organisationInputSchema,
  organisationKinds,
  organisationSchema,
  unionCountryCodes,
} from '@coopex/domain';
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from '@coopex/use-cases';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParameterSchema, pageSchema, paginationQuerySchema } from '../http/common-schemas';
import { errorResponseSchema } from '../http/error-responses';
import type { RouteDependencies } from './route-dependencies';

const organisation = organisationSchema.meta({ id: 'Organisation' });
const organisationInput = organisationInputSchema.meta({ id: 'OrganisationDraft' });
const errors = { 400: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

export function organisationsRoutes({ database, matching }: RouteDependencies): FastifyPluginAsyncZod {
  return async (server) => {
    server.get(
      '/organisations',
      {
        schema: {
          tags: ['organisations'],
          summary: 'List enterprises and ministries',
          querystring: paginationQuerySchema.extend({
            country: z.enum(unionCountryCodes).optional(),
            kind: z.enum(organisationKinds).optional(),
            q: z.string().trim().min(1).max(200).optional().describe('Text in the name or the tax id'),
          }),
          response: { 200: pageSchema(organisation), 400: errorResponseSchema },
        },
      },
      async (request) =>
        listOrganisations({
          actor: request.actor,
          database,
          filter: { ...request.query, search: request.query.q },
        }),
    );

    server.post(
      '/organisations',
      {
        schema: {
          tags: ['organisations'],
          summary: 'Register an organisation (its tax id is checked by its country’s rules)',
          body: organisationInput,
          response: { 201: organisation, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createOrganisation({ actor: request.actor, database, input: request.body })),
    );

    server.get(
      '/organisations/:id',
      {
        schema: {
          tags: ['organisations'],
          summary: 'One organisation',
          params: idParameterSchema,
          response: { 200: organisation, ...errors },
        },
      },
      async (request) =>
        getOrganisation({ actor: request.actor, database, organisationId: request.params.id }),
    );

    server.put(
      '/organisations/:id',
      {
        schema: {
          tags: ['organisations'],
          summary: 'Replace an organisation’s details',
          params: idParameterSchema,
          body: organisationInput,
          response: { 200: organisation, ...errors },
        },
      },
      async (request) =>
        updateOrganisation({
          actor: request.actor,
          database,
          organisationId: request.params.id,
          input: request.body,
        }),
    );

    server.delete(
      '/organisations/:id',
      {
        schema: {
          tags: ['organisations'],
          summary: 'Delete an organisation with its catalog and hot lists',
          params: idParameterSchema,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deleteOrganisation({
          actor: request.actor,
          database,
          organisationId: request.params.id,
          matching,
        });
        return reply.status(204).send(null);
      },
    );
  };
}
