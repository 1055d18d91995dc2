import type { Db } from '../../db/connection.ts';
import { countPublicItems, selectPublicItems } from '../../db/repositories/content-repository.ts';
import type { ContentRow } from '../../db/repositories/content-visibility.ts';
import {
  type CountryLatestRow,
  selectFrontPageEvents,
  selectLatestByCountry,
  selectLeadCandidates,
  selectNewestOfType,
} from '../../db/repositories/front-page-repository.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { STREAM_TYPES } from '../content-types/content-type-registry.ts';
import { hasEventEnded } from '../events/event-timing.ts';
import type { ContentSummary, LabelLink, Pagination } from './content-item.ts';
import { toSummaries } from './content-mapping.ts';
import { ITEMS_PER_PAGE } from './public-content-service.ts';

/** Leads are read from this many candidates (a story's consent may rule some out). */
const LEAD_CANDIDATES = 5;
/** Events the front page lists: enough to plan by, few enough to scan. */
const FRONT_PAGE_EVENTS = 3;

/** A listing that opens with a lead: the home page, a country's or a theme's page. */
export interface LeadListing {
  /** On page 1: the newest item with a landscape picture it may show; else null. */
  lead: ContentSummary | null;
  /** The page of the stream, newest first, without the lead; each with its picture. */
  items: ContentSummary[];
  pagination: Pagination;
}

/** A country and its newest item the page does not show already. */
export interface CountryLatest {
  country: LabelLink;
  item: ContentSummary;
}

/** What the front page adds beside its stream, for readers who scan. */
export interface FrontPageSections {
  /** Coming events when there are some (`isUpcoming`), else the latest that ended. */
  events: { isUpcoming: boolean; items: ContentSummary[] };
  publication: ContentSummary | null;
  /** The newest story the stream does not show already. */
  story: ContentSummary | null;
  countries: CountryLatest[];
}

export interface FrontPage extends LeadListing {
  /** On page 1 only. */
  sections: FrontPageSections | null;
}

async function pageOfStream(
  db: Db,
  options: { now: string; page: number; labelId?: string; language?: string },
) {
  const { now, labelId, language } = options;
  const total = await countPublicItems(db, { now, labelId, language, types: STREAM_TYPES });
  const pageCount = Math.max(1, Math.ceil(total / ITEMS_PER_PAGE));
  if (options.page > pageCount) {
    throw new NotFoundError(
      problem('problem.noSuchPage', { page: options.page, lastPage: pageCount }),
    );
  }
  const isFirstPage = options.page === 1;
  const [rows, leadRows] = await Promise.all([
    selectPublicItems(db, {
      now,
      labelId,
      language,
      types: STREAM_TYPES,
      page: { limit: ITEMS_PER_PAGE, offset: (options.page - 1) * ITEMS_PER_PAGE },
    }),
    isFirstPage
      ? selectLeadCandidates(db, {
          now,
          labelId,
          language,
          types: STREAM_TYPES,
          limit: LEAD_CANDIDATES,
        })
      : [],
  ]);
  const pagination: Pagination = {
    page: options.page,
    pageCount,
    total,
    perPage: ITEMS_PER_PAGE,
  };
  return { rows, leadRows, pagination };
}

/**
 * Maps every row a page shows in one call (labels in one query, pictures in another) and
 * returns a reader of the summaries by id.
 */
async function summariesOf(db: Db, rows: ContentRow[]) {
  const unique = [...new Map(rows.map((row) => [row.id, row])).values()];
  const summaries = await toSummaries(db, unique, { withPictures: true });
  const byId = new Map(summaries.map((summary) => [summary.id, summary]));
  return (row: { id: string }): ContentSummary => {
    const summary = byId.get(row.id);
    if (!summary) throw new Error(`Row ${row.id} was not mapped.`);
    return summary;
  };
}

function leadAndStream(
  summaryOf: (row: { id: string }) => ContentSummary,
  rows: ContentRow[],
  leadRows: ContentRow[],
): { lead: ContentSummary | null; items: ContentSummary[] } {
  const lead = leadRows.map(summaryOf).find((candidate) => candidate.picture) ?? null;
  const items = rows.map(summaryOf).filter((item) => item.id !== lead?.id);
  return { lead, items };
}

