import { type Db, inTransaction, refreshPlannerStatistics } from '../db/connection.ts';
import { insertRows } from '../db/repositories/bulk-insert.ts';
import { selectImportedIds } from '../db/repositories/import-source-repository.ts';
import { bumpContentVersion } from '../db/repositories/site-state-repository.ts';
import type {
  ContentStatus,
  ContentType,
  ImportedEntity,
  ImportSourcesTable,
  MediaReferencesTable,
} from '../db/schema.ts';
import { MediaFileBatch } from '../domain/media/media-storage.ts';
import { indexNewItems } from '../domain/search/search-indexing.ts';
import { AppError } from '../lib/errors.ts';
import { currentTimestamp } from '../lib/time.ts';
import { type Progress, silentProgress } from '../lib/progress.ts';
import { resolveImportedAuthors } from './import-authors.ts';
import { type ImportBundle, ImportFileError, importBundleSchema } from './import-bundle.ts';
import { buildCommentRows } from './import-comments.ts';
import { type ItemRows, ItemRowBuilder, type ShadowedAddress } from './import-items.ts';
import { resolveImportedLabels } from './import-labels.ts';
import { importedLanguage, linkImportedTranslations } from './import-translations.ts';
import { siteContentLanguage } from '../domain/content/content-service.ts';
import { copyImportedMedia, type ImportMediaOptions } from './import-media.ts';

export interface ImportOptions {
  /** Do everything, report it, and keep nothing. */
  isDryRun?: boolean;
  progress?: Progress;
  /** Aborting (Ctrl-C) stops the import between items and rolls everything back. */
  signal?: AbortSignal;
  /** Take the files items point at from a local folder into the library (`--media-dir`). */
  media?: ImportMediaOptions;
}

export interface ImportReport {
  source: ImportBundle['source'];
  isDryRun: boolean;
  /** New items by type and status. */
  created: Partial<Record<ContentType, Partial<Record<ContentStatus, number>>>>;
  /** Items an earlier import of the same site brought already: left as they are. */
  unchanged: number;
  countriesCreated: string[];
  themesCreated: string[];
  usersCreated: number;
  usersMatched: number;
  commentsCreated: number;
  redirectsCreated: number;
  imagesRecorded: number;
  /** With a media folder: files taken into the library, and recorded addresses it lacked. */
  media: { copied: number; missing: string[] } | null;
  ignored: Record<string, number>;
  warnings: string[];
  /**
   * Items whose old address is one of the site's own pages (a page at `/about/`): that
   * address shows the site's page, not the item, which is served at `servedAt`.
   */
  shadowedAddresses: ShadowedAddress[];
}

/** The import was stopped (Ctrl-C) and rolled back. */
export class ImportInterruptedError extends AppError {
  constructor() {
    super('import_interrupted', 409, 'The import was interrupted; nothing was imported.');
  }
}

const BATCH = 500;

/**
 * Lets signals through: SQLite answers synchronously, so without this a long import would
 * never give Node the turn of its event loop in which a Ctrl-C is handled.
 */
async function checkInterruption(signal: AbortSignal | undefined): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (signal?.aborted) throw new ImportInterruptedError();
}

/** Thrown inside a dry run's transaction so that everything it wrote is rolled back. */
class DryRunRollback extends Error {}

/** A bundle that does not fit the shape, named by the record at fault. */
function checkedBundle(bundle: ImportBundle): ImportBundle {
  const parsed = importBundleSchema.safeParse(bundle);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const [collection, index, ...field] = issue?.path ?? [];
  const record =
    typeof collection === 'string' && typeof index === 'number'
      ? (bundle[collection as 'items'] as { origin?: string }[] | undefined)?.[index]
      : undefined;
  const where = record?.origin ?? (collection ? String(collection) : 'the export');
  throw new ImportFileError(
    `${where}: ${field.length > 0 ? `${field.join('.')} ` : ''}${issue?.message ?? 'is not valid'}`,
  );
}

