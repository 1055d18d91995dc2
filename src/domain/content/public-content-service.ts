import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import {
  countPublicItems,
  countPublicItemsByMonthAndType,
  selectPublicItemBySlug,
  selectPublicItems,
  selectPublicItemsBetween,
  selectPublicNeighbours,
} from '../../db/repositories/content-repository.ts';
import { BadRequestError, NotFoundError } from '../../lib/errors.ts';
import { type Problem, problem } from '../../lib/problems.ts';
import { calendarDay, currentTimestamp, monthRange } from '../../lib/time.ts';
import { STREAM_TYPES } from '../content-types/content-type-registry.ts';
import type { ContentType } from '../../db/schema.ts';
import { toDetails, toSummaries } from './content-mapping.ts';
import { refuseTrashedAddress } from '../trash/trashed-addresses.ts';
import { pageNumberTextSchema, parseInput } from '../validation.ts';
import type { ContentDetail, ContentSummary, DayGroup, Pagination } from './content-item.ts';

export const ITEMS_PER_PAGE = 10;
export const FEED_ITEM_COUNT = 20;

/** `?page=` on the site and in the admin: absent or empty means 1, repeated is refused. */
const pageParameterSchema = z.object({
  page: z
    .union([z.literal('').transform(() => 1), pageNumberTextSchema], {
      error: 'problem.pageNumber',
    })
    .optional()
    .transform((page) => page ?? 1),
});

function refusePageNumber(fields: Record<string, Problem>): BadRequestError {
  return new BadRequestError(problem('problem.badPageNumber'), fields);
}

/**
 * Reads `?page=`: absent means 1; anything but a positive whole number is a validation error.
 * Whether the page exists is checked once the total is known.
 */
export function parsePageNumber(raw: unknown): number {
  return parseInput(pageParameterSchema, { page: raw }, { refuse: refusePageNumber }).page;
}

/**
 * One page of the public stream, newest first; page 1 always exists, even when empty. With
 * `language` (here and in the other listings below), each translation group is listed once,
 * in that language where it is published in it (see PublicItemFilter); without it, every item.
 */
export async function getStreamPage(
  db: Db,
  options: { page: number; labelId?: string; language?: string },
): Promise<{ items: ContentSummary[]; pagination: Pagination }> {
  const now = currentTimestamp();
  const { labelId, language } = options;
  const total = await countPublicItems(db, { now, labelId, language, types: STREAM_TYPES });
  const pageCount = Math.max(1, Math.ceil(total / ITEMS_PER_PAGE));
  if (options.page > pageCount) {
    throw new NotFoundError(
      problem('problem.noSuchPage', { page: options.page, lastPage: pageCount }),
    );
  }
  const rows = await selectPublicItems(db, {
    now,
    page: { limit: ITEMS_PER_PAGE, offset: (options.page - 1) * ITEMS_PER_PAGE },
    labelId,
    language,
    types: STREAM_TYPES,
  });
  return {
    items: await toSummaries(db, rows),
    pagination: { page: options.page, pageCount, total, perPage: ITEMS_PER_PAGE },
  };
}

