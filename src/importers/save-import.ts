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
import { type MediaBatch, mediaStoreOf } from '../domain/media/media-storage.ts';
import { indexNewItems } from '../domain/search/search-indexing.ts';
import { AppError } from '../lib/errors.ts';
import { currentTimestamp } from '../lib/time.ts';
import { type Progress, silentProgress } from '../lib/progress.ts';
import { resolveImportedAuthors } from './import-authors.ts';
import type { z } from 'zod';
import { foldName } from '../domain/labels/country-codes.ts';
import {
  type ImportBundle,
  type ImportedAttachment,
  type ImportedAuthor,
  type ImportedItem,
  ImportFileError,
  importBundleSchema,
  importedCommentSchema,
  importedItemSchema,
} from './import-bundle.ts';
import {
  bundleStream,
  type ImportEntry,
  type ImportHeader,
  type ImportStream,
} from './import-stream.ts';
import { buildCommentRows } from './import-comments.ts';
import { type ItemRows, ItemRowBuilder, type ShadowedAddress } from './import-items.ts';
import { resolveImportedLabels } from './import-labels.ts';
import {
  importedLanguage,
  linkImportedTranslations,
  type TranslatableRows,
  type TranslatableSource,
} from './import-translations.ts';
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

const BATCH = 100;

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

function invalidRecord(where: string, issue: z.core.$ZodIssue | undefined, field: PropertyKey[]) {
  return new ImportFileError(
    `${where}: ${field.length > 0 ? `${field.map(String).join('.')} ` : ''}${issue?.message ?? 'is not valid'}`,
  );
}

/** A header that does not fit the shape, named by the record at fault. */
function checkedHeader(header: ImportHeader): ImportHeader {
  const parsed = importHeaderSchema.safeParse(header);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const [collection, index, ...field] = issue?.path ?? [];
  const record =
    typeof collection === 'string' && typeof index === 'number'
      ? (header[collection as 'authors'] as { origin?: string }[] | undefined)?.[index]
      : undefined;
  const where = record?.origin ?? (collection ? String(collection) : 'the export');
  throw invalidRecord(where, issue, field);
}

/** An item or a comment that does not fit the shape, named by itself. */
function checkedRecord<Record>(
  schema: z.ZodType<Record>,
  record: Record,
  collection: 'items' | 'comments',
): Record {
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const origin = (record as { origin?: unknown } | null)?.origin;
  throw invalidRecord(typeof origin === 'string' && origin ? origin : collection, issue, [
    ...(issue?.path ?? []),
  ]);
}

const importHeaderSchema = importBundleSchema.omit({ items: true, comments: true });

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
  bundle: ImportBundle,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return saveImportStream(db, bundleStream(bundle), options);
}

/**
 * Writes an import to the site as {@link saveImport} does, reading its items as it goes and
 * writing them {@link BATCH} at a time, so memory holds one batch, not the export.
 *
 * Still one transaction, with batched inserts inside it: the database keeps what is not yet
 * committed (SQLite in its journal, PostgreSQL in its tables), not this process, so
 * all-or-nothing costs no memory here, and no staging tables or clean-up after a crash are
 * needed. Translations are linked once every item is in (a group's members may be far apart
 * in the file), by updating the few rows that follow an original.
 */
