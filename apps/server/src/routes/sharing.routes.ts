import { demandListVisibilities, productViewSchema } from '@coopex/domain';
import {
  getDemandListSharing,
  listOffers,
  listProductOffers,
  offerProduct,
  shareDemandList,
  withdrawOffer,
} from '@coopex/use-cases';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParameterSchema } from '../http/common-schemas';
import { errorResponseSchema } from '../http/error-responses';
import type { RouteDependencies } from './route-dependencies';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const sharing = z
  .object({ visibility: z.enum(demandListVisibilities), invitedOrganisationIds: z.array(z.uuid()) })
  .meta({ id: 'HotListSharing' });

/** An organisation as offers name it: the supplier to the buyer, the buyer to the supplier. */
const organisationReference = z.object({
  id: z.uuid(),
  name: z.string(),
  nameEn: z.string().nullable(),
  country: z.string(),
});
const offerFacts = { note: z.string().nullable(), offeredAt: z.string() };

export function sharingRoutes({ database }: RouteDependencies): FastifyPluginAsyncZod {
  return async (server) => {
    server.get(
      '/demand-lists/:id/sharing',
      {
        schema: {
          tags: ['hot lists'],
          summary: 'Whom a hot list is shown to (its owner’s admins and buyers)',
          params: idParameterSchema,
          response: { 200: sharing, ...errors },
        },
      },
      async (request) => getDemandListSharing({ database, actor: request.actor, listId: request.params.id }),
    );

    server.put(
      '/demand-lists/:id/sharing',
      {
        schema: {
          tags: ['hot lists'],
          summary: 'Choose who sees a hot list: the whole union, or invited organisations only',
          params: idParameterSchema,
          body: z.object({
            visibility: z.enum(demandListVisibilities),
            invitedOrganisationIds: z.array(z.uuid()).max(1000).default([]),
          }),
          response: { 200: sharing, ...errors },
        },
      },
      async (request) =>
        shareDemandList({ database, actor: request.actor, listId: request.params.id, ...request.body }),
    );

    server.get(
      '/demand-lines/:id/offers',
      {
        schema: {
          tags: ['hot lists'],
          summary:
            'What suppliers offered to a hot-list line (the buyer sees the offered prices and capacities)',
          params: idParameterSchema,
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  product: productViewSchema,
                  supplier: organisationReference,
                  ...offerFacts,
                }),
              ),
            }),
            ...errors,
          },
        },
      },
      async (request) => ({
        items: await listOffers({ database, actor: request.actor, lineId: request.params.id }),
      }),
    );

    server.post(
      '/demand-lines/:id/offers',
      {
        schema: {
          tags: ['hot lists'],
          summary:
            'Offer one of your products to a hot-list line; its buyer then sees the price and capacity',
          params: idParameterSchema,
          body: z.object({ productId: z.uuid(), note: z.string().trim().max(2000).nullable().default(null) }),
          response: {
            201: z.object({ lineId: z.uuid(), productId: z.uuid(), note: z.string().nullable() }),
            ...errors,
          },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await offerProduct({
            database,
            actor: request.actor,
            lineId: request.params.id,
            ...request.body,
          }),
        ),
    );

    server.get(
      '/products/:id/offers',
      {
        schema: {
          tags: ['products'],
          summary:
            'Where your product was offered: each hot-list line with its list and buyer (your own products only)',
          params: idParameterSchema,
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  lineId: z.uuid(),
                  lineName: z.string(),
                  listId: z.uuid(),
                  listTitle: z.string(),
                  buyer: organisationReference,
                  ...offerFacts,
                }),
              ),
            }),
            ...errors,
          },
        },
      },
      async (request) => ({
        items: await listProductOffers({ database, actor: request.actor, productId: request.params.id }),
      }),
    );

    server.delete(
      '/demand-lines/:id/offers/:productId',
      {
        schema: {
          tags: ['hot lists'],
          summary:
            'Withdraw your offer of a product to a hot-list line; its buyer no longer sees the price through it',
          params: z.object({ id: z.uuid(), productId: z.uuid() }),
          response: { 204: z.null().describe('Withdrawn'), ...errors },
        },
      },
      async (request, reply) => {
        await withdrawOffer({
          database,
          actor: request.actor,
          lineId: request.params.id,
          productId: request.params.productId,
        });
        return reply.status(204).send(null);
      },
    );
  };
}
