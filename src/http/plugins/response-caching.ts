import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ContentState } from '../../db/repositories/site-state-repository.ts';
import {
  buildRepresentation,
  prepareReply,
  type ReplyPolicy,
  type Representation,
} from '../responses/representation.ts';
import type { ResponseCache } from '../responses/response-cache.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Public, the same for every reader: cache the rendered response (see ResponseCache). */
    isCached?: boolean;
    /** The query parameters the route reads; others never make a new cache entry. */
    cacheQueryKeys?: string[];
    /** The response differs with `Save-Data: on` (smaller images), so the cache keys on it. */
    variesOnSaveData?: boolean;
  }
  interface FastifyRequest {
    contentState?: ContentState;
  }
}

/** Route options for a cached public document that is the same for every reader (feeds). */
export const cachedRoute = { config: { isCached: true } };

/** Route options for a cached HTML page: one entry for readers who save data, one for others. */
export const cachedPageRoute = { config: { isCached: true, variesOnSaveData: true } };

/** Route options for a cached HTML listing paginated with `?page=N`. */
export const cachedListingRoute = {
  config: { isCached: true, variesOnSaveData: true, cacheQueryKeys: ['page'] },
};

/** Short freshness for browsers and proxies; they may show a stale copy while they revalidate. */
export const PAGE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

const SAVE_DATA_VARIANT = 'save-data';

/** `Save-Data: on`, the one value the header defines (parameters after `;` are ignored). */
function hasSaveDataHeader(request: FastifyRequest): boolean {
  const header = request.headers['save-data'];
  if (typeof header !== 'string') return false;
  return header.split(';', 1)[0]?.trim().toLowerCase() === 'on';
}

/**
 * Whether to send this request the lighter page (`Save-Data: on`). A cached route must key on
 * it (see `cachedPageRoute`); on one that does not, this is always false, so a data saver's
 * page can never be stored under the key every other reader is served from.
 */
export function isSaveDataRequest(request: FastifyRequest): boolean {
  const { isCached, variesOnSaveData } = request.routeOptions.config;
  if (isCached && !variesOnSaveData) return false;
  return hasSaveDataHeader(request);
}

/**
 * The path plus only the query parameters the route reads, so `/?utm_source=x` shares the
 * entry of `/` and random parameters cannot fill the cache or force renders; and whether the
 * reader saves data, as a flag, so the raw header cannot make new entries either.
 */
function cacheKey(request: FastifyRequest): string {
  // The address as asked, language prefix included: `/ne/` and `/` are different pages.
  const [path = '/', query] = request.originalUrl.split('?', 2);
  // A path always starts with "/", so the prefix cannot collide with a plain key.
  const prefix = isSaveDataRequest(request) ? `${SAVE_DATA_VARIANT} ` : '';
  const keys = request.routeOptions.config.cacheQueryKeys ?? [];
  if (!query || keys.length === 0) return `${prefix}${path}`;
  const params = new URLSearchParams(query);
  const kept = new URLSearchParams();
  for (const key of keys) {
    const value = params.get(key);
    if (value !== null) kept.set(key, value);
  }
  const normalized = kept.toString();
  return `${prefix}${normalized ? `${path}?${normalized}` : path}`;
}

const stateReads = new WeakMap<FastifyRequest, Promise<ContentState>>();

/**
 * The content state this request is served against, read once however many hooks ask (the
 * language prefix's default language and the cache both check it).
 */
export function requestContentState(
  request: FastifyRequest,
  cache: ResponseCache,
): Promise<ContentState> {
  let read = stateReads.get(request);
  if (!read) {
    read = cache.currentState();
    stateReads.set(request, read);
  }
  return read;
}

/** Cache headers and ETag marking for this request's variant of a cached response. */
function replyPolicy(request: FastifyRequest): ReplyPolicy {
  if (!request.routeOptions.config.variesOnSaveData) return { cacheControl: PAGE_CACHE_CONTROL };
  return {
    cacheControl: PAGE_CACHE_CONTROL,
    varyOn: ['Save-Data'],
    variant: isSaveDataRequest(request) ? SAVE_DATA_VARIANT : undefined,
  };
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
  /** Requests rendering a cacheable page that other requests for it may be waiting on. */
  const renderSettlers = new WeakMap<FastifyRequest, (representation?: Representation) => void>();
  const settleRender = (request: FastifyRequest, representation?: Representation) => {
    renderSettlers.get(request)?.(representation);
    renderSettlers.delete(request);
  };

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!isCacheable(request)) return;
    const state = await requestContentState(request, cache);
    request.contentState = state;
    const key = cacheKey(request);
    const cached = cache.find(key, state);
    if (cached) {
      request.server.metrics?.responseCacheHits.inc();
      reply.header('x-cache', 'hit');
      return reply.send(prepareReply(request, reply, cached, replyPolicy(request)));
    }
    const shared = await cache.pendingRender(key, state);
    if (shared) {
      request.server.metrics?.responseCacheHits.inc();
      reply.header('x-cache', 'shared');
      return reply.send(prepareReply(request, reply, shared, replyPolicy(request)));
    }
    // No render under way, or it ended without a page (an error): this request renders.
    request.server.metrics?.responseCacheMisses.inc();
    renderSettlers.set(request, cache.beginRender(key, state));
  });

  // `onSend` below settles every render, even one whose reader has hung up (Fastify still
  // sends, but never runs `onResponse` for it: response-caching-abort.test.ts); this catches
  // any response that reached the reader without it.
  app.addHook('onResponse', async (request) => settleRender(request));

  app.addHook('onSend', async (request, reply, payload) => {
    const state = request.contentState;
    const isStorable =
      state && reply.statusCode === 200 && !reply.hasHeader('etag') && typeof payload === 'string';
    if (!isStorable) {
      settleRender(request);
      return payload;
    }
    const contentType = String(reply.getHeader('content-type') ?? 'text/html; charset=utf-8');
    const representation = buildRepresentation(payload, contentType);
    cache.store(cacheKey(request), state, representation);
    settleRender(request, representation);
    reply.header('x-cache', 'miss');
    return prepareReply(request, reply, representation, replyPolicy(request));
  });
}