async function takenSlugsByType(db: Db): Promise<Map<string, Set<string>>> {
  const rows = await db.selectFrom('content_items').select(['type', 'slug']).execute();
  const taken = new Map<string, Set<string>>();
  for (const row of rows) {
    let slugs = taken.get(row.type);
    if (!slugs) taken.set(row.type, (slugs = new Set()));
    slugs.add(row.slug);
  }
  return taken;
}

async function takenLegacyPaths(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('legacy_paths').select('path').execute();
  return new Set(rows.map((row) => row.path));
}

function sourceRows(
  source: string,
  entity: ImportedEntity,
  ids: Map<string, string>,
  now: string,
): ImportSourcesTable[] {
  return [...ids].map(([sourceId, entityId]) => ({
    source,
    entity,
    source_id: sourceId,
    entity_id: entityId,
    imported_at: now,
  }));
}

/**
 * Writes an import bundle to the site in one transaction: all of it, or — on a bad record, an
 * error or an interruption — none of it. Items an earlier import of the same site brought are
 * recognised by their source ids and left alone, so importing a file again changes nothing.
 */
export async function saveImport(
  db: Db,
  input: ImportBundle,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const bundle = checkedBundle(input);
  const progress = options.progress ?? silentProgress;
  const source = bundle.siteKey;
  const now = currentTimestamp();
  const report: ImportReport = {
    source: bundle.source,
    isDryRun: options.isDryRun === true,
    created: {},
    unchanged: 0,
    countriesCreated: [],
    themesCreated: [],
    usersCreated: 0,
    usersMatched: 0,
    commentsCreated: 0,
    redirectsCreated: 0,
    imagesRecorded: 0,
    media: null,
    ignored: bundle.ignored,
    warnings: [],
    shadowedAddresses: [],
  };

  // Files are staged during the transaction and put in place just before it commits; a
  // failure, an interruption or a dry run discards them.
  const mediaFiles = options.media ? new MediaFileBatch(options.media.mediaDir) : undefined;

  const write = async (trx: Db): Promise<void> => {
    const imported = await selectImportedIds(trx, source);
    const knownItems = imported.get('item') ?? new Map<string, string>();
    const newItems = bundle.items.filter((item) => !knownItems.has(item.sourceId));
    report.unchanged = bundle.items.length - newItems.length;

    const authorIds = new Set(newItems.flatMap((item) => item.authorSourceId ?? []));
    const listedAuthorIds = new Set(bundle.authors.map((author) => author.sourceId));
    const authors = await resolveImportedAuthors(trx, {
      source,
      authors: [
        ...bundle.authors.filter((author) => authorIds.has(author.sourceId)),
        // An item may name an author the export does not list.
        ...[...authorIds]
          .filter((id) => !listedAuthorIds.has(id))
          .map((id) => ({ sourceId: id, name: id, email: null, origin: id })),
      ],
      known: imported.get('user') ?? new Map(),
      now,
    });
    report.usersCreated = authors.created.length;
    report.usersMatched = authors.matched;

    const labels = await resolveImportedLabels(
      trx,
      new Set(newItems.flatMap((item) => item.labels)),
      bundle.labels,
    );
    report.countriesCreated = labels.createdCountries;
    report.themesCreated = labels.createdThemes;

    const builder = new ItemRowBuilder({
      bundle,
      now,
      labelIdByName: labels.idByName,
      userIdBySourceId: authors.userIdBySourceId,
      takenSlugs: await takenSlugsByType(trx),
      takenPaths: await takenLegacyPaths(trx),
      defaultLocale: await siteContentLanguage(trx),
    });
    progress.start('Preparing items', newItems.length);
    const built: ItemRows[] = [];
    const itemIdBySourceId = new Map(knownItems);
    const newItemIds = new Map<string, string>();
    for (const [index, item] of newItems.entries()) {
      if (index % BATCH === 0) await checkInterruption(options.signal);
      const rows = builder.build(item);
      built.push(rows);
      itemIdBySourceId.set(item.sourceId, rows.item.id);
      newItemIds.set(item.sourceId, rows.item.id);
      const byStatus = (report.created[rows.item.type] ??= {});
      byStatus[rows.item.status] = (byStatus[rows.item.status] ?? 0) + 1;
      progress.advance();
    }
    progress.stop();
    const translationWarnings = linkImportedTranslations(
      built,
      newItems,
      importedLanguage(bundle.language),
    );

    const comments = buildCommentRows({
      comments: bundle.comments,
      itemIdBySourceId,
      known: imported.get('comment') ?? new Map(),
    });
    report.commentsCreated = comments.rows.length;

    const mediaReferences: MediaReferencesTable[] = built.flatMap((rows) =>
      rows.imageUrls.map((url) => ({
        content_id: rows.item.id,
        url: url.slice(0, 2000),
        media_id: null,
      })),
    );
    const attachmentRefs = new Set(mediaReferences.map((ref) => `${ref.content_id}\n${ref.url}`));
    for (const attachment of bundle.attachments) {
      const contentId = attachment.parentSourceId
        ? newItemIds.get(attachment.parentSourceId)
        : undefined;
      const key = `${contentId}\n${attachment.url}`;
      if (!contentId || attachmentRefs.has(key)) continue;
      attachmentRefs.add(key);
      mediaReferences.push({
        content_id: contentId,
        url: attachment.url.slice(0, 2000),
        media_id: null,
      });
    }
    report.imagesRecorded = new Set(mediaReferences.map((ref) => ref.url)).size;

    let mediaWarnings: string[] = [];
    if (options.media && mediaFiles) {
      progress.start('Copying files', report.imagesRecorded);
      const copied = await copyImportedMedia(trx, {
        ...options.media,
        files: mediaFiles,
        built,
        references: mediaReferences,
        onAddress: async () => {
          await checkInterruption(options.signal);
          progress.advance();
        },
      });
      progress.stop();
      await insertRows(trx, 'media', copied.rows);
      report.media = { copied: copied.rows.length, missing: copied.missing };
      mediaWarnings = copied.warnings;
    }

    const legacyPaths = built.flatMap((rows) => rows.legacyPaths);
    report.redirectsCreated = legacyPaths.length;
    report.warnings = [
      ...builder.warnings,
      ...translationWarnings,
      ...comments.warnings,
      ...mediaWarnings,
    ];
    report.shadowedAddresses = builder.shadowedAddresses;

    progress.start('Saving items', built.length);
    for (let start = 0; start < built.length; start += BATCH) {
      await checkInterruption(options.signal);
      const batch = built.slice(start, start + BATCH);
      await insertRows(
        trx,
        'content_items',
        batch.map((rows) => rows.item),
      );
      await insertRows(
        trx,
        'content_labels',
        batch.flatMap((rows) =>
          rows.labelIds.map((labelId) => ({ content_id: rows.item.id, label_id: labelId })),
        ),
      );
      await insertRows(
        trx,
        'revisions',
        batch.map((rows) => rows.revision),
      );
      await indexNewItems(
        trx,
        batch.map((rows) => rows.item),
      );
      progress.advance(batch.length);
    }
    progress.stop();
    await checkInterruption(options.signal);
    await insertRows(trx, 'legacy_paths', legacyPaths);
    await insertRows(trx, 'media_references', mediaReferences);
    await insertRows(trx, 'comments', comments.rows);
    const knownUsers = imported.get('user') ?? new Map<string, string>();
    await insertRows(trx, 'import_sources', [
      ...sourceRows(source, 'item', newItemIds, now),
      ...sourceRows(
        source,
        'user',
        new Map([...authors.userIdBySourceId].filter(([sourceId]) => !knownUsers.has(sourceId))),
        now,
      ),
      ...sourceRows(source, 'comment', comments.idBySourceId, now),
    ]);
    if (built.length > 0) await bumpContentVersion(trx);
    if (options.isDryRun) throw new DryRunRollback();
    await checkInterruption(options.signal);
    await mediaFiles?.commit();
  };

  try {
    await inTransaction(db, write);
  } catch (error) {
    await mediaFiles?.discard();
    if (!(error instanceof DryRunRollback)) throw error;
    return report;
  }
  if (!db.isTransaction) await refreshPlannerStatistics(db);
  return report;
}
