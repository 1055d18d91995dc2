import { normalizeSearchQuery } from '../domain/search/search-query.ts';
import type { SearchRequest } from '../domain/search/search-service.ts';

/** A query string value as one string: a repeated parameter counts by its first value. */
export function firstValue(value: unknown): string | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

/** What `/search` and `/api/v1/search` read from the query string; each reads the page its way. */
export function searchRequestOf(query: Record<string, unknown>, page: number): SearchRequest {
  return {
    query: firstValue(query.q),
    country: firstValue(query.country),
    theme: firstValue(query.theme),
    type: firstValue(query.type),
    year: firstValue(query.year),
    page,
  };
}

/**
 * The address of a search's answer in the search cache: the route's path and what the search
 * reads, normalised as the search reads it, so `q=workers  pension&utm_source=x` shares the
 * entry of `q=workers pension`, and nothing else in the query string can make new entries.
 */
export function searchCacheKey(path: string, request: SearchRequest): string {
  return JSON.stringify([
    path,
    normalizeSearchQuery(request.query),
    request.country || null,
    request.theme || null,
    request.type || null,
    request.year || null,
    request.page,
  ]);
}
