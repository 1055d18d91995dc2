import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import {
  type DeskFilters,
  type DeskRow,
  countDeskItems,
  selectDeskAuthors,
  selectDeskItems,
} from '../../db/repositories/editorial-repository.ts';
import { selectLabel } from '../../db/repositories/label-repository.ts';
import type { ContentType } from '../../db/schema.ts';
import { BadRequestError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import { CONTENT_TYPES } from '../content-types/content-type-registry.ts';
import { CONTENT_STATUSES } from '../content/content-statuses.ts';
import type { Pagination } from '../content/content-item.ts';
import { pageNumberTextSchema } from '../validation.ts';
import { scopeOf } from './editorial-service.ts';

/**
 * Finding items on the desk (`/admin`) and in the admin API's lists: words in the title or the
 * text, and filters by type, status, country, author and date of the last change, counted
 * and paged. Drafts and items in review are found too, which the public search index never
 * holds, so the words are matched in the items themselves (LIKE; see scripts/bench-desk.ts
 * for what that costs at 10,000 items).
 */

export const DESK_PAGE_SIZE = 50;

/**
 * Organisations are a directory, not news: the desk lists them only when asked for by type.
 */
const DIRECTORY_TYPES: readonly ContentType[] = ['organization'];

/** A query string's value: absent when empty, the first of several (as forms send them). */
function queryValue(value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : value;
  return first === '' ? undefined : first;
}

/** A real day of the calendar: `2021-02-30` is refused, not moved to March. */
const calendarDay = z.string().refine((day) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}, 'problem.calendarDay');

const optional = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess(queryValue, schema.optional());

/**
 * The desk's query string (`?q=&type=&status=&country=&author=&from=&to=&page=`), as both the
 * desk and the API read it. Empty values mean "no filter"; anything unreadable is refused.
 */
export const deskQuerySchema = z
  .object({
    q: optional(z.string().trim().max(200, 'problem.maxCharacters')),
    type: optional(z.enum(CONTENT_TYPES, 'problem.notAContentType')),
    status: optional(z.enum(CONTENT_STATUSES, 'problem.contentStatus')),
    country: optional(z.string().regex(/^[a-z0-9-]{1,200}$/, 'problem.slugWords')),
    author: optional(z.uuid('problem.userId')),
    from: optional(calendarDay),
    to: optional(calendarDay),
    page: z.preprocess(queryValue, pageNumberTextSchema.optional()).transform((page) => page ?? 1),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['to'],
    message: 'problem.notBeforeFrom',
  });

export type DeskQuery = z.output<typeof deskQuerySchema>;

export interface DeskPage {
  rows: DeskRow[];
  pagination: Pagination;
}

/** The day after a calendar day, as the instant it starts (UTC). */
function startOfNextDay(day: string): string {
  const next = new Date(`${day}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

async function countryLabelId(db: Db, slug: string | undefined): Promise<string | undefined> {
  if (!slug) return undefined;
  const label = await selectLabel(db, 'country', slug);
  if (!label) {
    throw new BadRequestError(problem('problem.searchUnknownCountry', { slug }), {
      country: problem('problem.notOneOfCountries', { slug }),
    });
  }
  return label.id;
}

/** The query as the repository's filters; a country that does not exist is a bad request. */
async function filtersOf(db: Db, query: Omit<DeskQuery, 'page'>): Promise<DeskFilters> {
  const words = (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 12);
  return {
    status: query.status,
    ...(query.type ? { types: [query.type] } : { excludedTypes: DIRECTORY_TYPES }),
    countryLabelId: await countryLabelId(db, query.country),
    authorId: query.author,
    words,
    changedFrom: query.from ? `${query.from}T00:00:00.000Z` : undefined,
    changedBefore: query.to ? startOfNextDay(query.to) : undefined,
  };
}

/**
 * One page of the items the actor may see that match the query, newest change first, with
 * how many there are in all. A page past the last is empty, not an error: the desk says so
 * and links back (items move away under a bulk action).
 */
export async function searchDesk(db: Db, actor: Actor, query: DeskQuery): Promise<DeskPage> {
  const scope = scopeOf(actor);
  const filters = await filtersOf(db, query);
  const [rows, total] = await Promise.all([
    selectDeskItems(db, {
      scope,
      filters,
      limit: DESK_PAGE_SIZE,
      offset: (query.page - 1) * DESK_PAGE_SIZE,
    }),
    countDeskItems(db, { scope, filters }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / DESK_PAGE_SIZE));
  return { rows, pagination: { page: query.page, pageCount, total, perPage: DESK_PAGE_SIZE } };
}

/** The authors whose items the actor may see: the choices of the desk's author filter. */
export async function listDeskAuthors(db: Db, actor: Actor) {
  return selectDeskAuthors(db, scopeOf(actor));
}
