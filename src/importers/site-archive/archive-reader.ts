import fs from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import { isPlainFileName } from './archive-file.ts';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  ArchiveError,
  EXPORTED_TABLES,
  MANIFEST_FILE,
  MEDIA_FOLDER,
  type Manifest,
  TABLES_FOLDER,
  manifestSchema,
  tableFileOf,
} from './archive-format.ts';

const TABLE_FILES = new Set<string>(EXPORTED_TABLES.map(tableFileOf));

/** Whether an entry belongs in a version 1 archive; anything else is refused, not ignored. */
function isExpectedEntry(entryPath: string, type: string): boolean {
  const name = entryPath.replace(/^\.\//, '').replace(/\/$/, '');
  if (type === 'Directory') return name === TABLES_FOLDER || name === MEDIA_FOLDER;
  if (type !== 'File' && type !== 'OldFile') return false;
  if (name === MANIFEST_FILE || TABLE_FILES.has(name)) return true;
  const [folder, file, ...rest] = name.split('/');
  return folder === MEDIA_FOLDER && rest.length === 0 && isPlainFileName(file ?? '');
}

/**
 * Reads the whole archive once without writing anything: a truncated or corrupt file fails
 * here, before anything is unpacked (an unpack that fails halfway is still writing files
 * while its error is reported), and every entry's name and type is checked.
 */
async function checkArchive(file: string): Promise<void> {
  const unexpected: string[] = [];
  try {
    await tar.list({
      file,
      strict: true,
      onReadEntry: (entry) => {
        if (!isExpectedEntry(entry.path, entry.type)) unexpected.push(entry.path);
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArchiveError(
      `${file} is not a readable .tar.gz archive (truncated or corrupt?): ${reason}`,
    );
  }
  if (unexpected.length > 0) {
    throw new ArchiveError(
      `${file} holds entries a version ${ARCHIVE_VERSION} export does not have: ` +
        `${unexpected.slice(0, 5).join(', ')}${unexpected.length > 5 ? ' …' : ''}`,
    );
  }
}

/** Checks an archive, then unpacks it into `folder`; the database is not touched. */
export async function extractArchive(file: string, folder: string): Promise<void> {
  await fs.access(file).catch(() => {
    throw new ArchiveError(`There is no file ${file}.`);
  });
  await checkArchive(file);
  try {
    await tar.extract({
      file,
      cwd: folder,
      strict: true,
      filter: (entryPath, entry) => isExpectedEntry(entryPath, 'type' in entry ? entry.type : ''),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArchiveError(`Could not unpack ${file}: ${reason}`);
  }
}

async function readManifestText(folder: string, file: string): Promise<string> {
  try {
    return await fs.readFile(path.join(folder, MANIFEST_FILE), 'utf8');
  } catch {
    throw new ArchiveError(
      `${file} has no ${MANIFEST_FILE}: it is not an inspir site export ` +
        '(an `inspir backup` archive is restored by extracting it into DATA_DIR).',
    );
  }
}

/**
 * Reads and checks the manifest: the format and version first, so an archive of another
 * kind or a later version gets that message, not a list of unexpected fields.
 */
export async function readManifest(folder: string, file: string): Promise<Manifest> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readManifestText(folder, file));
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`${MANIFEST_FILE} in ${file} is not valid JSON.`);
  }
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (head.format !== ARCHIVE_FORMAT) {
    throw new ArchiveError(
      `${file} is not an inspir site export: its format is ${JSON.stringify(head.format)}, ` +
        `expected "${ARCHIVE_FORMAT}".`,
    );
  }
  if (head.version !== ARCHIVE_VERSION) {
    throw new ArchiveError(
      `${file} is a version ${JSON.stringify(head.version)} export; this inspir restores ` +
        `version ${ARCHIVE_VERSION}. Restore it with the inspir that wrote it, or a newer one.`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`,
    );
    throw new ArchiveError(`${MANIFEST_FILE} in ${file} is not valid:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

/**
 * Refuses an archive whose schema this inspir does not know (written after an upgrade this
 * installation has not had), and checks that every file the manifest lists arrived whole.
 */
export async function checkArchiveContents(options: {
  folder: string;
  file: string;
  manifest: Manifest;
  knownMigrations: string[];
}): Promise<void> {
  const { folder, file, manifest, knownMigrations } = options;
  if (!knownMigrations.includes(manifest.migration)) {
    throw new ArchiveError(
      `${file} was exported at migration ${manifest.migration}, which this inspir does not ` +
        `know (it knows up to ${knownMigrations.at(-1) ?? 'none'}): upgrade inspir first.`,
    );
  }
  for (const table of EXPORTED_TABLES) {
    const exists = await fs.stat(path.join(folder, tableFileOf(table))).then(
      () => true,
      () => false,
    );
    const isListed = manifest.tables[table] !== undefined;
    if (exists !== isListed) {
      throw new ArchiveError(
        isListed
          ? `${file} lacks ${tableFileOf(table)}, which its manifest lists.`
          : `${file} holds ${tableFileOf(table)}, which its manifest does not list.`,
      );
    }
  }
  for (const media of manifest.media) {
    const stat = await fs.stat(path.join(folder, MEDIA_FOLDER, media.file)).catch(() => undefined);
    if (stat?.size !== media.bytes) {
      throw new ArchiveError(
        `${file}: ${MEDIA_FOLDER}/${media.file} is ${stat ? `${stat.size} bytes` : 'missing'}; ` +
          `the manifest says ${media.bytes} bytes.`,
      );
    }
  }
}
