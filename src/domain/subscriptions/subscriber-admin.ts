import { randomUUID } from 'node:crypto';
import { type Db, inTransaction } from '../../db/connection.ts';
import { selectLabels } from '../../db/repositories/label-repository.ts';
import {
  type SubscriberFilter,
  countConfirmedBySegment,
  countConfirmedFollowingEverything,
  countFilteredSubscribers,
  countSubscribersByStatus,
  deleteSegmentsOfMany,
  insertNewSubscribers,
  insertSegments,
  selectFilteredSubscribers,
  selectSegmentsOfMany,
  selectSubscriberPage,
  selectSubscribersByEmails,
} from '../../db/repositories/subscriber-admin-repository.ts';
import type {
  ConsentSource,
  LabelsTable,
  SubscriberSegmentsTable,
  SubscriberStatus,
  SubscribersTable,
  SubscriptionFrequency,
} from '../../db/schema.ts';
import { ForbiddenError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import { takeAttempts } from '../auth/attempt-limits.ts';
import { canOnSite } from '../auth/permissions.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import { getSiteSettings } from '../settings/settings-service.ts';
import {
  type ExportRow,
  type ImportLine,
  type LineProblem,
  joinList,
  parseSubscriberCsv,
  subscribersCsv,
} from './subscriber-csv.ts';

/**
 * Subscribers as administrators see them: how many follow what, the list, and moving lists
 * in and out as CSV. Addresses and consent records are personal data, so all of it is for
 * administrators only, checked here before anything is read.
 */

export type { SubscriberStatus };

export const SUBSCRIBERS_PER_PAGE = 50;
const STATUSES: readonly SubscriberStatus[] = ['confirmed', 'pending', 'unsubscribed'];

export function requireSubscriberAdmin(actor: Actor): void {
  if (!canOnSite(actor, 'manage-subscribers')) {
    throw new ForbiddenError(problem('problem.onlyAdministrators'));
  }
}

export function isSubscriberStatus(value: unknown): value is SubscriberStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export interface SegmentCount {
  kind: 'country' | 'theme' | 'language';
  /** A label's name, or a language tag. */
  name: string;
  count: number;
}

export interface SubscriberOverview {
  byStatus: Record<SubscriberStatus, number>;
  /** Confirmed subscribers following nothing in particular. */
  everything: number;
  /** Confirmed subscribers per country, theme (in the labels' order) and language. */
  segments: SegmentCount[];
}

export async function subscriberOverview(db: Db, actor: Actor): Promise<SubscriberOverview> {
  requireSubscriberAdmin(actor);
  const [statuses, segmentRows, everything, labels] = await Promise.all([
    countSubscribersByStatus(db),
    countConfirmedBySegment(db),
    countConfirmedFollowingEverything(db),
    selectLabels(db),
  ]);
  const byStatus = { confirmed: 0, pending: 0, unsubscribed: 0 };
  for (const row of statuses) byStatus[row.status] = row.count;
  const countOf = new Map(segmentRows.map((row) => [`${row.kind}:${row.value}`, row.count]));
  // Every country and theme is listed, followed or not: a zero is worth seeing.
  const labelCounts = labels.map((label) => ({
    kind: label.kind,
    name: label.name,
    count: countOf.get(`${label.kind}:${label.id}`) ?? 0,
  }));
  const languageCounts = segmentRows
    .filter((row) => row.kind === 'language')
    .sort((a, b) => (a.value < b.value ? -1 : 1))
    .map((row) => ({ kind: 'language' as const, name: row.value, count: row.count }));
  return { byStatus, everything, segments: [...labelCounts, ...languageCounts] };
}

/** A subscriber as the list and the CSV show them: their choices as names or slugs. */
export interface SubscriberListing {
  id: string;
  email: string;
  status: SubscriberStatus;
  frequency: SubscriptionFrequency;
  language: string;
  countries: string[];
  themes: string[];
  languages: string[];
  createdAt: string;
  confirmedAt: string | null;
  consentAt: string;
  consentSource: ConsentSource;
  consentText: string;
}

async function listingsOf(
  db: Db,
  subscribers: SubscribersTable[],
  labelText: (label: LabelsTable) => string,
): Promise<SubscriberListing[]> {
  const [segments, labels] = await Promise.all([
    selectSegmentsOfMany(
      db,
      subscribers.map((subscriber) => subscriber.id),
    ),
    selectLabels(db),
  ]);
  const segmentsOf = new Map<string, SubscriberSegmentsTable[]>();
  for (const segment of segments) {
    segmentsOf.set(segment.subscriber_id, [
      ...(segmentsOf.get(segment.subscriber_id) ?? []),
      segment,
    ]);
  }
  return subscribers.map((subscriber) => {
    const own = segmentsOf.get(subscriber.id) ?? [];
    // In the labels' order, as the site lists them.
    const labelled = (kind: 'country' | 'theme') =>
      labels
        .filter((label) => label.kind === kind)
        .filter((label) => own.some((s) => s.kind === kind && s.value === label.id))
        .map(labelText);
    return {
      id: subscriber.id,
      email: subscriber.email,
      status: subscriber.status,
      frequency: subscriber.frequency,
      language: subscriber.language,
      countries: labelled('country'),
      themes: labelled('theme'),
      languages: own
        .filter((s) => s.kind === 'language')
        .map((s) => s.value)
        .sort(),
      createdAt: subscriber.created_at,
      confirmedAt: subscriber.confirmed_at,
      consentAt: subscriber.consent_at,
      consentSource: subscriber.consent_source,
      consentText: subscriber.consent_text,
    };
  });
}

export interface SubscriberList {
  subscribers: SubscriberListing[];
  total: number;
  page: number;
  pageCount: number;
}

/** A page of the list, newest first, countries and themes by name. */
export async function listSubscribers(
  db: Db,
  actor: Actor,
  options: SubscriberFilter & { page: number },
): Promise<SubscriberList> {
  requireSubscriberAdmin(actor);
  const filter = { emailContains: options.emailContains, status: options.status };
  const total = await countFilteredSubscribers(db, filter);
  const pageCount = Math.max(1, Math.ceil(total / SUBSCRIBERS_PER_PAGE));
  const rows = await selectSubscriberPage(db, {
    ...filter,
    limit: SUBSCRIBERS_PER_PAGE,
    offset: (options.page - 1) * SUBSCRIBERS_PER_PAGE,
  });
  const subscribers = await listingsOf(db, rows, (label) => label.name);
  return { subscribers, total, page: options.page, pageCount };
}

/**
 * The CSV of the subscribers a filter keeps (no filter: every confirmed one), countries and
 * themes as slugs so that the file imports again as it is.
 */
export async function exportSubscribers(
  db: Db,
  actor: Actor,
  filter: SubscriberFilter,
): Promise<{ csv: string; count: number }> {
  requireSubscriberAdmin(actor);
  const chosen = filter.emailContains || filter.status ? filter : { status: 'confirmed' as const };
  const rows = await selectFilteredSubscribers(db, chosen);
  const listings = await listingsOf(db, rows, (label) => label.slug);
  const csvRows: ExportRow[] = listings.map((listing) => ({
    email: listing.email,
    status: listing.status,
    frequency: listing.frequency,
    language: listing.language,
    countries: joinList(listing.countries),
    themes: joinList(listing.themes),
    languages: joinList(listing.languages),
    created_at: listing.createdAt,
    confirmed_at: listing.confirmedAt,
    consent_at: listing.consentAt,
    consent_source: listing.consentSource,
    consent_text: listing.consentText,
  }));
  await recordAudit(db, actor, {
    action: 'subscribers.exported',
    subjectType: 'subscriber',
    summary: auditSummary('audit.subscribersExported', { count: csvRows.length }),
  });
  return { csv: await subscribersCsv(csvRows), count: csvRows.length };
}

export interface ImportReport {
  /** Whether the rows were written (false: a check only, or problems stopped it). */
  isCommitted: boolean;
  /** Lines read, the header aside. */
  lineCount: number;
  /** New addresses, added as confirmed. */
  added: number;
  /** Addresses already here whose choices the file set. */
  updated: number;
  /** Lines of addresses that left: never subscribed again by an import. */
  unsubscribedLines: number[];
  /** Lines at fault; any of them stops the import, so nothing is half written. */
  problems: LineProblem[];
}

const IMPORTS_PER_HOUR = 60;
const HOUR_MS = 60 * 60 * 1000;

/** Segments of one line; an unknown country or theme is the line's problem. */
function segmentsOfLine(
  line: ImportLine,
  labelId: Map<string, string>,
): Omit<SubscriberSegmentsTable, 'subscriber_id'>[] | LineProblem {
  const segments: Omit<SubscriberSegmentsTable, 'subscriber_id'>[] = [];
  for (const kind of ['country', 'theme'] as const) {
    for (const slug of kind === 'country' ? line.countries : line.themes) {
      const id = labelId.get(`${kind}:${slug}`);
      if (!id) {
        return {
          line: line.line,
          problem: problem(
            kind === 'country'
              ? 'admin.subscribers.import.problem.unknownCountry'
              : 'admin.subscribers.import.problem.unknownTheme',
            { slug: slug.slice(0, 100) },
          ),
        };
      }
      segments.push({ kind, value: id });
    }
  }
  for (const tag of line.languages) segments.push({ kind: 'language', value: tag });
  return segments;
}

/**
 * Imports subscribers from a CSV file (subscriber-csv.ts) whose every line carries the
 * consent it was given with. New addresses become confirmed subscribers (consent source
 * `import`); an address already here keeps its status and only takes the file's choices when
 * the line names any; one that unsubscribed is left alone and reported. A line at fault stops
 * the whole import; `commit: false` checks and counts without writing. One transaction: a
 * failure leaves nothing behind.
 */
export async function importSubscribers(
  db: Db,
  actor: Actor,
  input: { bytes: Uint8Array; commit: boolean },
  now = new Date(),
): Promise<ImportReport> {
  requireSubscriberAdmin(actor);
  // Counted before the file is read: each one parses up to 5 MB.
  await takeAttempts(
    db,
    [{ key: `subscriber-import:${actor.id}`, limit: IMPORTS_PER_HOUR, windowMs: HOUR_MS }],
    now,
    problem('admin.subscribers.import.problem.tooMany'),
  );
  const settings = await getSiteSettings(db);
  const parsed = await parseSubscriberCsv(
    input.bytes,
    { language: settings.locale.split('-')[0] ?? 'en' },
    now,
  );
  const labels = await selectLabels(db);
  const labelId = new Map(labels.map((label) => [`${label.kind}:${label.slug}`, label.id]));
  const problems = [...parsed.problems];
  const lines: { line: ImportLine; segments: Omit<SubscriberSegmentsTable, 'subscriber_id'>[] }[] =
    [];
  for (const line of parsed.lines) {
    const segments = segmentsOfLine(line, labelId);
    if ('problem' in segments) problems.push(segments);
    else lines.push({ line, segments });
  }
  problems.sort((a, b) => a.line - b.line);
  const lineCount = parsed.lines.length + parsed.problems.length;
  const timestamp = now.toISOString();

  return inTransaction(db, async (trx) => {
    const existing = new Map(
      (
        await selectSubscribersByEmails(
          trx,
          lines.map(({ line }) => line.email),
        )
      ).map((subscriber) => [subscriber.email, subscriber]),
    );
    const unsubscribedLines: number[] = [];
    const fresh: typeof lines = [];
    const updates: { id: string; segments: (typeof lines)[number]['segments'] }[] = [];
    for (const entry of lines) {
      const found = existing.get(entry.line.email);
      if (!found) fresh.push(entry);
      else if (found.status === 'unsubscribed') unsubscribedLines.push(entry.line.line);
      else if (entry.segments.length > 0) updates.push({ id: found.id, segments: entry.segments });
    }
    const report: ImportReport = {
      isCommitted: false,
      lineCount,
      added: fresh.length,
      updated: updates.length,
      unsubscribedLines,
      problems,
    };
    if (!input.commit || problems.length > 0) return report;

    const rows = fresh.map(({ line }) => ({
      id: randomUUID(),
      email: line.email,
      status: 'confirmed' as const,
      frequency: line.frequency,
      language: line.language,
      created_at: timestamp,
      confirmed_at: timestamp,
      unsubscribed_at: null,
      consent_text: line.consentText,
      consent_at: line.consentAt,
      consent_source: 'import' as const,
      last_digest_at: null,
    }));
    const inserted = await insertNewSubscribers(trx, rows);
    const segments: SubscriberSegmentsTable[] = [];
    rows.forEach((row, index) => {
      if (!inserted.has(row.id)) return;
      for (const segment of fresh[index]?.segments ?? []) {
        segments.push({ subscriber_id: row.id, ...segment });
      }
    });
    await deleteSegmentsOfMany(
      trx,
      updates.map((update) => update.id),
    );
    for (const update of updates) {
      for (const segment of update.segments)
        segments.push({ subscriber_id: update.id, ...segment });
    }
    await insertSegments(trx, segments);
    await recordAudit(trx, actor, {
      action: 'subscribers.imported',
      subjectType: 'subscriber',
      summary: auditSummary('audit.subscribersImported', {
        added: inserted.size,
        updated: updates.length,
        unsubscribed: unsubscribedLines.length,
      }),
    });
    return { ...report, isCommitted: true, added: inserted.size };
  });
}
