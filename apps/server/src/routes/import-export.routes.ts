import { AppError } from '@coopex/domain';
import {
  exportDemandList,
  exportProducts,
  importDemandList,
  importProducts,
  type ImportReport,
} from '@coopex/use-cases';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParameterSchema } from '../http/common-schemas';
import { errorResponseSchema } from '../http/error-responses';
import { receiveUpload } from '../http/receive-upload';
import { sendTableDownload } from '../http/send-table-download';
import { rateLimits } from '../http/rate-limits';
import type { RouteDependencies } from './route-dependencies';

const rowProblem = z
  .object({ row: z.number().int(), column: z.string(), value: z.string().nullable(), reason: z.string() })
  .meta({
    id: 'RowProblem',
    description: 'Row 1 is the header; data rows count from 2, as in the spreadsheet.',
  });

const importReport = z
  .object({
    status: z.enum(['imported', 'rejected', 'partial']),
    fileName: z.string().nullable(),
    format: z.enum(['csv', 'xlsx']),
    encoding: z.string().nullable(),
    delimiter: z.string().nullable(),
    columns: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
    ignoredHeaders: z.array(z.string()),
    rowsRead: z.number().int(),
    rowsImported: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    rowsRejected: z.number().int(),
    isDryRun: z.boolean().describe('Nothing was written: the report previews an import'),
    problems: z.array(rowProblem),
    problemCount: z.number().int(),
    warnings: z.array(rowProblem),
    warningCount: z.number().int(),
  })
  .meta({ id: 'ImportReport' });

const importQuery = z.object({
  skipInvalid: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('Import the good rows and report the bad ones, instead of rejecting the whole file'),
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe(
      'Check the file as an import would, then write nothing: answers 200 with the report (how the columns were recognised, the row problems) even when the file would be rejected',
    ),
});

const exportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
const uploadDescription =
  'Send the file as multipart/form-data (field "file") or as the raw body (text/csv or XLSX; name it in X-File-Name). CSV may be UTF-8 or Windows-1251, separated by ";" or ",". A file with bad rows is rejected whole with error code import_rejected and the table of problems in details.';
const tags = ['imports and exports'];

function rejectWhole(report: ImportReport): never {
  throw new AppError(
    'import_rejected',
    `The file was not imported: ${report.problemCount} problem(s) found`,
    report,
  );
}

export function importExportRoutes({ database, matching }: RouteDependencies): FastifyPluginAsyncZod {
  return async (server) => {
    server.post(
      '/organisations/:id/products/import',
      {
        config: { ...rateLimits.files },
        schema: {
          tags,
          summary: 'Import a catalog file (CSV or XLSX) into an organisation',
          description: uploadDescription,
          params: idParameterSchema,
          querystring: importQuery,
          response: {
            200: importReport,
            404: errorResponseSchema,
            415: errorResponseSchema,
            422: errorResponseSchema,
          },
        },
      },
      async (request) => {
        const upload = await receiveUpload(request);
        try {
          const report = await importProducts({
            actor: request.actor,
            database,
            source: upload.path,
            fileName: upload.fileName ?? undefined,
            organisationId: request.params.id,
            skipInvalid: request.query.skipInvalid,
            isDryRun: request.query.dryRun,
            matching,
          });
          if (request.query.dryRun) return { ...report, isDryRun: true };
          return report.status === 'rejected' ? rejectWhole(report) : { ...report, isDryRun: false };
        } finally {
          await upload.discard();
        }
      },
    );

    server.post(
      '/organisations/:id/demand-lists/import',
      {
        config: { ...rateLimits.files },
        schema: {
          tags,
          summary: 'Import a hot list (CSV or XLSX): into the list given, or the list with this title',
          description: uploadDescription,
          params: idParameterSchema,
          querystring: importQuery.extend({
            listId: z.uuid().optional(),
            title: z.string().trim().min(1).max(500).optional(),
          }),
          response: {
            200: importReport.extend({ listId: z.uuid().nullable() }),
            404: errorResponseSchema,
            415: errorResponseSchema,
            422: errorResponseSchema,
          },
        },
      },
      async (request) => {
        const upload = await receiveUpload(request);
        try {
          const { list, ...report } = await importDemandList({
            actor: request.actor,
            database,
            source: upload.path,
            fileName: upload.fileName ?? undefined,
            organisationId: request.params.id,
            listId: request.query.listId,
            title: request.query.title,
            skipInvalid: request.query.skipInvalid,
            isDryRun: request.query.dryRun,
            matching,
          });
          if (request.query.dryRun) return { ...report, isDryRun: true, listId: null };
          return report.status === 'rejected'
            ? rejectWhole(report)
            : { ...report, isDryRun: false, listId: list?.id ?? null };
        } finally {
          await upload.discard();
        }
      },
    );

    server.get(
      '/organisations/:id/products/export',
      {
        config: { ...rateLimits.files },
        schema: {
          tags,
          summary: 'Download an organisation’s catalog as CSV or XLSX (re-imports unchanged)',
          params: idParameterSchema,
          querystring: exportQuery,
          response: { 404: errorResponseSchema },
        },
      },
      async (request, reply) =>
        sendTableDownload(reply, {
          format: request.query.format,
          fileName: 'products',
          write: (destination) =>
            exportProducts({
              actor: request.actor,
              database,
              organisationId: request.params.id,
              destination,
              format: request.query.format,
            }),
        }),
    );

    server.get(
      '/demand-lists/:id/export',
      {
        config: { ...rateLimits.files },
        schema: {
          tags,
          summary: 'Download a hot list as CSV or XLSX (re-imports unchanged)',
          params: idParameterSchema,
          querystring: exportQuery,
          response: { 404: errorResponseSchema },
        },
      },
      async (request, reply) =>
        sendTableDownload(reply, {
          format: request.query.format,
          fileName: 'hot-list',
          write: (destination) =>
            exportDemandList({
              actor: request.actor,
              database,
              listId: request.params.id,
              destination,
              format: request.query.format,
            }),
        }),
    );
  };
}
