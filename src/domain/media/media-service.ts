import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type Db, inTransaction } from '../../db/connection.ts';
import {
  countMedia,
  insertMedia,
  selectMediaById,
  selectMediaByStoredNames,
  selectMediaOfKind,
  selectMediaPage,
  updateMediaAltText,
} from '../../db/repositories/media-repository.ts';
import type { MediaTable, MediaVariant } from '../../db/schema.ts';
import {
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  ValidationError,
} from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { currentTimestamp } from '../../lib/time.ts';
import type { Actor } from '../auth/actor.ts';
import { canCreateContent } from '../auth/permissions.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import { parseInput } from '../validation.ts';
import { detectAcceptedType } from './detect-file-type.ts';
import { cleanImageOriginal } from './image-originals.ts';
import { readImageFacts, renderWebpVariants } from './image-variants.ts';
import { formatMegabytes, megabytesOf, toMediaItem } from './media-mapping.ts';
import { originalNameFor, variantNameFor } from './media-names.ts';
import { type MediaBatch, type MediaStoreChoice, mediaStoreOf } from './media-storage.ts';
import {
  ACCEPTED_MEDIA_TYPES,
  type AcceptedMimeType,
  MEDIA_PER_PAGE,
  type MediaItem,
} from './media-types.ts';

export type { MediaItem } from './media-types.ts';

/** Where uploads go (a store, or a local folder) and how large they may be. */
export interface MediaDependencies extends MediaStoreChoice {
  db: Db;
  maxBytes: number;
}

export const altSchema = z.string().trim().max(500, 'problem.maxCharacters');

const listSchema = z.object({
  query: z.string().trim().max(200, 'problem.maxCharacters').optional(),
  page: z.number().int('problem.wholeNumber').min(1, 'problem.minNumber'),
});

/**
 * Contributors may describe (and move to the trash) their own uploads; editors and
 * administrators anyone's.
 */
export function canEditMedia(actor: Actor, uploadedBy: string | null): boolean {
  if (actor.role === 'administrator' || actor.role === 'editor') return true;
  return canCreateContent(actor) && uploadedBy === actor.id;
}

/** The name as the uploader's computer had it: no folders, no control characters. */
function cleanOriginalName(name: string): string {
  // Some browsers send a full path ("C:\fakepath\photo.jpg").
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = Array.from(base.replace(/\p{Cc}/gu, '').trim())
    .slice(0, 300)
    .join('');
  return cleaned || 'upload';
}

/** Refuses an empty file or one over the upload limit, before anything reads it whole. */
export function checkUploadSize(byteSize: number, maxBytes: number): void {
  if (byteSize === 0) {
    throw new ValidationError(problem('problem.emptyFile'), {
      file: problem('problem.emptyFileChooseAnother'),
    });
  }
  if (byteSize > maxBytes) {
    throw new PayloadTooLargeError(
      problem('problem.fileTooLarge', {
        size: formatMegabytes(byteSize),
        limit: formatMegabytes(maxBytes),
      }),
    );
  }
}

/**
 * Checks a file and writes it and, for images, its WebP variants (see `variantWidthsFor`) to
 * `files`, staged but not yet in place; returns the row that describes them. The type comes
 * from the bytes, never from the name. An image is stored upright and without its metadata
 * (see `cleanImageOriginal`); other files are stored as they came. The caller commits the
 * files and then writes the row, or discards the files on any failure — so there is never a
 * row without files.
 */
export async function stageMediaFiles(
  files: MediaBatch,
  input: {
    bytes: Buffer;
    originalName: string;
    alt: string;
    uploadedBy: string | null;
    maxBytes: number;
  },
): Promise<MediaTable> {
  checkUploadSize(input.bytes.length, input.maxBytes);
  const mimeType = await detectAcceptedType(input.bytes);
  const type = ACCEPTED_MEDIA_TYPES[mimeType];
  const facts = type.kind === 'image' ? await readImageFacts(input.bytes, mimeType) : null;
  const stored = facts ? await cleanImageOriginal(input.bytes, mimeType, facts) : input.bytes;
  const id = randomUUID();
  const row: MediaTable = {
    id,
    kind: type.kind,
    mime_type: mimeType,
    original_name: cleanOriginalName(input.originalName),
    stored_name: originalNameFor(id, type.extension),
    byte_size: stored.length,
    width: facts?.width ?? null,
    height: facts?.height ?? null,
    alt: input.alt,
    variants: '[]',
    uploaded_by: input.uploadedBy,
    created_at: currentTimestamp(),
  };
  await files.stage(row.stored_name, stored);
  const variants: MediaVariant[] = [];
  if (facts) {
    await renderWebpVariants(input.bytes, facts, async (variant) => {
      const file = variantNameFor(id, variant.width);
      await files.stage(file, variant.data);
      variants.push({
        width: variant.width,
        height: variant.height,
        file,
        bytes: variant.data.length,
      });
    });
  }
  row.variants = JSON.stringify(variants);
  return row;
}

