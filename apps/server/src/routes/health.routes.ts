import { checkHealth } from '@coopex/use-cases';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteDependencies } from './route-dependencies';

export function healthRoutes({ database }: RouteDependencies): FastifyPluginAsyncZod {
  return async (server) => {
    server.get(
      '/health',
      {
        config: { isPublic: true },
        schema: {
          tags: ['service'],
          summary: 'Is the service up and its database reachable',
          response: {
            200: z.object({
              status: z.literal('ok'),
              database: z.enum(['pglite', 'postgres']),
              version: z.string(),
            }),
          },
        },
      },
      async () => checkHealth({ database }),
    );
  };
}