export async function saveImportStream(
  db: Db,
  stream: ImportStream,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const header = checkedHeader(stream.header);
  const progress = options.progress ?? silentProgress;
  const report: ImportReport = {
    source: header.source,
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
    ignored: header.ignored,
    warnings: [],
    shadowedAddresses: [],
  };

  // Files are staged during the transaction and put in place just before it commits; a
  // failure, an interruption or a dry run discards them.
  const mediaFiles = options.media ? mediaStoreOf(options.media).startBatch() : undefined;

  const write = async (trx: Db): Promise<void> => {
    // What the site holds already: earlier imports' ids, slugs and addresses taken.
    progress.start('Preparing items', 1);
    const writer = await ImportWriter.open(trx, header, report, options, mediaFiles);
    progress.advance();
    progress.stop();
    progress.start('Saving items', stream.itemCount);
    let batch: ImportEntry[] = [];
    for await (const entry of stream.entries()) {
      batch.push(entry);
      if (batch.length < BATCH) continue;
      await writer.write(batch);
      progress.advance(batch.length);
      batch = [];
    }
    await writer.write(batch);
    progress.advance(batch.length);
    progress.stop();
    await checkInterruption(options.signal);
    await writer.finish();
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

/**
 * Writes an import's items batch by batch inside its transaction, remembering across batches
 * only what later ones need: ids by source id, the authors and labels resolved, slugs and
 * old addresses taken, and a few fields of the items that have translations.
 */
class ImportWriter {
  readonly #now = currentTimestamp();
  /** Items by source id: those of earlier imports of this site, then this one's. */
  readonly #itemIdBySourceId: Map<string, string>;
  #newItemCount = 0;
  /** Comments by source id, likewise. */
  readonly #commentIdBySourceId: Map<string, string>;
  readonly #knownUsers: Map<string, string>;
  readonly #userIdBySourceId = new Map<string, string>();
  readonly #authorBySourceId: Map<string, ImportedAuthor>;
  readonly #labelIdByName = new Map<string, string>();
  readonly #attachmentsByParent = new Map<string, ImportedAttachment[]>();
  readonly #imageUrls = new Set<string>();
  readonly #missingMedia = new Set<string>();
  readonly #commentWarnings: string[] = [];
  readonly #mediaWarnings: string[] = [];
  readonly #translatable: { rows: TranslatableRows; source: TranslatableSource }[] = [];
  #builder!: ItemRowBuilder;

  private constructor(
    private readonly trx: Db,
    private readonly header: ImportHeader,
    private readonly report: ImportReport,
    private readonly options: ImportOptions,
    private readonly mediaFiles: MediaBatch | undefined,
    imported: Map<ImportedEntity, Map<string, string>>,
  ) {
    this.#itemIdBySourceId = new Map(imported.get('item'));
    this.#commentIdBySourceId = new Map(imported.get('comment'));
    this.#knownUsers = imported.get('user') ?? new Map();
    this.#authorBySourceId = new Map(header.authors.map((author) => [author.sourceId, author]));
    for (const attachment of header.attachments) {
      if (!attachment.parentSourceId) continue;
      const list = this.#attachmentsByParent.get(attachment.parentSourceId);
      if (list) list.push(attachment);
      else this.#attachmentsByParent.set(attachment.parentSourceId, [attachment]);
    }
    if (options.media) report.media = { copied: 0, missing: [] };
  }

  static async open(
    trx: Db,
    header: ImportHeader,
    report: ImportReport,
    options: ImportOptions,
    mediaFiles: MediaBatch | undefined,
  ): Promise<ImportWriter> {
    const imported = await selectImportedIds(trx, header.siteKey);
    const writer = new ImportWriter(trx, header, report, options, mediaFiles, imported);
    writer.#builder = new ItemRowBuilder({
      bundle: header,
      now: writer.#now,
      // Filled batch by batch, as the items name them.
      labelIdByName: writer.#labelIdByName,
      userIdBySourceId: writer.#userIdBySourceId,
      takenSlugs: await takenSlugsByType(trx),
      takenPaths: await takenLegacyPaths(trx),
      defaultLocale: await siteContentLanguage(trx),
    });
    return writer;
  }

  /** Writes one batch of entries: their items (those not imported before) and comments. */
  async write(entries: ImportEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await checkInterruption(this.options.signal);
    const { trx, report } = this;
    const items = entries.flatMap((entry) =>
      entry.item ? [checkedRecord(importedItemSchema, entry.item, 'items')] : [],
    );
    const comments = entries.flatMap((entry) =>
      entry.comments.map((comment) => checkedRecord(importedCommentSchema, comment, 'comments')),
    );
    const newItems = items.filter((item) => !this.#itemIdBySourceId.has(item.sourceId));
    report.unchanged += items.length - newItems.length;
    await this.#resolveAuthors(newItems);
    await this.#resolveLabels(newItems);

    const built = newItems.map((item) => {
      const rows = this.#builder.build(item);
      this.#itemIdBySourceId.set(item.sourceId, rows.item.id);
      const byStatus = (report.created[rows.item.type] ??= {});
      byStatus[rows.item.status] = (byStatus[rows.item.status] ?? 0) + 1;
      if (item.translationKey) this.#keepTranslatable(rows, item);
      return rows;
    });
    this.#newItemCount += built.length;
    const references = this.#mediaReferences(built, newItems);
    if (this.options.media && this.mediaFiles) {
      const copied = await copyImportedMedia(trx, {
        ...this.options.media,
        files: this.mediaFiles,
        built,
        references,
        onAddress: () => checkInterruption(this.options.signal),
      });
      await insertRows(trx, 'media', copied.rows);
      if (report.media) report.media.copied += copied.rows.length;
      for (const url of copied.missing) this.#missingMedia.add(url);
      this.#mediaWarnings.push(...copied.warnings);
    }

    const commentRows = buildCommentRows({
      comments,
      itemIdBySourceId: this.#itemIdBySourceId,
      known: this.#commentIdBySourceId,
    });
    this.#commentWarnings.push(...commentRows.warnings);
    report.commentsCreated += commentRows.rows.length;

    await insertRows(
      trx,
      'content_items',
      built.map((rows) => rows.item),
    );
    await insertRows(
      trx,
      'content_labels',
      built.flatMap((rows) =>
        rows.labelIds.map((labelId) => ({ content_id: rows.item.id, label_id: labelId })),
      ),
    );
    await insertRows(
      trx,
      'revisions',
      built.map((rows) => rows.revision),
    );
    await indexNewItems(
      trx,
      built.map((rows) => rows.item),
    );
    const legacyPaths = built.flatMap((rows) => rows.legacyPaths);
    report.redirectsCreated += legacyPaths.length;
    await insertRows(trx, 'legacy_paths', legacyPaths);
    await insertRows(trx, 'media_references', references);
    await insertRows(trx, 'comments', commentRows.rows);
    const itemIds = new Map(
      newItems.map((item, index) => [item.sourceId, built[index]?.item.id ?? '']),
    );
    await insertRows(trx, 'import_sources', [
      ...sourceRows(this.header.siteKey, 'item', itemIds, this.#now),
      ...sourceRows(this.header.siteKey, 'comment', commentRows.idBySourceId, this.#now),
    ]);
    for (const [sourceId, id] of commentRows.idBySourceId) {
      this.#commentIdBySourceId.set(sourceId, id);
    }
  }

  /** Links translations, and completes the report. */
  async finish(): Promise<void> {
    const { report } = this;
    const translationWarnings = linkImportedTranslations(
      this.#translatable.map((entry) => entry.rows),
      this.#translatable.map((entry) => entry.source),
      importedLanguage(this.header.language),
    );
    for (const { rows } of this.#translatable) {
      if (rows.item.translation_group === rows.item.id) continue;
      await this.trx
        .updateTable('content_items')
        .set({
          translation_group: rows.item.translation_group,
          translated_from_version: rows.item.translated_from_version,
        })
        .where('id', '=', rows.item.id)
        .execute();
    }
    report.imagesRecorded = this.#imageUrls.size;
    if (report.media) report.media.missing = [...this.#missingMedia];
    report.warnings = [
      ...this.#builder.warnings,
      ...translationWarnings,
      ...this.#commentWarnings,
      ...this.#mediaWarnings,
    ];
    report.shadowedAddresses = this.#builder.shadowedAddresses;
    if (this.#newItemCount > 0) await bumpContentVersion(this.trx);
  }

  /** Finds or creates the accounts of authors the batch's items name for the first time. */
  async #resolveAuthors(items: ImportedItem[]): Promise<void> {
    const ids = new Set(
      items.flatMap((item) =>
        item.authorSourceId && !this.#userIdBySourceId.has(item.authorSourceId)
          ? [item.authorSourceId]
          : [],
      ),
    );
    if (ids.size === 0) return;
    const authors = await resolveImportedAuthors(this.trx, {
      source: this.header.siteKey,
      // An item may name an author the export does not list.
      authors: [...ids].map(
        (id) =>
          this.#authorBySourceId.get(id) ?? { sourceId: id, name: id, email: null, origin: id },
      ),
      known: this.#knownUsers,
      now: this.#now,
    });
    this.report.usersCreated += authors.created.length;
    this.report.usersMatched += authors.matched;
    const linked = new Map<string, string>();
    for (const [sourceId, userId] of authors.userIdBySourceId) {
      this.#userIdBySourceId.set(sourceId, userId);
      if (!this.#knownUsers.has(sourceId)) linked.set(sourceId, userId);
    }
    await insertRows(
      this.trx,
      'import_sources',
      sourceRows(this.header.siteKey, 'user', linked, this.#now),
    );
  }

  /** Finds or creates the labels the batch's items name for the first time. */
  async #resolveLabels(items: ImportedItem[]): Promise<void> {
    const names = new Set(
      items.flatMap((item) =>
        item.labels.filter((name) => !this.#labelIdByName.has(foldName(name))),
      ),
    );
    if (names.size === 0) return;
    const labels = await resolveImportedLabels(this.trx, names, this.header.labels);
    for (const [name, id] of labels.idByName) this.#labelIdByName.set(name, id);
    this.report.countriesCreated.push(...labels.createdCountries);
    this.report.themesCreated.push(...labels.createdThemes);
  }

  /** The images the batch's items show, and the files WordPress lists as uploaded to them. */
  #mediaReferences(built: ItemRows[], items: ImportedItem[]): MediaReferencesTable[] {
    const references: MediaReferencesTable[] = [];
    built.forEach((rows, index) => {
      const seen = new Set<string>();
      const add = (url: string): void => {
        if (seen.has(url)) return;
        seen.add(url);
        this.#imageUrls.add(url.slice(0, 2000));
        references.push({ content_id: rows.item.id, url: url.slice(0, 2000), media_id: null });
      };
      rows.imageUrls.forEach(add);
      const sourceId = items[index]?.sourceId;
      for (const attachment of (sourceId && this.#attachmentsByParent.get(sourceId)) || []) {
        add(attachment.url);
      }
    });
    return references;
  }

  /** Keeps what linking translations needs of an item, and only that. */
  #keepTranslatable(rows: ItemRows, item: ImportedItem): void {
    const { id, type, title, locale, published_at, version } = rows.item;
    this.#translatable.push({
      rows: {
        item: {
          id,
          type,
          title,
          locale,
          published_at,
          version,
          translation_group: rows.item.translation_group,
          translated_from_version: rows.item.translated_from_version,
        },
      },
      source: {
        translationKey: item.translationKey,
        isOriginal: item.isOriginal,
        origin: item.origin,
      },
    });
  }
}
