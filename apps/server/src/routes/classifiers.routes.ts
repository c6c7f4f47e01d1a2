import { classifierSystems } from '@coopex/domain';
import { lookUpClassifierCode, searchClassifier, summarizeClassifiers } from '@coopex/use-cases';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '../http/error-responses';
import type { RouteDependencies } from './route-dependencies';

const classifierNode = z
  .object({
    code: z.string(),
    level: z.string(),
    nameRu: z.string().nullable(),
    nameEn: z.string().nullable(),
    fullNameRu: z.string().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
  })
  .meta({ id: 'ClassifierNode' });
const system = z.enum(classifierSystems).describe('tnved: EAEU TN VED; okpd2: OKPD2; hs: Harmonized System');
const tags = ['classifiers'];

export function classifiersRoutes({ database }: RouteDependencies): FastifyPluginAsyncZod {
  return async (server) => {
    server.get(
      '/classifiers',
      {
        config: { isPublic: true },
        schema: {
          tags,
          summary: 'Loaded classifiers: codes per level',
          response: {
            200: z.object({
              levels: z.array(z.object({ system, level: z.string(), codes: z.number().int() })),
            }),
          },
        },
      },
      async () => ({ levels: await summarizeClassifiers({ database }) }),
    );

    server.get(
      '/classifiers/:system/codes/:code',
      {
        config: { isPublic: true },
        schema: {
          tags,
          summary: 'A code with the path of names from its section down, and its children',
          params: z.object({ system, code: z.string().min(1).max(40) }),
          querystring: z.object({
            date: z.iso.date().optional().describe('Show the versions in force on this date'),
          }),
          response: {
            200: z.object({
              code: z.string(),
              path: z.array(classifierNode),
              children: z.array(classifierNode),
            }),
            400: errorResponseSchema,
            422: errorResponseSchema,
          },
        },
      },
      async (request) =>
        lookUpClassifierCode({
          database,
          system: request.params.system,
          code: request.params.code,
          onDate: request.query.date,
        }),
    );

    server.get(
      '/classifiers/:system/search',
      {
        config: { isPublic: true },
        schema: {
          tags,
          summary: 'Search a classifier by name words or by code prefix',
          params: z.object({ system }),
          querystring: z.object({
            q: z.string().trim().min(1).max(200),
            limit: z.coerce.number().int().min(1).max(200).default(20),
          }),
          response: { 200: z.object({ items: z.array(classifierNode) }), 400: errorResponseSchema },
        },
      },
      async (request) => ({
        items: await searchClassifier({
          database,
          system: request.params.system,
          query: request.query.q,
          limit: request.query.limit,
        }),
      }),
    );
  };
}