/**
 * Stores an upload (see `stageMediaFiles`). Files are written first and the row last, in one
 * transaction with the audit entry; on any failure the files are removed again, so there is
 * never a row without files or files from a failed upload.
 */
export async function uploadMedia(
  deps: MediaDependencies,
  actor: Actor,
  input: { bytes: Buffer; originalName: string; alt?: string },
): Promise<MediaItem> {
  if (!canCreateContent(actor)) throw new ForbiddenError(problem('problem.cannotUploadMedia'));
  const alt = parseInput(z.object({ alt: altSchema.default('') }), { alt: input.alt }).alt;
  const files = mediaStoreOf(deps).startBatch();
  let row: MediaTable;
  try {
    row = await stageMediaFiles(files, {
      bytes: input.bytes,
      originalName: input.originalName,
      alt,
      uploadedBy: actor.id,
      maxBytes: deps.maxBytes,
    });
    await files.commit();
    await inTransaction(deps.db, async (trx) => {
      await insertMedia(trx, row);
      await recordAudit(trx, actor, {
        action: 'media.upload',
        subjectType: 'media',
        subjectId: row.id,
        summary: auditSummary('audit.mediaUploaded', {
          name: row.original_name,
          format: ACCEPTED_MEDIA_TYPES[row.mime_type as AcceptedMimeType].label,
          megabytes: megabytesOf(row.byte_size),
        }),
      });
    });
  } catch (error) {
    await files.discard();
    throw error;
  }
  return toMediaItem(row);
}

/** Changes an upload's alt text. Contributors may change only their own uploads'. */
export async function updateMediaAlt(
  db: Db,
  actor: Actor,
  id: string,
  alt: string,
): Promise<MediaItem> {
  const row = await selectMediaById(db, id);
  if (!row) throw new NotFoundError(problem('problem.noSuchMedia'));
  if (!canEditMedia(actor, row.uploaded_by)) {
    throw new ForbiddenError(problem('problem.onlyOwnUploads'));
  }
  const cleanAlt = parseInput(z.object({ alt: altSchema }), { alt }).alt;
  // Published pages show this text (featured images, body images): their cache must renew.
  await changePublicContent(db, async (trx) => {
    await updateMediaAltText(trx, id, cleanAlt);
    await recordAudit(trx, actor, {
      action: 'media.alt',
      subjectType: 'media',
      subjectId: id,
      summary: auditSummary('audit.mediaAltChanged', { name: row.original_name }),
    });
  });
  return toMediaItem({ ...row, alt: cleanAlt });
}

export async function getMedia(db: Db, id: string): Promise<MediaItem> {
  const row = await selectMediaById(db, id);
  if (!row) throw new NotFoundError(problem('problem.noSuchMedia'));
  return toMediaItem(row);
}

/**
 * Every PDF in the library, newest first, for a publication's file choices. All of them, not a
 * page: a network's guides and reports number in the tens or hundreds, and a file already
 * chosen must stay choosable however old it is.
 */
export async function listDocuments(db: Db): Promise<MediaItem[]> {
  const rows = await selectMediaOfKind(db, 'document');
  return rows.filter((row) => row.mime_type === 'application/pdf').map(toMediaItem);
}

/** The media a page needs, keyed by stored name (see `mediaNamesInBody`), in one query. */
export async function getMediaByStoredNames(
  db: Db,
  storedNames: readonly string[],
): Promise<Map<string, MediaItem>> {
  const rows = await selectMediaByStoredNames(db, storedNames);
  return new Map(rows.map((row) => [row.stored_name, toMediaItem(row)]));
}

/**
 * A page of the media library, newest first, searched by original name and alt text
 * (ignoring case). Who may see the library is the caller's check.
 */
export async function listMedia(
  db: Db,
  options: { query?: string; page: number },
): Promise<{ items: MediaItem[]; total: number; perPage: number }> {
  const { query, page } = parseInput(listSchema, options);
  const search = query || undefined;
  const [rows, total] = await Promise.all([
    selectMediaPage(db, { search, limit: MEDIA_PER_PAGE, offset: (page - 1) * MEDIA_PER_PAGE }),
    countMedia(db, { search }),
  ]);
  return { items: rows.map(toMediaItem), total, perPage: MEDIA_PER_PAGE };
}
