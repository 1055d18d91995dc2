import type { Db } from '../../db/connection.ts';
import { selectPublicItemsByIds } from '../../db/repositories/content-repository.ts';
import { selectLabel } from '../../db/repositories/label-repository.ts';
import {
  facetOf,
  type PublishedRange,
  type SearchMatch,
} from '../../db/repositories/search-index.ts';
import {
  selectSearchDateRange,
  selectSearchMatches,
} from '../../db/repositories/search-repository.ts';
import type { ContentType, LabelKind, LabelsTable } from '../../db/schema.ts';
import { BadRequestError, NotFoundError } from '../../lib/errors.ts';
import type { InterfaceLanguage } from '../../lib/i18n/languages.ts';
import { type Problem, problem } from '../../lib/problems.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { isContentType } from '../content-types/content-type-registry.ts';
import { toSummaries } from '../content/content-mapping.ts';
import type { ContentSummary, Pagination } from '../content/content-item.ts';
import { primaryLanguageOf } from './search-document.ts';
import { normalizeSearchQuery, parseSearchQuery, type SearchTerm } from './search-query.ts';
import { highlightText, plainTextOfBody, snippetOf, type TextSegment } from './search-snippet.ts';
import { wordFormLanguageOf } from './word-forms/word-form-languages.ts';

export const SEARCH_RESULTS_PER_PAGE = 10;

/** What a reader asked for, as the query string gave it (every part optional but the page). */
export interface SearchRequest {
  query?: string;
  country?: string;
  theme?: string;
  type?: string;
  year?: string;
  page: number;
  /** The reader's language (the page's): items in it come first. None: no preference. */
  language?: InterfaceLanguage;
}

/** The filters of a search, checked: labels found, type known, year a year. */
export interface SearchFilters {
  country?: LabelsTable;
  theme?: LabelsTable;
  type?: ContentType;
  year?: number;
}

export interface SearchResult {
  item: ContentSummary;
  title: TextSegment[];
  snippet: TextSegment[];
}

export interface SearchOutcome {
  /** The query as read (trimmed, cut to the length searched). */
  query: string;
  filters: SearchFilters;
  /** False when there was nothing to search for: no words and no filter. */
  hasCriteria: boolean;
  results: SearchResult[];
  /** The total is SEARCH_MATCH_LIMIT; more items match, beyond what a search reaches. */
  isTotalCapped: boolean;
  pagination: Pagination;
  /** The years anything public was published in, newest first, for the year filter. */
  years: number[];
}

/** A filter that cannot be searched: the search's problem, and the field's. */
function invalidFilter(field: string, message: Problem, fieldProblem: Problem): BadRequestError {
  return new BadRequestError(message, { [field]: fieldProblem });
}

async function labelFilter(
  db: Db,
  kind: LabelKind,
  slug: string | undefined,
): Promise<LabelsTable | undefined> {
  if (!slug) return undefined;
  const label = /^[a-z0-9-]{1,200}$/.test(slug) ? await selectLabel(db, kind, slug) : undefined;
  if (!label) {
    const params = { slug: slug.slice(0, 100) };
    throw kind === 'country'
      ? invalidFilter(
          kind,
          problem('problem.searchUnknownCountry', params),
          problem('problem.notOneOfCountries', params),
        )
      : invalidFilter(
          kind,
          problem('problem.searchUnknownTheme', params),
          problem('problem.notOneOfThemes', params),
        );
  }
  return label;
}

/** Checks the filters; an unknown one is a bad request, never an empty page that hides it. */
async function readFilters(db: Db, request: SearchRequest): Promise<SearchFilters> {
  const filters: SearchFilters = {
    country: await labelFilter(db, 'country', request.country),
    theme: await labelFilter(db, 'theme', request.theme),
  };
  if (request.type) {
    if (!isContentType(request.type)) {
      throw invalidFilter(
        'type',
        problem('problem.searchUnknownType'),
        problem('problem.notAContentType'),
      );
    }
    filters.type = request.type;
  }
  if (request.year) {
    if (!/^\d{4}$/.test(request.year)) {
      throw invalidFilter('year', problem('problem.searchBadYear'), problem('problem.yearSuchAs'));
    }
    filters.year = Number(request.year);
  }
  return filters;
}

function facetsOf(filters: SearchFilters): string[] {
  const facets: string[] = [];
  if (filters.country) facets.push(facetOf.label(filters.country.id));
  if (filters.theme) facets.push(facetOf.label(filters.theme.id));
  if (filters.type) facets.push(facetOf.type(filters.type));
  if (filters.year) facets.push(facetOf.year(filters.year));
  return facets;
}

/** The years holding public items, newest first (the year filter's choices). */
function yearsOf(range: PublishedRange | null): number[] {
  if (!range) return [];
  const years: number[] = [];
  for (let year = Number(range.last.slice(0, 4)); year >= Number(range.first.slice(0, 4)); year--) {
    years.push(year);
  }
  return years;
}

/** Summaries of the matched items in rank order, each with its title and snippet marked. */
async function resultsOf(
  db: Db,
  options: { ids: string[]; now: string; terms: SearchTerm[] },
): Promise<SearchResult[]> {
  const rows = await selectPublicItemsByIds(db, { ids: options.ids, now: options.now });
  const summaries = await toSummaries(db, rows);
  return summaries.map((item, index) => {
    const row = rows[index];
    const text = row ? plainTextOfBody(row.body_html) || row.excerpt : item.excerpt;
    // Marked as the index folded them: by the rules of the item's own language.
    const language = wordFormLanguageOf(row?.locale ?? '');
    return {
      item,
      title: highlightText(item.title, options.terms, language),
      snippet: snippetOf(text, options.terms, language),
    };
  });
}

/**
 * Searches every public item: the words of the query (all of them, in any of their forms;
 * phrases in quotes), within the filters, best matches first: items in the reader's language
 * (`request.language`) above the others, and within each, title matches above body matches.
 * Any query text is safe; filters that name nothing on the site are a bad request.
 */
export async function searchSite(db: Db, request: SearchRequest): Promise<SearchOutcome> {
  const now = currentTimestamp();
  const query = normalizeSearchQuery(request.query);
  const [filters, published] = await Promise.all([
    readFilters(db, request),
    selectSearchDateRange(db, now),
  ]);
  const terms = parseSearchQuery(query);
  const match: SearchMatch = { mode: 'all', terms, facets: facetsOf(filters), now, published };
  const hasCriteria = terms.length > 0 || match.facets.length > 0;
  const perPage = SEARCH_RESULTS_PER_PAGE;
  const found = hasCriteria
    ? await selectSearchMatches(db, match, {
        limit: perPage,
        offset: (request.page - 1) * perPage,
        language: request.language && primaryLanguageOf(request.language),
      })
    : { count: 0, isCapped: false, ids: [] };
  const total = found.count;
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  if (request.page > pageCount) {
    throw new NotFoundError(
      problem('problem.noSuchPage', { page: request.page, lastPage: pageCount }),
    );
  }
  return {
    query,
    filters,
    hasCriteria,
    results: await resultsOf(db, { ids: found.ids, now, terms }),
    pagination: { page: request.page, pageCount, total, perPage },
    isTotalCapped: found.isCapped,
    years: yearsOf(published),
  };
}