/**
 * A country's or a theme's page of its stream, with a lead on page 1. With `language`, each
 * translation group once, in that language where it is published in it (see PublicItemFilter).
 */
export async function getLabelListing(
  db: Db,
  options: { page: number; labelId: string; language?: string },
): Promise<LeadListing> {
  const now = currentTimestamp();
  const { rows, leadRows, pagination } = await pageOfStream(db, { ...options, now });
  const summaryOf = await summariesOf(db, [...rows, ...leadRows]);
  return { ...leadAndStream(summaryOf, rows, leadRows), pagination };
}

/**
 * The first row of each country, in the order given, each item once: an item of two
 * countries goes to the first, and the second shows its next one.
 */
function firstPerCountry(rows: CountryLatestRow[]): CountryLatestRow[] {
  const countries = new Set<string>();
  const items = new Set<string>();
  return rows.filter((row) => {
    if (countries.has(row.country_label_id) || items.has(row.id)) return false;
    countries.add(row.country_label_id);
    items.add(row.id);
    return true;
  });
}

function countryOf(row: CountryLatestRow, item: ContentSummary): CountryLatest | undefined {
  const country = item.labels.find((label) => label.id === row.country_label_id);
  return country && { country, item };
}

/**
 * The home page: on page 1 a lead, the stream and the sections (events, the latest
 * publication, a story, each country's latest); later pages the stream alone. One query
 * per part, and the rows of all of them mapped together. With `language`, every part shows
 * each translation group once, as getLabelListing does.
 */
export async function getFrontPage(
  db: Db,
  options: { page: number; language?: string },
): Promise<FrontPage> {
  const now = currentTimestamp();
  const { language } = options;
  if (options.page > 1) {
    const { rows, pagination } = await pageOfStream(db, { now, page: options.page, language });
    const summaryOf = await summariesOf(db, rows);
    return { lead: null, items: rows.map(summaryOf), pagination, sections: null };
  }
  const [stream, eventRows, publicationRow] = await Promise.all([
    pageOfStream(db, { now, page: 1, language }),
    selectFrontPageEvents(db, { now, limit: FRONT_PAGE_EVENTS, language }),
    selectNewestOfType(db, { now, type: 'publication', excludeIds: [], language }),
  ]);
  // What the stream and its lead candidates show is not repeated below them.
  const shownIds = [...stream.rows, ...stream.leadRows].map((row) => row.id);
  // Three per country: the newest may be the section's story, or another country's pick.
  const [storyRow, countryRows] = await Promise.all([
    selectNewestOfType(db, { now, type: 'story', excludeIds: shownIds, language }),
    selectLatestByCountry(db, {
      now,
      types: STREAM_TYPES,
      excludeIds: shownIds,
      perCountry: 3,
      language,
    }),
  ]);
  const inSections = new Set([...eventRows, publicationRow, storyRow].map((row) => row?.id));
  const countryPicks = firstPerCountry(countryRows.filter((row) => !inSections.has(row.id)));
  const sectionRows = [...eventRows, publicationRow, storyRow, ...countryPicks];
  const summaryOf = await summariesOf(db, [
    ...stream.rows,
    ...stream.leadRows,
    ...sectionRows.filter((row) => row !== undefined),
  ]);
  const events = eventRows.map(summaryOf);
  const upcoming = events.filter((event) => !hasEventEnded(event, now));
  return {
    ...leadAndStream(summaryOf, stream.rows, stream.leadRows),
    pagination: stream.pagination,
    sections: {
      events:
        upcoming.length > 0
          ? { isUpcoming: true, items: upcoming }
          : { isUpcoming: false, items: events },
      publication: publicationRow ? summaryOf(publicationRow) : null,
      story: storyRow ? summaryOf(storyRow) : null,
      countries: countryPicks
        .map((row) => countryOf(row, summaryOf(row)))
        .filter((entry) => entry !== undefined),
    },
  };
}
