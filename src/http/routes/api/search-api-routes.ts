import { escapeUTF8 } from 'entities';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type SearchOutcome, searchSite } from '../../../domain/search/search-service.ts';
import type { TextSegment } from '../../../domain/search/search-snippet.ts';
import type { AppContext } from '../../app-context.ts';
import { buildRepresentation } from '../../responses/representation.ts';
import {
  firstValue,
  searchCacheKey,
  searchLanguageParameter,
  searchRequestOf,
} from '../../search/search-request.ts';
import { pageQuerySchema, parseApiInput } from './api-input.ts';
import { pageNumberJson } from './api-output.ts';
import { publicItemSummaryJsonSchema, publicPostSummaryJson } from './public-content-json.ts';
import { type PublicLanguageLinks, publicLanguageLinks } from './translation-json.ts';

const pageSchema = z.object({ page: pageQuerySchema });

function plainText(segments: TextSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}

/** Escaped text with the matched words in `<mark>`, ready to place in a page. */
function markedHtml(segments: TextSegment[]): string {
  return segments
    .map((segment) =>
      segment.isMatch ? `<mark>${escapeUTF8(segment.text)}</mark>` : escapeUTF8(segment.text),
    )
    .join('');
}

/** A search's outcome as the API gives it (and the OpenAPI document describes it). */
export const searchResultsJsonSchema = z.strictObject({
  query: z
    .string()
    .meta({ description: 'The words as searched (trimmed, at most 500 characters)' }),
  filters: z.strictObject({
    country: z.string().nullable(),
    theme: z.string().nullable(),
    type: z.string().nullable(),
    year: z.number().int().nullable(),
  }),
  total: z
    .number()
    .int()
    .min(0)
    .meta({ description: 'Matches counted, at most 2,000 (the newest)' }),
  total_is_capped: z.boolean().meta({
    description: 'More items match than the 2,000 a search reaches; narrow it to see them',
  }),
  page: pageNumberJson,
  page_count: pageNumberJson,
  per_page: pageNumberJson,
  results: z
    .array(
      publicItemSummaryJsonSchema
        .extend({
          title_html: z
            .string()
            .meta({ description: 'The title, escaped, the matched words in `<mark>`' }),
          snippet: z
            .string()
            .meta({ description: 'About 220 characters of the text around the first match' }),
          snippet_html: z
            .string()
            .meta({ description: 'The snippet, escaped, the matched words in `<mark>`' }),
        })
        .loose()
        .meta({ description: "The type's own fields follow, as in its public list" }),
    )
    .meta({ description: 'Best first' }),
});

/** A search's outcome as the API gives it. */
function searchJson(
  siteUrl: string,
  outcome: SearchOutcome,
  links: PublicLanguageLinks,
): z.output<typeof searchResultsJsonSchema> {
  const { filters, pagination } = outcome;
  return {
    query: outcome.query,
    filters: {
      country: filters.country?.slug ?? null,
      theme: filters.theme?.slug ?? null,
      type: filters.type ?? null,
      year: filters.year ?? null,
    },
    total: pagination.total,
    total_is_capped: outcome.isTotalCapped,
    page: pagination.page,
    page_count: pagination.pageCount,
    per_page: pagination.perPage,
    results: outcome.results.map((result) => ({
      ...publicPostSummaryJson(siteUrl, result.item, links),
      title_html: markedHtml(result.title),
      snippet: plainText(result.snippet),
      snippet_html: markedHtml(result.snippet),
    })),
  };
}

/**
 * `GET /api/v1/search`: the site search as JSON, with the same ranking, snippets and count as
 * `/search`, answered through the same search cache and limits (see SearchResponses).
 */
export function registerSearchApiRoutes(scope: FastifyInstance, context: AppContext): void {
  const { siteUrl } = context.config;
  scope.get<{ Querystring: Record<string, unknown> }>('/api/v1/search', async (request, reply) => {
    const { page } = parseApiInput(pageSchema, { page: firstValue(request.query.page) });
    const search = searchRequestOf(request.query, page, searchLanguageParameter(request.query));
    return context.searches.send(request, reply, {
      key: searchCacheKey('/api/v1/search', search),
      produce: async () => {
        const outcome = await searchSite(context.searches.db, search);
        const items = outcome.results.map((result) => result.item);
        const links = await publicLanguageLinks(context.searches.db, siteUrl, items);
        const json = JSON.stringify(searchJson(siteUrl, outcome, links));
        return buildRepresentation(json, 'application/json; charset=utf-8', { isQuick: true });
      },
    });
  });
}
