import type { MediaKind } from '../../db/schema.ts';

export type { MediaKind };

/** The file types we accept, as sniffed from the bytes, with the extension we store them under. */
export const ACCEPTED_MEDIA_TYPES = {
  'image/jpeg': { extension: 'jpg', kind: 'image', label: 'JPEG' },
  'image/png': { extension: 'png', kind: 'image', label: 'PNG' },
  'image/webp': { extension: 'webp', kind: 'image', label: 'WebP' },
  'image/gif': { extension: 'gif', kind: 'image', label: 'GIF' },
  'application/pdf': { extension: 'pdf', kind: 'document', label: 'PDF' },
} as const satisfies Record<string, { extension: string; kind: MediaKind; label: string }>;

export type AcceptedMimeType = keyof typeof ACCEPTED_MEDIA_TYPES;
export type MediaExtension = (typeof ACCEPTED_MEDIA_TYPES)[AcceptedMimeType]['extension'];

/** Widths of the WebP variants made for each image (only those narrower than the original). */
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;

export const MEDIA_PER_PAGE = 30;

/** Everything uploaded is served under this path. */
export const MEDIA_URL_PREFIX = '/media/';

export interface MediaVariantView {
  width: number;
  height: number;
  url: string;
  bytes: number;
}

/** An upload as the rest of the application sees it. */
export interface MediaItem {
  id: string;
  kind: MediaKind;
  mimeType: string;
  originalName: string;
  /** The original file: upright and without metadata for an image, as uploaded otherwise. */
  url: string;
  /** Name of the original under the media folder (what `/media/<name>` serves). */
  storedName: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  alt: string;
  /** WebP renditions, narrowest first; empty for documents. */
  variants: MediaVariantView[];
  createdAt: string;
  uploadedBy: string | null;
}
