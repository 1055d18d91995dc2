import { z } from 'zod';
import { normalizeSearchQuery } from '../../domain/search/search-query.ts';
import type { SearchRequest } from '../../domain/search/search-service.ts';
import { parseInput } from '../../domain/validation.ts';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../../lib/i18n/languages.ts';

/** A query string value as one string: a repeated parameter counts by its first value. */
export function firstValue(value: unknown): string | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

/** A text parameter: its first value, or absent; the search judges what the text says. */
const firstText = z.preprocess(firstValue, z.string().optional());

/** The search's own parameters; anything else in the query string is ignored. */
const searchParametersSchema = z.object({
  q: firstText,
  country: firstText,
  theme: firstText,
  type: firstText,
  year: firstText,
});

/**
 * What `/search` and `/api/v1/search` read from the query string; each reads the page its way,
 * and the reader's language its way: `/search` from the page's address, the API from
 * `?language=` (see searchLanguageParameter). Items in that language come first.
 */
export function searchRequestOf(
  query: Record<string, unknown>,
  page: number,
  language?: InterfaceLanguage,
): SearchRequest {
  const { q, country, theme, type, year } = parseInput(searchParametersSchema, query);
  return { query: q, country, theme, type, year, page, language };
}

const languageParameterSchema = z.object({
  language: z.preprocess(
    (value) => firstValue(value) || undefined,
    z.enum(INTERFACE_LANGUAGES, { error: 'problem.searchLanguage' }).optional(),
  ),
});

/** The API's `?language=`: one of the interface's languages, or absent (no preference). */
export function searchLanguageParameter(
  query: Record<string, unknown>,
): InterfaceLanguage | undefined {
  return parseInput(languageParameterSchema, { language: query.language }).language;
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
    request.language ?? null,
  ]);
}
