import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ContentState } from '../../db/repositories/site-state-repository.ts';
import { buildRepresentation, prepareReply } from '../representation.ts';
import type { ResponseCache } from '../response-cache.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Public, the same for every reader: cache the rendered response (see ResponseCache). */
    isCached?: boolean;
    /** The query parameters the route reads; others never make a new cache entry. */
    cacheQueryKeys?: string[];
  }
  interface FastifyRequest {
    contentState?: ContentState;
  }
}

/** Route options for a cached public response. */
export const cachedRoute = { config: { isCached: true } };

/** Route options for a cached listing paginated with `?page=N`. */
export const cachedPagedRoute = { config: { isCached: true, cacheQueryKeys: ['page'] } };

/** Short freshness for browsers and proxies; they may show a stale copy while they revalidate. */
export const PAGE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

/**
 * The path plus only the query parameters the route reads, so `/?utm_source=x` shares the
 * entry of `/` and random parameters cannot fill the cache or force renders.
 */
function cacheKey(request: FastifyRequest): string {
  const [path = '/', query] = request.url.split('?', 2);
  const keys = request.routeOptions.config.cacheQueryKeys ?? [];
  if (!query || keys.length === 0) return path;
  const params = new URLSearchParams(query);
  const kept = new URLSearchParams();
  for (const key of keys) {
    const value = params.get(key);
    if (value !== null) kept.set(key, value);
  }
  const normalized = kept.toString();
  return normalized ? `${path}?${normalized}` : path;
}

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
    const cached = cache.find(cacheKey(request), state);
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
    cache.store(cacheKey(request), state, representation);
    reply.header('x-cache', 'miss');
    return prepareReply(request, reply, representation, PAGE_CACHE_CONTROL);
  });
}
