import { randomUUID } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { Database } from '@coopex/db';
import {
  JobRunner,
  loadCatalogMatching,
  recoverInterruptedJobs,
  type CatalogMatching,
} from '@coopex/use-cases';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { registerErrorResponses } from './http/error-responses';
import { classifiersRoutes } from './routes/classifiers.routes';
import { demandRoutes } from './routes/demand.routes';
import { healthRoutes } from './routes/health.routes';
import { rawUploadContentTypes } from './http/receive-upload';
import { importExportRoutes } from './routes/import-export.routes';
import { matchingRoutes } from './routes/matching.routes';
import { programsRoutes } from './routes/programs.routes';
import { organisationsRoutes } from './routes/organisations.routes';
import { productsRoutes } from './routes/products.routes';

export const apiPrefix = '/api/v1';

export interface ServerOptions {
  database: Database;
  /** A pino logger; tests pass none and get a silent server. */
  logger?: Logger | false;
  maxUploadBytes?: number;
  /** The in-memory matcher; built from the database when not given. */
  matching?: CatalogMatching;
}

/** Assembles the HTTP API: schemas, error shape, OpenAPI document and every route, without listening. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  // Without a logger Fastify stays silent, which is what tests want.
  const server = Fastify({
    // pino's Logger is a FastifyBaseLogger; naming the base type keeps the route types at their defaults.
    loggerInstance: (options.logger || undefined) as FastifyBaseLogger | undefined,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  server.setValidatorCompiler(validatorCompiler);
  server.setSerializerCompiler(serializerCompiler);
  server.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorResponses(server);

  await server.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Coopex API',
        description:
          'Industrial cooperation and import substitution exchange: organisations, supplier catalogs, hot lists of goods that can no longer be imported, classifiers (TN VED, OKPD2, HS) and file imports.',
        version: '0.1.0',
      },
      tags: [
        { name: 'organisations' },
        { name: 'products' },
        { name: 'hot lists' },
        { name: 'classifiers' },
        { name: 'imports and exports' },
        { name: 'matching' },
        { name: 'programs' },
        { name: 'service' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await server.register(fastifySwaggerUi, { routePrefix: `${apiPrefix}/docs` });

  const maxUploadBytes = options.maxUploadBytes ?? 200 * 1024 * 1024;
  await recoverInterruptedJobs({ database: options.database });
  const jobs = new JobRunner();
  // Background work finishes before the database it writes to is closed.
  server.addHook('onClose', async () => jobs.idle());
  const dependencies = {
    database: options.database,
    jobs,
    matching: options.matching ?? (await loadCatalogMatching({ database: options.database })),
    maxUploadBytes,
  };
  await server.register(
    async (api) => {
      // Uploads: multipart field "file", or the file as the raw body.
      await api.register(fastifyMultipart, { limits: { fileSize: maxUploadBytes, files: 1 } });
      for (const contentType of rawUploadContentTypes) {
        api.addContentTypeParser(contentType, { bodyLimit: maxUploadBytes }, (_request, payload, done) =>
          done(null, payload),
        );
      }
      api.get('/openapi.json', { schema: { hide: true } }, async () => server.swagger());
      await api.register(healthRoutes(dependencies));
      await api.register(organisationsRoutes(dependencies));
      await api.register(productsRoutes(dependencies));
      await api.register(demandRoutes(dependencies));
      await api.register(classifiersRoutes(dependencies));
      await api.register(importExportRoutes(dependencies));
      await api.register(matchingRoutes(dependencies));
      await api.register(programsRoutes(dependencies));
    },
    { prefix: apiPrefix },
  );
  server.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect(`${apiPrefix}/docs`));
  return server;
}
