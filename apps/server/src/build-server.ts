import { randomUUID } from 'node:crypto';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { Database } from '@coopex/db';
import { AppError } from '@coopex/domain';
import {
  createLogMailer,
  JobRunner,
  type Mailer,
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
import { registerAuthentication } from './http/authentication';
import { rateLimitKey } from './http/rate-limits';
import { registerErrorResponses } from './http/error-responses';
import { serveWebApp } from './http/serve-web-app';
import { accountsRoutes } from './routes/accounts.routes';
import { sharingRoutes } from './routes/sharing.routes';
import { classifiersRoutes } from './routes/classifiers.routes';
import { dashboardRoutes } from './routes/dashboard.routes';
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
  /** Where invitation and reset mails go; the log by default. */
  mailer?: Mailer;
  security?: {
    publicUrl?: string;
    /** Secure cookies are sent over HTTPS only (browsers also accept them from http://localhost). */
    isCookieSecure?: boolean;
    /** Origins allowed to call the API cross-site; none by default. */
    corsOrigins?: string[];
  };
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
  await server.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The component library sets element styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
  });
  const security = options.security ?? {};
  if (security.corsOrigins && security.corsOrigins.length > 0) {
    await server.register(fastifyCors, { origin: security.corsOrigins, credentials: true });
  }
  await server.register(fastifyRateLimit, {
    global: false,
    keyGenerator: rateLimitKey,
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', 'Too many requests: wait and try again', {
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
        limit: context.max,
      }),
  });

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
        { name: 'accounts' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await server.register(fastifySwaggerUi, { routePrefix: `${apiPrefix}/docs`, staticCSP: true });

  const maxUploadBytes = options.maxUploadBytes ?? 200 * 1024 * 1024;
  await recoverInterruptedJobs({ database: options.database });
  const jobs = new JobRunner();
  // Background work finishes before the database it writes to is closed.
  server.addHook('onClose', async () => jobs.idle());
  const matching = options.matching ?? (await loadMatchingWithLog(options.database, server.log));
  refreshStoredMatchesInBackground(server, matching);
  if (!options.matching) await matching.requestCatchUp();
  primeTextCutoffsInBackground(server, matching);
  const dependencies = {
    database: options.database,
    jobs,
    matching,
    maxUploadBytes,
    mailer:
      options.mailer ??
      createLogMailer((message, fields) =>
        server.log.info({ mail: fields }, `${message} to ${String(fields.to)}`),
      ),
    security: {
      publicUrl: security.publicUrl ?? 'http://localhost:3000',
      isCookieSecure: security.isCookieSecure ?? true,
    },
  };
  await server.register(
    async (api) => {
      await registerAuthentication(api, {
        database: options.database,
        isCookieSecure: dependencies.security.isCookieSecure,
      });
      // Uploads: multipart field "file", or the file as the raw body.
      await api.register(fastifyMultipart, { limits: { fileSize: maxUploadBytes, files: 1 } });
      for (const contentType of rawUploadContentTypes) {
        api.addContentTypeParser(contentType, { bodyLimit: maxUploadBytes }, (_request, payload, done) =>
          done(null, payload),
        );
      }
      api.get('/openapi.json', { schema: { hide: true }, config: { isPublic: true } }, async () =>
        server.swagger(),
      );
      await api.register(accountsRoutes(dependencies));
      await api.register(sharingRoutes(dependencies));
      await api.register(healthRoutes(dependencies));
      await api.register(organisationsRoutes(dependencies));
      await api.register(productsRoutes(dependencies));
      await api.register(demandRoutes(dependencies));
      await api.register(classifiersRoutes(dependencies));
      await api.register(importExportRoutes(dependencies));
      await api.register(matchingRoutes(dependencies));
      await api.register(programsRoutes(dependencies));
      await api.register(dashboardRoutes(dependencies));
    },
    { prefix: apiPrefix },
  );
  // The web app answers every path outside /api (the API docs stay at /api/v1/docs).
  await serveWebApp(server);
  return server;
}

/**
 * Stored matches follow catalog changes in the background (see MatchRefreshQueue): each finished refresh is
 * logged, and closing the server stops the one running after its current line.
 */
function refreshStoredMatchesInBackground(server: FastifyInstance, matching: CatalogMatching): void {
  const stopListening = matching.refreshes.onFinished((outcome, cause) => {
    const seconds = Math.round((Date.parse(outcome.finishedAt) - Date.parse(outcome.startedAt)) / 100) / 10;
    const fields = {
      kind: outcome.kind,
      lineCount: outcome.lineCount,
      seconds,
      isStopped: outcome.isStopped,
    };
    if (outcome.error)
      server.log.error({ ...fields, err: cause }, 'matching: refreshing stored matches failed');
    else server.log.info(fields, 'matching: stored matches refreshed');
  });
  server.addHook('onClose', async () => {
    stopListening();
    await matching.refreshes.stop();
  });
}

/**
 * Open lines matched before this start have no text cutoff; until they get one, a catalog sync matches them all
 * again. Priming runs between requests and stops when the server closes.
 */
function primeTextCutoffsInBackground(server: FastifyInstance, matching: CatalogMatching): void {
  let isClosing = false;
  server.addHook('onClose', async () => {
    isClosing = true;
  });
  const startedAt = performance.now();
  matching
    .primeTextCutoffs({ isStopped: () => isClosing })
    .then((lineCount) => {
      const seconds = Math.round((performance.now() - startedAt) / 100) / 10;
      server.log.info({ lineCount, seconds }, 'matching: text cutoffs of open lines primed');
    })
    .catch((error: unknown) => server.log.error({ err: error }, 'matching: priming text cutoffs failed'));
}

/** Builds the in-memory matcher from the database, saying how long it took: at a million products, a while. */
async function loadMatchingWithLog(database: Database, log: FastifyBaseLogger): Promise<CatalogMatching> {
  const startedAt = performance.now();
  const matching = await loadCatalogMatching({ database });
  log.info(
    { productCount: matching.productCount, seconds: Math.round((performance.now() - startedAt) / 100) / 10 },
    'matching: catalog in memory',
  );
  return matching;
}
