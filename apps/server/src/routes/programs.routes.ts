import { programItemSchema, programSchema, unionCountryCodes } from '@coopex/domain';
import {
  exportSynchronizationReport,
  getJob,
  getProgram,
  importProgram,
  startProgramSynchronization,
  listPrograms,
  synchronizePrograms,
  type ImportReport,
} from '@coopex/use-cases';
import { AppError } from '@coopex/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParameterSchema } from '../http/common-schemas';
import { errorResponseSchema } from '../http/error-responses';
import { receiveUpload } from '../http/receive-upload';
import { sendTableDownload } from '../http/send-table-download';
import { rateLimits } from '../http/rate-limits';
import type { RouteDependencies } from './route-dependencies';

const program = programSchema.meta({ id: 'Program' });
const tags = ['programs'];
const statusTotals = z.object({ covered: z.number(), partly: z.number(), not_covered: z.number() });
const totals = z.object({ items: statusTotals, value: z.record(z.string(), statusTotals) });
const side = z.object({
  country: z.string(),
  programs: z.array(z.object({ id: z.uuid(), title: z.string(), industry: z.string().nullable() })),
  suppliedBy: z.array(z.string()),
  items: z.array(
    z.object({
      programId: z.uuid(),
      programTitle: z.string(),
      itemId: z.uuid(),
      externalId: z.string().nullable(),
      name: z.string(),
      tnved: z.string().nullable(),
      quantityPerYear: z.number().nullable(),
      quantityUnit: z.string().nullable(),
      valuePerYear: z.number().nullable(),
      currency: z.string().nullable(),
      status: z.enum(['covered', 'partly', 'not_covered']),
      capacityShare: z.number().nullable(),
      shortfall: z.array(z.string()),
      producers: z.array(
        z.object({
          productId: z.uuid(),
          productName: z.string(),
          supplierId: z.uuid(),
          supplierName: z.string(),
          country: z.string(),
          score: z.number(),
          capacityPerYear: z.number().nullable(),
          failed: z.array(z.string()),
        }),
      ),
    }),
  ),
  totals,
  byIndustry: z.array(z.object({ industry: z.string(), totals })),
  byChapter: z.array(z.object({ chapter: z.string(), totals })),
  byProducer: z.array(
    z.object({
      supplierId: z.uuid(),
      supplierName: z.string(),
      country: z.string(),
      items: z.number(),
      value: z.record(z.string(), z.number()),
    }),
  ),
});
const overlapSide = z.object({
  programTitle: z.string(),
  externalId: z.string().nullable(),
  name: z.string(),
  tnved: z.string().nullable(),
});
const overlap = z.object({ similarity: z.number(), left: overlapSide, right: overlapSide });
const synchronizationReport = z
  .object({
    computedAt: z.string(),
    catalogProducts: z.number().int(),
    sides: z.tuple([side, side]),
    gaps: z.array(
      z.object({
        productKind: z.string().nullable(),
        valuePerYear: z.number(),
        items: z.array(
          z.object({
            programTitle: z.string(),
            country: z.string(),
            externalId: z.string().nullable(),
            name: z.string(),
            tnved: z.string().nullable(),
            valuePerYear: z.number().nullable(),
            currency: z.string().nullable(),
          }),
        ),
      }),
    ),
    overlaps: z.array(overlap),
    falseFriends: z.array(overlap),
  })
  .meta({ id: 'SynchronizationReport' });

const job = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    parameters: z.record(z.string(), z.unknown()),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    progress: z.number().describe('0..1'),
    result: z.unknown().describe('The synchronisation report once done'),
    error: z.unknown(),
    isStale: z
      .boolean()
      .describe('Catalogs or programs changed after the result was computed: start it again'),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });

