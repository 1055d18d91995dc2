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
