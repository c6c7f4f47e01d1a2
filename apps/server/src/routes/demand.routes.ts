import {
  demandLineInputSchema,
  demandLineSchema,
  demandLineStatuses,
  demandListInputSchema,
  demandListSchema,
  unionCountryCodes,
} from '@coopex/domain';
import {
  createDemandLine,
  createDemandList,
  deleteDemandLine,
  deleteDemandList,
  getDemandLine,
  getDemandList,
  listDemandLines,
  listDemandLists,
  moveDemandLine,
  updateDemandLine,
  updateDemandList,
} from '@coopex/use-cases';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParameterSchema, pageSchema, paginationQuerySchema, warningsSchema } from '../http/common-schemas';
import { errorResponseSchema } from '../http/error-responses';
import type { RouteDependencies } from './route-dependencies';

const demandList = demandListSchema.meta({ id: 'DemandList' });
const demandListInput = demandListInputSchema.meta({ id: 'DemandListDraft' });
const demandLine = demandLineSchema.meta({ id: 'DemandLine' });
const demandLineInput = demandLineInputSchema.meta({ id: 'DemandLineDraft' });
const savedDemandLine = z
  .object({ line: demandLine, warnings: warningsSchema })
  .meta({ id: 'SavedDemandLine' });
const errors = { 400: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const tags = ['hot lists'];

export function demandRoutes({ database, matching }: RouteDependencies): FastifyPluginAsyncZod {
  return async (server) => {
    server.get(
      '/demand-lists',
      {
        schema: {
          tags,
          summary: 'Hot lists: goods buyers can no longer import',
          querystring: paginationQuerySchema.extend({
            organisationId: z.uuid().optional(),
            country: z.enum(unionCountryCodes).optional().describe('Country of the buyer'),
            q: z.string().trim().min(1).max(200).optional(),
          }),
          response: { 200: pageSchema(demandList), 400: errorResponseSchema },
        },
      },
      async (request) =>
        listDemandLists({
          actor: request.actor,
          database,
          filter: { ...request.query, search: request.query.q },
        }),
    );

    server.post(
      '/organisations/:id/demand-lists',
      {
        schema: {
          tags,
          summary: 'Open a new hot list for an organisation',
          params: idParameterSchema,
          body: demandListInput,
          response: { 201: demandList, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createDemandList({
            actor: request.actor,
            database,
            organisationId: request.params.id,
            input: request.body,
          }),
        ),
    );

    server.get(
      '/demand-lists/:id',
      {
        schema: {
          tags,
          summary: 'One hot list',
          params: idParameterSchema,
          response: { 200: demandList, ...errors },
        },
      },
      async (request) => getDemandList({ actor: request.actor, database, listId: request.params.id }),
    );

    server.put(
      '/demand-lists/:id',
      {
        schema: {
          tags,
          summary: 'Rename or describe a hot list',
          params: idParameterSchema,
          body: demandListInput,
          response: { 200: demandList, ...errors },
        },
      },
      async (request) =>
        updateDemandList({ database, actor: request.actor, listId: request.params.id, input: request.body }),
    );

    server.delete(
      '/demand-lists/:id',
      {
        schema: {
          tags,
          summary: 'Delete a hot list with its lines',
          params: idParameterSchema,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deleteDemandList({ actor: request.actor, database, listId: request.params.id, matching });
        return reply.status(204).send(null);
      },
    );

    server.get(
      '/demand-lists/:id/lines',
      {
        schema: {
          tags,
          summary: 'Lines of a hot list in their order',
          params: idParameterSchema,
          querystring: paginationQuerySchema.extend({
            status: z.enum(demandLineStatuses).optional(),
            q: z.string().trim().min(1).max(200).optional(),
          }),
          response: { 200: pageSchema(demandLine), ...errors },
        },
      },
      async (request) =>
        listDemandLines({
          actor: request.actor,
          database,
          listId: request.params.id,
          filter: { ...request.query, search: request.query.q },
        }),
    );

    server.post(
      '/demand-lists/:id/lines',
      {
        schema: {
          tags,
          summary: 'Add a line to a hot list',
          params: idParameterSchema,
          body: demandLineInput,
          response: { 201: savedDemandLine, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createDemandLine({
            actor: request.actor,
            database,
            matching,
            listId: request.params.id,
            input: request.body,
          }),
        ),
    );

    server.get(
      '/demand-lines/:id',
      {
        schema: {
          tags,
          summary: 'One hot-list line',
          params: idParameterSchema,
          response: { 200: demandLine, ...errors },
        },
      },
      async (request) => getDemandLine({ actor: request.actor, database, lineId: request.params.id }),
    );

    server.put(
      '/demand-lines/:id',
      {
        schema: {
          tags,
          summary: 'Replace a line (a status change must follow the lifecycle)',
          params: idParameterSchema,
          body: demandLineInput,
          response: { 200: savedDemandLine, ...errors },
        },
      },
      async (request) =>
        updateDemandLine({
          actor: request.actor,
          database,
          matching,
          lineId: request.params.id,
          input: request.body,
        }),
    );

    server.post(
      '/demand-lines/:id/status',
      {
        schema: {
          tags,
          summary:
            'Move a line along its lifecycle: open → candidates_found → contacted → sample → qualified → delivering → closed',
          params: idParameterSchema,
          body: z.object({ status: z.enum(demandLineStatuses) }),
          response: { 200: demandLine, ...errors },
        },
      },
      async (request) =>
        moveDemandLine({
          actor: request.actor,
          database,
          matching,
          lineId: request.params.id,
          status: request.body.status,
        }),
    );

    server.delete(
      '/demand-lines/:id',
      {
        schema: {
          tags,
          summary: 'Delete a line',
          params: idParameterSchema,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deleteDemandLine({ actor: request.actor, database, lineId: request.params.id, matching });
        return reply.status(204).send(null);
      },
    );
  };
}