export function programsRoutes({ database, matching, jobs }: RouteDependencies): FastifyPluginAsyncZod {
  return async (server) => {
    server.get(
      '/programs',
      {
        schema: {
          tags,
          summary: 'Import-substitution programs',
          querystring: z.object({ country: z.enum(unionCountryCodes).optional() }),
          response: { 200: z.object({ items: z.array(program) }) },
        },
      },
      async (request) => ({
        items: await listPrograms({ actor: request.actor, database, country: request.query.country }),
      }),
    );

    server.get(
      '/programs/:id',
      {
        schema: {
          tags,
          summary: 'A program with its items',
          params: idParameterSchema,
          response: {
            200: z.object({ program, items: z.array(programItemSchema) }),
            404: errorResponseSchema,
          },
        },
      },
      async (request) => getProgram({ actor: request.actor, database, programId: request.params.id }),
    );

    server.post(
      '/programs/import',
      {
        config: { ...rateLimits.files },
        schema: {
          tags,
          summary:
            'Import a program file (CSV or XLSX): hot-list columns plus value, target_year, responsible, note',
          querystring: z.object({
            country: z.enum(unionCountryCodes),
            title: z.string().trim().min(1).max(500),
            ministry: z.string().trim().min(1).optional().describe('Ministry id, tax id or exact name'),
            industry: z.string().trim().max(200).optional(),
            periodFrom: z.coerce.number().int().min(2000).max(2100).optional(),
            periodTo: z.coerce.number().int().min(2000).max(2100).optional(),
            skipInvalid: z
              .enum(['true', 'false'])
              .default('false')
              .transform((value) => value === 'true'),
          }),
          response: {
            200: z.object({ programId: z.uuid().nullable() }).loose(),
            404: errorResponseSchema,
            422: errorResponseSchema,
          },
        },
      },
      async (request) => {
        const upload = await receiveUpload(request);
        try {
          const { program: imported, ...report } = await importProgram({
            actor: request.actor,
            database,
            source: upload.path,
            fileName: upload.fileName ?? undefined,
            skipInvalid: request.query.skipInvalid,
            program: {
              country: request.query.country,
              title: request.query.title,
              ministry: request.query.ministry,
              industry: request.query.industry ?? null,
              periodFrom: request.query.periodFrom ?? null,
              periodTo: request.query.periodTo ?? null,
            },
          });
          if (report.status === 'rejected') rejectWhole(report);
          return { ...report, programId: imported?.id ?? null };
        } finally {
          await upload.discard();
        }
      },
    );

    const syncQuery = z.object({
      left: z.string().min(2).describe('A program id, or a country code for all its programs'),
      right: z.string().min(2),
    });

    server.get(
      '/programs/sync',
      {
        config: { ...rateLimits.synchronisation },
        schema: {
          tags,
          summary:
            'Synchronisation report of two programs or two countries: coverage by the other side, gaps, overlaps',
          querystring: syncQuery,
          response: { 200: synchronizationReport, 400: errorResponseSchema, 404: errorResponseSchema },
        },
      },
      async (request) =>
        synchronizePrograms({
          actor: request.actor,
          database,
          matching,
          left: request.query.left,
          right: request.query.right,
        }),
    );

    server.post(
      '/programs/sync/jobs',
      {
        config: { ...rateLimits.synchronisation },
        schema: {
          tags,
          summary:
            'Start the synchronisation as a background job (or get the job that already holds it for the current catalogs)',
          body: syncQuery,
          response: { 202: job, 400: errorResponseSchema, 404: errorResponseSchema },
        },
      },
      async (request, reply) =>
        reply.status(202).send(
          await startProgramSynchronization({
            actor: request.actor,
            database,
            matching,
            runner: jobs,
            ...request.body,
          }),
        ),
    );

    server.get(
      '/jobs/:id',
      {
        schema: {
          tags,
          summary:
            'A background job: status, progress and, once done, its result; stale when the catalogs changed since',
          params: idParameterSchema,
          response: { 200: job, 404: errorResponseSchema },
        },
      },
      async (request) => getJob({ actor: request.actor, database, jobId: request.params.id }),
    );

    server.get(
      '/programs/sync/workbook',
      {
        config: { ...rateLimits.synchronisation },
        schema: {
          tags,
          summary:
            'The synchronisation report as an XLSX workbook: summary, coverage of each side, gaps, overlaps',
          querystring: syncQuery,
          response: { 400: errorResponseSchema, 404: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const report = await synchronizePrograms({
          actor: request.actor,
          database,
          matching,
          left: request.query.left,
          right: request.query.right,
        });
        return sendTableDownload(reply, {
          format: 'xlsx',
          fileName: 'synchronization-report',
          write: (destination) => exportSynchronizationReport({ report, destination }),
        });
      },
    );
  };
}

function rejectWhole(report: ImportReport): never {
  throw new AppError(
    'import_rejected',
    `The file was not imported: ${report.problemCount} problem(s) found`,
    report,
  );
}
