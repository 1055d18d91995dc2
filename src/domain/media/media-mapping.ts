import type { MediaTable, MediaVariant } from '../../db/schema.ts';
import { mediaUrl } from './media-names.ts';
import type { MediaItem } from './media-types.ts';

function variantsOf(row: MediaTable): MediaVariant[] {
  const parsed: unknown = JSON.parse(row.variants);
  return Array.isArray(parsed) ? (parsed as MediaVariant[]) : [];
}

/** A database row as the application sees it, with URLs instead of file names. */
export function toMediaItem(row: MediaTable): MediaItem {
  return {
    id: row.id,
    kind: row.kind,
    mimeType: row.mime_type,
    originalName: row.original_name,
    url: mediaUrl(row.stored_name),
    storedName: row.stored_name,
    byteSize: Number(row.byte_size),
    width: row.width === null ? null : Number(row.width),
    height: row.height === null ? null : Number(row.height),
    alt: row.alt,
    variants: variantsOf(row)
      .map((variant) => ({
        width: variant.width,
        height: variant.height,
        url: mediaUrl(variant.file),
        bytes: variant.bytes,
      }))
      .sort((a, b) => a.width - b.width),
    createdAt: row.created_at,
    uploadedBy: row.uploaded_by,
  };
}

/** A size in megabytes to one decimal: 23.4, 20. */
export function megabytesOf(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/** "23.4 MB", "20 MB": one decimal, none when it would be zero. */
export function formatMegabytes(bytes: number): string {
  return `${megabytesOf(bytes)} MB`;
}
