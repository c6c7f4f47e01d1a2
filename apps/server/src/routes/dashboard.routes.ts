import { summarizeDashboard } from '@coopex/use-cases';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '../http/error-responses';
import type { RouteDependencies } from './route-dependencies';

const coverageCounts = { covered: z.number().int(), partly: z.number().int(), notCovered: z.number().int() };
const dashboardSummary = z
  .object({
    openLines: z.object({ ...coverageCounts, total: z.number().int() }),
    byCountry: z.array(z.object({ ...coverageCounts, country: z.string() })),
    byIndustry: z.array(
      z.object({ ...coverageCounts, industry: z.string().describe('"" for buyers that name no industry') }),
    ),
    latestMatches: z.array(
      z.object({
        lineId: z.uuid(),
        lineName: z.string(),
        lineNameEn: z.string().nullable(),
        listId: z.uuid(),
        buyerName: z.string(),
        buyerNameEn: z.string().nullable(),
        buyerCountry: z.string(),
        productId: z.uuid(),
        productName: z.string(),
        productNameEn: z.string().nullable(),
        supplierName: z.string(),
        supplierNameEn: z.string().nullable(),
        supplierCountry: z.string(),
        score: z.number(),
        failedCount: z.number().int(),
        computedAt: z.string(),
      }),
    ),
    catalog: z.object({
      products: z.number().int(),
      suppliers: z.number().int(),
      hotLists: z.number().int(),
    }),
  })
  .meta({ id: 'DashboardSummary' });

export function dashboardRoutes({ database }: RouteDependencies): FastifyPluginAsyncZod {
  return async (server) => {
    server.get(
      '/dashboard',
      {
        schema: {
          tags: ['hot lists'],
          summary:
            'Open hot-list lines and how far the union can cover them (by buyer country and industry), the latest best candidates, catalog size',
          description:
            'Covered: a stored candidate fails no requirement and scores at least 0.5; partly: a candidate scores at least 0.3; otherwise not covered. Lines closed or cancelled are left out.',
          querystring: z.object({
            organisationId: z.uuid().optional().describe("Only this buyer's lines"),
          }),
          response: { 200: dashboardSummary, 400: errorResponseSchema },
        },
      },
      async (request) =>
        summarizeDashboard({ database, actor: request.actor, organisationId: request.query.organisationId }),
    );
  };
}
