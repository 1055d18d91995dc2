import fs from 'node:fs/promises';
import { decodeHTML } from 'entities';
import path from 'node:path';
import type { Db } from '../db/connection.ts';
import type { MediaReferencesTable, MediaTable } from '../db/schema.ts';
import { checkUploadSize, stageMediaFiles } from '../domain/media/media-service.ts';
import type { MediaBatch, MediaStoreChoice } from '../domain/media/media-storage.ts';
import { mediaUrl } from '../domain/media/media-names.ts';
import { AppError, ValidationError } from '../lib/errors.ts';
import {
  SANITIZED_IMAGE_TAG,
  htmlToText,
  sanitizedTagAttributes,
} from '../lib/sanitize-body-html.ts';
import type { ItemRows } from './import-items.ts';
import type { MediaFolder } from './media-folder.ts';

/** Where `--media-dir` takes an import's files from, and where they go. */
export interface ImportMediaOptions extends MediaStoreChoice {
  folder: MediaFolder;
  /** The upload limit, which imported files keep too. */
  maxBytes: number;
}

export interface ImportedMedia {
  /** New library rows, one per file taken in; inserted by the caller. */
  rows: MediaTable[];
  /** Recorded addresses with no file in the folder. */
  missing: string[];
  warnings: string[];
}

/** An address attribute of any tag in a sanitized body (see `sanitizedTagAttributes`). */
const ADDRESS_ATTRIBUTE = /(\s(?:src|href)=")([^"]*)"/g;

/** The alt text the bodies give each image address (the first one, as plain text). */
function altTextsByUrl(built: readonly ItemRows[]): Map<string, string> {
  const alts = new Map<string, string>();
  for (const rows of built) {
    for (const tag of rows.item.body_html?.match(SANITIZED_IMAGE_TAG) ?? []) {
      const attributes = sanitizedTagAttributes(tag);
      const src = attributes.get('src');
      const alt = attributes.get('alt');
      if (src && alt && !alts.has(decodeHTML(src))) {
        alts.set(decodeHTML(src), htmlToText(alt).slice(0, 500));
      }
    }
  }
  return alts;
}

/** A file's bytes, refused by its size before it is read (a folder may hold videos too). */
async function readLocalFile(file: string, maxBytes: number): Promise<Buffer> {
  try {
    checkUploadSize((await fs.stat(file)).size, maxBytes);
    return await fs.readFile(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ValidationError(`The file cannot be read (${code}).`);
  }
}

/** Library items earlier imports made, by the address they came from. */
async function earlierImportedMedia(db: Db): Promise<Map<string, MediaTable>> {
  const rows = await db
    .selectFrom('media_references')
    .innerJoin('media', 'media.id', 'media_references.media_id')
    .selectAll('media')
    .select('media_references.url as reference_url')
    .execute();
  return new Map(rows.map(({ reference_url, ...media }) => [reference_url, media]));
}

/**
 * Takes the files an import's items point at from a local folder into the media library:
 * each file once, however many addresses or items name it; the same address an earlier import
 * brought reuses that item. Files are staged in `files` (the caller commits them with the
 * transaction, or discards them); the items' bodies, revisions and pictures are rewritten in
 * place to point at the library, and each reference learns its media id.
 */
export async function copyImportedMedia(
  db: Db,
  options: ImportMediaOptions & {
    files: MediaBatch;
    built: ItemRows[];
    references: MediaReferencesTable[];
    /** Called for each address in turn: progress, and the moment an interruption is heard. */
    onAddress: () => Promise<void>;
  },
): Promise<ImportedMedia> {
  const { folder, built, references } = options;
  const result: ImportedMedia = { rows: [], missing: [], warnings: [] };
  const earlier = await earlierImportedMedia(db);
  const alts = altTextsByUrl(built);
  // A file counts as uploaded by the author of the first item showing it, who may then
  // describe it like their own uploads.
  const authorOfItem = new Map(built.map((rows) => [rows.item.id, rows.item.author_id]));
  const uploaderOfUrl = new Map<string, string | null>();
  for (const reference of references) {
    if (!uploaderOfUrl.has(reference.url)) {
      uploaderOfUrl.set(reference.url, authorOfItem.get(reference.content_id) ?? null);
    }
  }
  const mediaByFile = new Map<string, MediaTable>();
  const mediaByUrl = new Map<string, MediaTable>();
  const unusable = new Set<string>();

  for (const url of new Set(references.map((reference) => reference.url))) {
    await options.onAddress();
    const known = earlier.get(url);
    if (known) {
      mediaByUrl.set(url, known);
      continue;
    }
    const file = folder.find(url);
    if (!file) {
      result.missing.push(url);
      continue;
    }
    let media = mediaByFile.get(file);
    if (!media && !unusable.has(file)) {
      try {
        media = await stageMediaFiles(options.files, {
          bytes: await readLocalFile(file, options.maxBytes),
          originalName: path.basename(file),
          alt: alts.get(url) ?? '',
          uploadedBy: uploaderOfUrl.get(url) ?? null,
          maxBytes: options.maxBytes,
        });
        mediaByFile.set(file, media);
        result.rows.push(media);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        unusable.add(file);
        const detail = Object.values(error.fields ?? {})[0];
        result.warnings.push(
          `${path.relative(folder.root, file)} was not imported: ${error.message}` +
            (detail ? ` (${detail})` : ''),
        );
      }
    }
    if (media) mediaByUrl.set(url, media);
  }

  for (const reference of references) {
    reference.media_id = mediaByUrl.get(reference.url)?.id ?? null;
  }
  // A link to a file (WordPress links an image to its full size) is rewritten when that file
  // came in anyway, under whichever of its addresses on the old site's own hosts.
  const hosts = new Set(references.map((reference) => hostOf(reference.url)));
  const mediaOfAddress = (address: string): MediaTable | undefined => {
    const known = mediaByUrl.get(address);
    if (known || !hosts.has(hostOf(address))) return known;
    const file = folder.find(address);
    return file ? mediaByFile.get(file) : undefined;
  };
  for (const rows of built) rewriteItem(rows, mediaOfAddress);
  return result;
}

/** The host of an absolute URL, '' for a site-relative path, undefined for anything else. */
function hostOf(address: string): string | undefined {
  if (address.startsWith('/') && !address.startsWith('//')) return '';
  try {
    return new URL(address).host;
  } catch {
    return undefined;
  }
}

function rewriteItem(
  rows: ItemRows,
  mediaOfAddress: (address: string) => MediaTable | undefined,
): void {
  const { item, revision } = rows;
  if (item.body_html) {
    const body = item.body_html.replace(ADDRESS_ATTRIBUTE, (attribute, start: string, value) => {
      const media = mediaOfAddress(decodeHTML(value as string));
      return media ? `${start}${mediaUrl(media.stored_name)}"` : attribute;
    });
    item.body_html = body;
    revision.body_html = body;
  }
  const picture = rows.featuredImageAddress ? mediaOfAddress(rows.featuredImageAddress) : undefined;
  if (picture?.kind === 'image') {
    item.featured_media_id = picture.id;
    item.featured_image_url = null;
    item.featured_image_alt = null;
    revision.featured_media_id = picture.id;
  }
}
