import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../../../lib/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { prepareReply } from '../../responses/representation.ts';

export function registerAssetRoutes(app: FastifyInstance, context: AppContext): void {
  app.get<{ Params: { file: string } }>('/assets/:file', async (request, reply) => {
    const asset = context.assets.find(request.params.file);
    if (!asset) throw new NotFoundError();
    // Names carry a hash of the content, so a name never changes meaning.
    return reply.send(
      prepareReply(request, reply, asset, {
        cacheControl: 'public, max-age=31536000, immutable',
      }),
    );
  });
}
