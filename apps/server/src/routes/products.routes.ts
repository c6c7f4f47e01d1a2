import {
  productInputSchema,
  productSchema,
  productStatuses,
  productViewSchema,
  unionCountryCodes,
} from '@coopex/domain';
import { createProduct, deleteProduct, getProduct, listProducts, updateProduct } from '@coopex/use-cases';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParameterSchema, pageSchema, paginationQuerySchema, warningsSchema } from '../http/common-schemas';
import { errorResponseSchema } from '../http/error-responses';
import type { RouteDependencies } from './route-dependencies';

const product = productSchema.meta({ id: 'Product' });
const productView = productViewSchema.meta({ id: 'ProductView' });
const productInput = productInputSchema.meta({ id: 'ProductDraft' });
const savedProduct = z.object({ product, warnings: warningsSchema }).meta({ id: 'SavedProduct' });
const errors = { 400: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

export const productFilterQuerySchema = z.object({
  organisationId: z.uuid().optional(),
  country: z.enum(unionCountryCodes).optional().describe('Country of the supplier'),
  tnved: z
    .string()
    .regex(/^\d{2,10}$/)
    .optional()
    .describe('TN VED code or prefix (2, 4, 6 or 10 digits)'),
  okpd2: z
    .string()
    .regex(/^[\d.]+$/)
    .optional()
    .describe('OKPD2 code or prefix'),
  status: z.enum(productStatuses).optional(),
  q: z.string().trim().min(1).max(200).optional().describe('Text in the names or the part number'),
  parameter: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe(
      'A parameter name (case-insensitive); with parameterFrom/parameterTo its value must meet that range as a hot-list requirement would (a value within it, a product range covering it; with one end only, a product range must include that point), in the unit the catalog states',
    ),
  parameterFrom: z.coerce.number().optional(),
  parameterTo: z.coerce.number().optional(),
});

export function productsRoutes({ database, matching }: RouteDependencies): FastifyPluginAsyncZod {
  return async (server) => {
    server.get(
      '/products',
      {
        schema: {
          tags: ['products'],
          summary: 'Search the catalogs of all suppliers',
          querystring: paginationQuerySchema.extend(productFilterQuerySchema.shape),
          response: {
            200: pageSchema(productView).extend({
              isTotalCapped: z
                .boolean()
                .describe(
                  'More products match than were counted: total is a lower bound (refine the search)',
                ),
            }),
            400: errorResponseSchema,
          },
        },
      },
      async (request) => {
        const { tnved, okpd2, q, parameter, parameterFrom, parameterTo, ...rest } = request.query;
        return listProducts({
          actor: request.actor,
          database,
          filter: {
            ...rest,
            tnvedPrefix: tnved,
            okpd2Prefix: okpd2,
            search: q,
            parameter: parameter ? { name: parameter, from: parameterFrom, to: parameterTo } : undefined,
          },
        });
      },
    );

    server.post(
      '/organisations/:id/products',
      {
        schema: {
          tags: ['products'],
          summary: 'Add a product to an organisation’s catalog',
          params: idParameterSchema,
          body: productInput,
          response: { 201: savedProduct, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createProduct({
            actor: request.actor,
            database,
            matching,
            organisationId: request.params.id,
            input: request.body,
          }),
        ),
    );

    server.get(
      '/products/:id',
      {
        schema: {
          tags: ['products'],
          summary: 'One product',
          params: idParameterSchema,
          response: { 200: productView, ...errors },
        },
      },
      async (request) => getProduct({ actor: request.actor, database, productId: request.params.id }),
    );

    server.put(
      '/products/:id',
      {
        schema: {
          tags: ['products'],
          summary: 'Replace a product',
          params: idParameterSchema,
          body: productInput,
          response: { 200: savedProduct, ...errors },
        },
      },
      async (request) =>
        updateProduct({
          actor: request.actor,
          database,
          matching,
          productId: request.params.id,
          input: request.body,
        }),
    );

    server.delete(
      '/products/:id',
      {
        schema: {
          tags: ['products'],
          summary: 'Delete a product',
          params: idParameterSchema,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deleteProduct({ actor: request.actor, database, matching, productId: request.params.id });
        return reply.status(204).send(null);
      },
    );
  };
}
