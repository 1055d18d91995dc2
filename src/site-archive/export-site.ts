import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Expression, type SqlBool, sql } from 'kysely';
import { type MediaStoreChoice, mediaStoreOf } from '../domain/media/media-storage.ts';
import { type Progress, silentProgress } from '../lib/progress.ts';
import { type Db, dialectOf } from '../db/connection.ts';
import { currentTimestamp } from '../lib/time.ts';
import { packArchive, presentMediaFiles } from './archive-file.ts';
import { withStagingFolder } from './staging-folders.ts';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  DERIVED_SETTING_KEYS,
  EXPORTED_TABLES,
  type ExportedTable,
  MANIFEST_FILE,
  type Manifest,
  TABLES_FOLDER,
  type ArchiveValue,
  type TableSpec,
  filesOfMediaRow,
  normaliseRow,
  specOf,
  tableFileOf,
} from './archive-format.ts';
import { countRows, tableRows } from './table-rows.ts';
import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../domain/content-types/content-type-registry.ts';

export interface ExportOptions {
  /** The `.tar.gz` to write; replaced if it exists, only once the new one is complete. */
  destination: string;
  /** Where the media are read from: the site's store (or a local folder). */
  mediaStore?: MediaStoreChoice['mediaStore'];
  mediaDir?: string;
  /** Keep password hashes and API tokens (an archive to move a site, not to share). */
  hasSecrets?: boolean;
  progress?: Progress;
}

/** The last migration applied: the schema the rows were written for. */
export async function lastAppliedMigration(db: Db): Promise<string> {
  const result = await sql<{ name: string }>`select name from kysely_migration
    order by name desc limit 1`.execute(db);
  const name = result.rows[0]?.name;
  if (!name) throw new Error('The database has no migrations applied.');
  return name;
}

/** Rows a table's file leaves out, as the condition the rows written meet. */
function keptRows(table: ExportedTable): Expression<SqlBool> | undefined {
  if (table !== 'site_settings') return undefined;
  return sql<SqlBool>`${sql.ref('key')} not in (${sql.join([...DERIVED_SETTING_KEYS])})`;
}

/** Every key some content type marks as secret (an event's `joiningUrl`). */
const SECRET_FIELD_KEYS = new Set(
  CONTENT_TYPES.flatMap((type) => contentTypeDefinition(type).secretFields ?? []),
);

/** An item's stored fields (JSON) without its secret keys. */
function withoutSecretFields(stored: ArchiveValue): ArchiveValue {
  if (typeof stored !== 'string') return stored;
  const fields = JSON.parse(stored) as unknown;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return stored;
  const kept = Object.entries(fields).filter(([key]) => !SECRET_FIELD_KEYS.has(key));
  return kept.length === Object.keys(fields).length
    ? stored
    : JSON.stringify(Object.fromEntries(kept));
}

async function* ndjsonLines(
  db: Db,
  table: ExportedTable,
  spec: TableSpec,
  options: {
    hasSecrets: boolean;
    progress: Progress;
    onRow: (row: Record<string, unknown>) => void;
  },
): AsyncGenerator<string> {
  for await (const stored of tableRows(db, table, spec, keptRows(table))) {
    options.onRow(stored);
    const row = normaliseRow(spec, stored);
    if (!options.hasSecrets) {
      for (const column of spec.secretColumns ?? []) row[column] = null;
      if (spec.secretFieldsColumn) {
        row[spec.secretFieldsColumn] = withoutSecretFields(row[spec.secretFieldsColumn] ?? null);
      }
    }
    yield `${JSON.stringify(row)}\n`;
    options.progress.advance();
  }
}

interface Snapshot {
  migration: string;
  tables: Manifest['tables'];
  mediaNames: Set<string>;
}

/**
 * Writes every exported table to `<folder>/tables/<table>.ndjson` from one snapshot of the
 * database (a repeatable-read transaction on PostgreSQL, a read transaction on SQLite), so
 * an export taken while the site is in use is still consistent.
 */
async function writeTables(
  db: Db,
  folder: string,
  options: { hasSecrets: boolean; progress: Progress },
): Promise<Snapshot> {
  await fs.mkdir(path.join(folder, TABLES_FOLDER));
  // Read only: on SQLite a writing transaction would take the write lock for the whole
  // export and hold off every editor's save.
  const readOnly = db.transaction().setAccessMode('read only');
  const transaction =
    dialectOf(db) === 'postgres' ? readOnly.setIsolationLevel('repeatable read') : readOnly;
  return transaction.execute(async (trx) => {
    const migration = await lastAppliedMigration(trx);
    const tables: Manifest['tables'] = {};
    const mediaNames = new Set<string>();
    for (const table of EXPORTED_TABLES) {
      const spec = specOf(table);
      if (spec.isSecret && !options.hasSecrets) continue;
      const count = await countRows(trx, table, keptRows(table));
      // Empty tables get no progress line: a new site has many.
      const progress = count > 0 ? options.progress : silentProgress;
      progress.start(`Exporting ${table}`, count);
      let written = 0;
      const onRow = (row: Record<string, unknown>) => {
        written += 1;
        if (table !== 'media') return;
        for (const file of filesOfMediaRow(row as { stored_name: string; variants: string })) {
          mediaNames.add(file);
        }
      };
      await pipeline(
        Readable.from(ndjsonLines(trx, table, spec, { ...options, progress, onRow })),
        fsSync.createWriteStream(path.join(folder, tableFileOf(table))),
      );
      progress.stop();
      tables[table] = written;
    }
    return { migration, tables, mediaNames };
  });
}

/**
 * Writes the whole site as one archive (docs/export-format.md): the manifest, one NDJSON
 * file per table with rows in primary-key order, and the media files the media table names.
 * Two exports of the same site differ only in `exported_at`. Returns the manifest written.
 */
export async function exportSite(db: Db, options: ExportOptions): Promise<Manifest> {
  const progress = options.progress ?? silentProgress;
  const hasSecrets = options.hasSecrets ?? false;
  const destination = path.resolve(options.destination);
  const mediaStore = mediaStoreOf(options);
  return withStagingFolder(mediaStore.scratchParent, async (folder) => {
    const snapshot = await writeTables(db, folder, { hasSecrets, progress });
    const media = await presentMediaFiles(mediaStore, snapshot.mediaNames);
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      exported_at: currentTimestamp(),
      engine: dialectOf(db),
      migration: snapshot.migration,
      has_secrets: hasSecrets,
      tables: snapshot.tables,
      media: media.present,
      missing_media: media.missing,
    };
    await fs.writeFile(path.join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await packArchive({
      destination,
      stagingDir: folder,
      // The manifest first: a reader learns what the archive is before reading the rest.
      entries: [
        MANIFEST_FILE,
        ...Object.keys(snapshot.tables).map((table) => tableFileOf(table as ExportedTable)),
      ],
      mediaStore,
      mediaFiles: media.present.map((file) => file.file),
      progress,
    });
    return manifest;
  });
}
