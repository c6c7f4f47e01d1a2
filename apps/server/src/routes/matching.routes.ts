import { AppError, demandLineInputSchema, demandLineSchema, unionCountryCodes } from '@coopex/domain';
import { importAnalogues, matchDemandLine, matchQuery, readMatchRefreshStatus } from '@coopex/use-cases';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParameterSchema } from '../http/common-schemas';
import { errorResponseSchema } from '../http/error-responses';
import { receiveUpload } from '../http/receive-upload';
import { rateLimits } from '../http/rate-limits';
import type { RouteDependencies } from './route-dependencies';

const criterion = z.object({ score: z.number() }).loose();
const candidate = z
  .object({
    rank: z.number().int(),
    productId: z.uuid(),
    externalId: z.string().nullable(),
    name: z.string(),
    nameEn: z.string().nullable(),
    partNumber: z.string().nullable(),
    manufacturer: z.string().nullable(),
    tnved: z.string().nullable(),
    okpd2: z.string().nullable(),
    supplier: z.object({
      id: z.uuid(),
      name: z.string(),
      nameEn: z.string().nullable(),
      country: z.string(),
    }),
    score: z.number().describe('0..1; halved for every failed hard requirement'),
    summary: z.string().describe('"matches on part number (family), TN VED item; fails: …"'),
    explanation: z
      .object({
        text: criterion.nullable(),
        classification: criterion.nullable(),
        partNumber: criterion.nullable(),
        analogue: criterion.nullable(),
        parameters: criterion.nullable(),
        capacity: criterion.nullable(),
        leadTime: criterion.nullable(),
        country: criterion,
      })
      .describe('One entry per criterion that applied, each with its score and the values compared'),
    failed: z.array(z.string()).describe('Hard requirements the product does not meet'),
  })
  .meta({ id: 'MatchCandidate' });

const matchQueryString = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(10),
  countries: z
    .string()
    .regex(/^[A-Z]{2}(,[A-Z]{2})*$/)
    .optional()
    .describe(
      'Only suppliers of these countries, comma-separated (BY,RU); by default all, counterpart first',
    ),
});
const tags = ['matching'];

const refreshKind = z
  .enum(['catalog-changes', 'all-lines', 'hot-list', 'lines'])
  .describe(
    'catalog-changes: products imported or edited; all-lines: the analogue cross-reference changed; hot-list: a list just imported; lines: those deleted products were proposed to',
  );
const refreshStatus = z
  .object({
    isUpToDate: z
      .boolean()
      .describe('Nothing running or waiting: stored matches reflect every change so far'),
    running: z
      .object({
        kind: refreshKind,
        startedAt: z.string(),
        linesDone: z.number().int(),
        linesTotal: z.number().int().nullable().describe('Null while the changed products are being weighed'),
      })
      .nullable(),
    waiting: z.array(refreshKind),
    lastFinished: z
      .object({
        kind: refreshKind,
        startedAt: z.string(),
        finishedAt: z.string(),
        lineCount: z.number().int(),
        isStopped: z.boolean(),
        error: z.object({ code: z.string(), message: z.string() }).nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'MatchRefreshStatus' });

export function matchingRoutes({ database, matching }: RouteDependencies): FastifyPluginAsyncZod {
  return async (server) => {
    server.get(
      '/demand-lines/:id/matches',
      {
        config: { ...rateLimits.matching },
        schema: {
          tags,
          summary:
            'Ranked candidates for a hot-list line, with a per-criterion explanation and failed requirements',
          params: idParameterSchema,
          querystring: matchQueryString,
          response: {
            200: z.object({ line: demandLineSchema, candidates: z.array(candidate), isStored: z.boolean() }),
            400: errorResponseSchema,
            404: errorResponseSchema,
          },
        },
      },
      async (request) =>
        matchDemandLine({
          actor: request.actor,
          database,
          matching,
          lineId: request.params.id,
          limit: request.query.limit,
          countries: request.query.countries?.split(','),
        }),
    );

    server.get(
      '/matching/status',
      {
        schema: {
          tags,
          summary: 'Whether stored matches have caught up with catalog, analogue and hot-list changes',
          description:
            'Imports and edits return once their rows are written; the stored matches of the lines they affect are refreshed in the background, one refresh at a time.',
          response: { 200: refreshStatus },
        },
      },
      async (request) => readMatchRefreshStatus({ actor: request.actor, matching }),
    );

    server.post(
      '/match',
      {
        config: { isReadOnly: true, ...rateLimits.matching },
        schema: {
          tags,
          summary: 'Match an ad-hoc query with the fields of a hot-list line',
          querystring: matchQueryString,
          body: demandLineInputSchema.extend({
            buyerCountry: z
              .enum(unionCountryCodes)
              .optional()
              .describe('Suppliers of the counterpart country come first'),
          }),
          response: { 200: z.object({ candidates: z.array(candidate) }), 400: errorResponseSchema },
        },
      },
      async (request) => {
        const { buyerCountry, ...query } = request.body;
        return {
          candidates: await matchQuery({
            actor: request.actor,
            database,
            matching,
            query,
            buyerCountry,
            limit: request.query.limit,
            countries: request.query.countries?.split(','),
          }),
        };
      },
    );

    server.post(
      '/analogues/import',
      {
        config: { ...rateLimits.files },
        schema: {
          tags,
          summary: 'Import a cross-reference of foreign parts and domestic analogues (CSV or XLSX)',
          description:
            'Columns: foreign_part, foreign_manufacturer, domestic_part, domestic_manufacturer, grade (drop-in | pin-compatible | functional), source. Multipart field "file" or the raw body.',
          querystring: z.object({
            skipInvalid: z
              .enum(['true', 'false'])
              .default('false')
              .transform((value) => value === 'true'),
          }),
          response: {
            200: z.object({
              status: z.enum(['imported', 'rejected', 'partial']),
              rowsRead: z.number().int(),
              inserted: z.number().int(),
              updated: z.number().int(),
              rowsRejected: z.number().int(),
              problems: z.array(
                z.object({
                  row: z.number(),
                  column: z.string(),
                  value: z.string().nullable(),
                  reason: z.string(),
                }),
              ),
            }),
            422: errorResponseSchema,
          },
        },
      },
      async (request) => {
        const upload = await receiveUpload(request);
        try {
          const report = await importAnalogues({
            actor: request.actor,
            database,
            matching,
            source: upload.path,
            fileName: upload.fileName ?? undefined,
            skipInvalid: request.query.skipInvalid,
          });
          if (report.status === 'rejected') {
            throw new AppError(
              'import_rejected',
              `The file was not imported: ${report.problems.length} problem(s) found`,
              report,
            );
          }
          return report;
        } finally {
          await upload.discard();
        }
      },
    );
  };
}
