import type { Configuration } from '@coopex/config';
import type { Database } from '@coopex/db';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { buildServer } from './build-server';

/** Builds the server with structured logs and listens; returns the URL it answers on. */
export async function startServer(options: {
  database: Database;
  configuration: Configuration;
}): Promise<{ server: FastifyInstance; url: string }> {
  const logger = pino({ level: options.configuration.logLevel, base: { service: 'coopex' } });
  const server = await buildServer({
    database: options.database,
    logger,
    maxUploadBytes: options.configuration.maxUploadBytes,
    security: options.configuration.security,
  });
  const { host, port } = options.configuration.server;
  await server.listen({ host, port });
  const address = server.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return { server, url: `http://${shownHost}:${actualPort}` };
}