/** Groups a newest-first list under its calendar days, each day once. */
export function groupByDay(items: ContentSummary[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const item of items) {
    const day = calendarDay(item.publishedAt);
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}

/**
 * A public post by its URL parts; the year and month must match its publication date. Its
 * neighbours are those of the stream in `language` when given.
 */
export async function getPublicPost(
  db: Db,
  options: { year: string; month: string; slug: string; language?: string },
): Promise<{ post: ContentDetail; older?: ContentSummary; newer?: ContentSummary }> {
  const now = currentTimestamp();
  const row = await selectPublicItemBySlug(db, { now, type: 'post', slug: options.slug });
  if (!row?.published_at?.startsWith(`${options.year}-${options.month}-`)) {
    const datePrefix = `${options.year}-${options.month}-`;
    await refuseTrashedAddress(db, { type: 'post', slug: options.slug, now, datePrefix });
    throw new NotFoundError(problem('problem.noPostHere'));
  }
  const neighbours = await selectPublicNeighbours(db, {
    now,
    publishedAt: row.published_at,
    id: row.id,
    types: STREAM_TYPES,
    language: options.language,
  });
  const [post] = await toDetails(db, [row]);
  if (!post) throw new NotFoundError(problem('problem.noPostHere'));
  // Both neighbours in one call, so their labels cost one query, not two.
  const neighbourRows = [neighbours.older, neighbours.newer].filter((found) => found !== undefined);
  const summaries = await toSummaries(db, neighbourRows);
  const summaryOf = (found?: { id: string }) =>
    found && summaries.find((summary) => summary.id === found.id);
  return { post, older: summaryOf(neighbours.older), newer: summaryOf(neighbours.newer) };
}

export interface ArchiveMonth {
  year: number;
  month: number;
  /** How many of each type, in the registry's order (posts first); types it lacks left out. */
  counts: { type: ContentType; count: number }[];
}

/** The months with public items in the stream, newest first, with their counts by type. */
export async function getArchiveMonths(
  db: Db,
  options: { language?: string } = {},
): Promise<ArchiveMonth[]> {
  const rows = await countPublicItemsByMonthAndType(db, currentTimestamp(), {
    types: STREAM_TYPES,
    language: options.language,
  });
  const months = new Map<string, ArchiveMonth>();
  for (const row of rows) {
    let entry = months.get(row.month);
    if (!entry) {
      entry = {
        year: Number(row.month.slice(0, 4)),
        month: Number(row.month.slice(5, 7)),
        counts: [],
      };
      months.set(row.month, entry);
    }
    entry.counts.push({ type: row.type, count: row.count });
  }
  for (const entry of months.values()) {
    entry.counts.sort((a, b) => STREAM_TYPES.indexOf(a.type) - STREAM_TYPES.indexOf(b.type));
  }
  return [...months.values()];
}

/**
 * The public items of one month, with their pictures; a month outside the calendar or with
 * none is not found.
 */
export async function getArchiveMonth(
  db: Db,
  options: { year: string; month: string; language?: string },
): Promise<ContentSummary[]> {
  const year = Number(options.year);
  const month = Number(options.month);
  if (!/^\d{4}$/.test(options.year) || !/^\d{2}$/.test(options.month) || month < 1 || month > 12) {
    throw new NotFoundError(problem('problem.noSuchMonth'));
  }
  const rows = await selectPublicItemsBetween(db, {
    now: currentTimestamp(),
    ...monthRange(year, month),
    types: STREAM_TYPES,
    language: options.language,
  });
  if (rows.length === 0) throw new NotFoundError(problem('problem.nothingInMonth'));
  return toSummaries(db, rows, { withPictures: true });
}

/** The newest public items with full bodies, for feeds. */
export async function getFeedItems(
  db: Db,
  options: { labelId?: string; language?: string } = {},
): Promise<ContentDetail[]> {
  const rows = await selectPublicItems(db, {
    now: currentTimestamp(),
    page: { limit: FEED_ITEM_COUNT, offset: 0 },
    labelId: options.labelId,
    language: options.language,
    types: STREAM_TYPES,
  });
  return toDetails(db, rows);
}

/** Every public item, lightest fields only, for the sitemap. */
export async function getAllPublicSummaries(
  db: Db,
  options: { language?: string } = {},
): Promise<ContentSummary[]> {
  const now = currentTimestamp();
  return toSummaries(db, await selectPublicItems(db, { now, language: options.language }));
}

/** A public item of any type by its slug, with its full body and the organisations it names. */
export async function getPublicItem(
  db: Db,
  options: { type: ContentType; slug: string },
): Promise<ContentDetail> {
  const now = currentTimestamp();
  const row = await selectPublicItemBySlug(db, { now, ...options });
  if (!row) await refuseTrashedAddress(db, { ...options, now });
  const [item] = row ? await toDetails(db, [row]) : [];
  if (!item) throw new NotFoundError(problem('problem.nothingHere'));
  return item;
}

/** One page of a type's public items, newest first; with `withPictures`, their pictures too. */
export async function getTypePage(
  db: Db,
  options: {
    type: ContentType;
    page: number;
    perPage?: number;
    labelId?: string;
    withPictures?: boolean;
    language?: string;
  },
): Promise<{ items: ContentSummary[]; pagination: Pagination }> {
  const now = currentTimestamp();
  const perPage = options.perPage ?? ITEMS_PER_PAGE;
  const types = [options.type];
  const { labelId, language } = options;
  const total = await countPublicItems(db, { now, types, labelId, language });
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  if (options.page > pageCount) {
    throw new NotFoundError(
      problem('problem.noSuchPage', { page: options.page, lastPage: pageCount }),
    );
  }
  const rows = await selectPublicItems(db, {
    now,
    types,
    labelId,
    language,
    page: { limit: perPage, offset: (options.page - 1) * perPage },
  });
  return {
    items: await toSummaries(db, rows, { withPictures: options.withPictures }),
    pagination: { page: options.page, pageCount, total, perPage },
  };
}

/** Every public item of a type with full bodies (for the few types that are read whole: reports). */
export async function getAllPublicDetails(
  db: Db,
  type: ContentType,
  options: { language?: string } = {},
): Promise<ContentDetail[]> {
  const now = currentTimestamp();
  const rows = await selectPublicItems(db, { now, types: [type], language: options.language });
  return toDetails(db, rows);
}
