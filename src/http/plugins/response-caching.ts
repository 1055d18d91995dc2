import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ContentState } from '../../db/repositories/site-state-repository.ts';
import { buildRepresentation, prepareReply } from '../representation.ts';
import type { ResponseCache } from '../response-cache.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Public, the same for every reader: cache the rendered response (see ResponseCache). */
    isCached?: boolean;
  }
  interface FastifyRequest {
    contentState?: ContentState;
  }
}

/** Route options for a cached public response. */
export const cachedRoute = { config: { isCached: true } };

/** Short freshness for browsers and proxies; they may show a stale copy while they revalidate. */
export const PAGE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

function isCacheable(request: FastifyRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    request.routeOptions.config.isCached === true
  );
}

/**
 * Serves cached routes from the response cache and fills it on a miss. Every cacheable
 * response goes out compressed as the client accepts, with a strong ETag and 304s.
 */
export function registerResponseCaching(app: FastifyInstance, cache: ResponseCache): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!isCacheable(request)) return;
    const state = await cache.currentState();
    request.contentState = state;
    const cached = cache.find(request.url, state);
    if (!cached) return;
    reply.header('x-cache', 'hit');
    return reply.send(prepareReply(request, reply, cached, PAGE_CACHE_CONTROL));
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const state = request.contentState;
    if (!state || reply.statusCode !== 200 || reply.hasHeader('etag')) return payload;
    if (typeof payload !== 'string') return payload;
    const contentType = String(reply.getHeader('content-type') ?? 'text/html; charset=utf-8');
    const representation = buildRepresentation(payload, contentType);
    cache.store(request.url, state, representation);
    reply.header('x-cache', 'miss');
    return prepareReply(request, reply, representation, PAGE_CACHE_CONTROL);
  });
}
