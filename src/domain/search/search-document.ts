import { INDEXED_STATUSES } from '../../db/repositories/content-repository.ts';
import { facetOf, type SearchDocument } from '../../db/repositories/search-index.ts';
import type { ContentItemsTable } from '../../db/schema.ts';
import { htmlToText } from '../../lib/sanitize-body-html.ts';
import { calendarDay } from '../../lib/time.ts';
import { contentTypeDefinition } from '../content-types/content-type-registry.ts';
import { MAX_DOCUMENT_TOKENS, indexTokens } from './search-tokens.ts';
import { wordFormLanguageOf } from './word-forms/word-form-languages.ts';

/**
 * Bump when tokens or documents change shape: a site whose index was built by another
 * version rebuilds it on start (see ensureSearchIndexCurrent), and `inspir reindex` does it
 * by hand. 2: word forms folded by the item's language, and the language kept to rank by.
 */
export const SEARCH_INDEX_VERSION = '2';

/** A document's tokens stop at this many bytes, well inside PostgreSQL's 1 MB per tsvector. */
const MAX_DOCUMENT_BYTES = 400_000;

/** What an item's document is made of besides its own row. */
export interface SearchDocumentParts {
  labels: { id: string; name: string }[];
  /** The organisations it names: their names and acronyms are words it can be found by. */
  organizations: { title: string; fields: string }[];
}

/** A BCP 47 tag's language, as the index keeps it to rank by: `ne-NP` → `ne`, `FIL` → `fil`. */
export function primaryLanguageOf(locale: string): string {
  return (locale.split('-')[0] ?? '').toLowerCase();
}

export function isIndexable(item: ContentItemsTable): boolean {
  return (
    (INDEXED_STATUSES as readonly string[]).includes(item.status) &&
    item.published_at !== null &&
    !item.deleted_at
  );
}

function withinBudget(tokens: string[], usedBytes: number): string[] {
  const kept: string[] = [];
  let bytes = usedBytes;
  for (const token of tokens) {
    bytes += Buffer.byteLength(token) + 1;
    if (kept.length >= MAX_DOCUMENT_TOKENS || bytes > MAX_DOCUMENT_BYTES) break;
    kept.push(token);
  }
  return kept;
}

function acronymOf(fields: string): string {
  const parsed = JSON.parse(fields || '{}') as { acronym?: unknown };
  return typeof parsed.acronym === 'string' ? parsed.acronym : '';
}

/** The words a type's own fields add (see ContentTypeDefinition.searchText). */
function typeText(item: ContentItemsTable): { title: string[]; body: string[] } {
  const definition = contentTypeDefinition(item.type);
  const parsed = definition.schema.safeParse(JSON.parse(item.fields || '{}'));
  const extra = parsed.success ? definition.searchText?.(parsed.data) : undefined;
  return { title: extra?.title ?? [], body: extra?.body ?? [] };
}

/** The index's document for an item that readers can see (or will, once scheduled). */
export function buildSearchDocument(
  item: ContentItemsTable & { published_at: string },
  parts: SearchDocumentParts,
): SearchDocument {
  const extra = typeText(item);
  const wordLanguage = wordFormLanguageOf(item.locale);
  const title = indexTokens([item.title, ...extra.title].join(' '), wordLanguage);
  const bodyText = [
    item.excerpt,
    htmlToText(item.body_html),
    ...extra.body,
    ...parts.labels.map((label) => label.name),
    ...parts.organizations.flatMap((organization) => [
      organization.title,
      acronymOf(organization.fields),
    ]),
  ].join(' ');
  const titleBytes = title.reduce((sum, token) => sum + Buffer.byteLength(token) + 1, 0);
  return {
    contentId: item.id,
    publishedAt: item.published_at,
    language: primaryLanguageOf(item.locale),
    title,
    body: withinBudget(indexTokens(bodyText, wordLanguage), titleBytes),
    facets: [
      facetOf.type(item.type),
      facetOf.year(calendarDay(item.published_at).slice(0, 4)),
      ...parts.labels.map((label) => facetOf.label(label.id)),
    ],
  };
}
