import { z } from 'zod';

/**
 * Building blocks of the API's JSON answers, as zod schemas: the builders' return types are
 * made from them, and so is the OpenAPI document (openapi-json-schema.ts). Nothing parses
 * answers with them; `openapi-responses.test.ts` checks real answers against the document.
 */

/** An id the database gave. */
export const idJson = z.uuid();

/** An instant as the API writes every one: ISO 8601 in UTC. */
export const timestampJson = z.iso
  .datetime()
  .meta({ description: 'ISO 8601 in UTC', examples: ['2024-05-01T09:00:00.000Z'] });

/** An address clients elsewhere can follow: absolute, with the site's origin. */
export const absoluteUrlJson = z.url();

/** A page number, or a count of pages or of items a page holds. */
export const pageNumberJson = z.number().int().min(1);

/**
 * A page of an admin list: the page asked for (past the last it is empty), how many pages
 * and items match, and how many items a page holds.
 */
export function adminPageJsonSchema<Item extends z.ZodType>(item: Item) {
  return z.strictObject({
    items: z.array(item).meta({ description: 'Newest change first' }),
    page: pageNumberJson,
    page_count: pageNumberJson,
    per_page: pageNumberJson,
    total: z.number().int().min(0),
  });
}

/** A page of a public list, with how many pages and items there are. */
export function publicPageJsonSchema<Item extends z.ZodType>(item: Item) {
  return z.strictObject({
    items: z.array(item).meta({ description: 'Newest first' }),
    page: pageNumberJson,
    page_count: pageNumberJson,
    per_page: pageNumberJson,
    total: z.number().int().min(0),
  });
}
