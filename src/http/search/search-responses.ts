import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DatabaseHandle, Db } from '../../db/connection.ts';
import { withEventLoopTurns } from '../../db/event-loop-turns.ts';
import type { ContentState } from '../../db/repositories/site-state-repository.ts';
import type { ServiceUnavailableError, TooManyRequestsError } from '../../lib/errors.ts';
import {
  buildRepresentation,
  chooseEncoding,
  prepareReply,
  type Representation,
} from '../responses/representation.ts';
import { ResponseCache } from '../responses/response-cache.ts';
import { SearchAdmission, type SearchAdmissionLimits } from './search-admission.ts';

/** Searches get a cache of their own, so a crawl of queries cannot push out the pages. */
const SEARCH_CACHE_BYTES = 16 * 1024 * 1024;

const SEARCH_CACHE_CONTROL = 'public, max-age=60';

export type SearchRefusal = TooManyRequestsError | ServiceUnavailableError;

export interface SearchAnswer {
  /** Where the answer is kept: the route and the normalised search (see searchCacheKey). */
  key: string;
  /** Runs the search and renders its answer; errors it throws are not cached. */
  produce: () => Promise<Representation>;
  /**
   * The HTML page telling a reader their search was refused. It is kept until the next
   * content change, so that refusing a flood costs what serving a cached page does. Without
   * it (the API), a refusal goes to the error handler as JSON.
   */
  renderRefusal?: (refusal: SearchRefusal) => Promise<string>;
}

/**
 * SQLite runs every query on the event loop's thread: one search at a time, or two would each
 * wait for the other. PostgreSQL's run on the server: a few at once, leaving most of the
 * pool of 10 to the pages.
 */
export function defaultSearchLimits(dialect: DatabaseHandle['dialect']): SearchAdmissionLimits {
  return { concurrency: dialect === 'sqlite' ? 1 : 4, perClient: 4, maxWaiting: 64 };
}

/**
 * Answers `/search` and `/api/v1/search`. An identical search (same route, same normalised
 * query, filters and page) is answered from a cache that holds until the next content change,
 * checked against the database's content version like the page cache (see ResponseCache), so
 * every instance stops serving an answer as soon as any of them publishes a change. Identical
 * searches that arrive while one is being answered wait for it instead of running again. Only
 * the searches that must run go through the admission (see SearchAdmission), so one client's
 * flood of new queries cannot take the event loop from the pages everyone reads.
 */
export class SearchResponses {
  /** What searches run on: on SQLite, it lets other requests in between its queries. */
  readonly db: Db;
  private readonly cache: ResponseCache;
  private readonly admission: SearchAdmission;
  private readonly inFlight = new Map<string, Promise<Representation>>();

  constructor(database: DatabaseHandle, limits = defaultSearchLimits(database.dialect)) {
    this.db = withEventLoopTurns(database);
    this.cache = new ResponseCache(database, SEARCH_CACHE_BYTES);
    this.admission = new SearchAdmission(limits);
  }

  /** Sends the answer to a search: from the cache, shared with an identical one, or made. */
  async send(
    request: FastifyRequest,
    reply: FastifyReply,
    answer: SearchAnswer,
  ): Promise<FastifyReply> {
    const state = await this.cache.currentState();
    const cached = this.cache.find(answer.key, state);
    if (cached) return this.sendAnswer(request, reply, cached, 'hit');
    // Keyed by version too: a search begun before a change must not answer one asked after it.
    const flightKey = `${state.version} ${answer.key}`;
    const shared = this.inFlight.get(flightKey);
    if (shared) return this.sendAnswer(request, reply, await shared, 'miss');
    const refusal = this.admission.refusalFor(request.ip);
    if (refusal) {
      if (!answer.renderRefusal) throw refusal;
      return this.sendRefusal(request, reply, { refusal, state, render: answer.renderRefusal });
    }
    const running = this.admission
      .run(request.ip, answer.produce)
      .then((representation) => {
        this.cache.store(answer.key, state, representation);
        return representation;
      })
      .finally(() => this.inFlight.delete(flightKey));
    this.inFlight.set(flightKey, running);
    return this.sendAnswer(request, reply, await running, 'miss');
  }

  private sendAnswer(
    request: FastifyRequest,
    reply: FastifyReply,
    representation: Representation,
    cacheStatus: 'hit' | 'miss',
  ): FastifyReply {
    reply.header('x-cache', cacheStatus);
    const body = prepareReply(request, reply, representation, {
      cacheControl: SEARCH_CACHE_CONTROL,
    });
    return reply.send(body);
  }

  private async sendRefusal(
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      refusal: SearchRefusal;
      state: ContentState;
      render: NonNullable<SearchAnswer['renderRefusal']>;
    },
  ): Promise<FastifyReply> {
    const { refusal, state } = options;
    // A key no search can have (those are JSON arrays), one per language of the page: the
    // refusal is written in it.
    const key = `refusal ${refusal.code} ${request.languagePrefix ?? ''}`;
    let page = this.cache.find(key, state);
    if (!page) {
      page = buildRepresentation(await options.render(refusal), 'text/html; charset=utf-8');
      this.cache.store(key, state, page);
    }
    reply
      .code(refusal.statusCode)
      .header('retry-after', String(refusal.retryAfterSeconds))
      .header('cache-control', 'no-store')
      .header('content-type', page.contentType)
      .header('vary', 'Accept-Encoding');
    const encoding = chooseEncoding(request);
    if (encoding === 'identity') return reply.send(page.identity);
    reply.header('content-encoding', encoding);
    return reply.send(encoding === 'br' ? page.brotli : page.gzip);
  }
}
