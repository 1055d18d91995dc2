import fs from 'node:fs/promises';
import path from 'node:path';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  ArchiveError,
  EXPORTED_TABLES,
  MANIFEST_FILE,
  MEDIA_FOLDER,
  type Manifest,
  manifestSchema,
  tableFileOf,
} from './archive-format.ts';

/**
 * Parses and checks the manifest: the format and version first, so an archive of another
 * kind or a later version gets that message, not a list of unexpected fields.
 */
export function parseManifest(text: string, file: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
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
 * installation has not had): checked on the manifest, before anything is unpacked.
 */
export function checkKnownMigration(
  manifest: Manifest,
  file: string,
  knownMigrations: string[],
): void {
  if (!knownMigrations.includes(manifest.migration)) {
    throw new ArchiveError(
      `${file} was exported at migration ${manifest.migration}, which this inspir does not ` +
        `know (it knows up to ${knownMigrations.at(-1) ?? 'none'}): upgrade inspir first.`,
    );
  }
}

/** Checks that every file the manifest lists arrived whole. */
export async function checkArchiveContents(options: {
  folder: string;
  file: string;
  manifest: Manifest;
}): Promise<void> {
  const { folder, file, manifest } = options;
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
