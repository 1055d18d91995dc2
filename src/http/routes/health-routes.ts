import type { FastifyInstance } from 'fastify';
import { pingDatabase } from '../../db/connection.ts';
import { AppError } from '../../lib/errors.ts';
import type { AppContext } from '../app-context.ts';

export function registerHealthRoutes(app: FastifyInstance, context: AppContext): void {
  app.get('/healthz', async (request, reply) => {
    try {
      await pingDatabase(context.db);
    } catch (cause) {
      request.log.error({ err: cause }, 'health check: database does not answer');
      throw new AppError('database_unavailable', 503, 'The database does not answer.');
    }
    return reply.header('cache-control', 'no-store').send({ status: 'ok' });
  });
}
