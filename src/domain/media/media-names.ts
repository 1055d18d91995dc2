import { SANITIZED_IMAGE_TAG, sanitizedTagAttributes } from '../../lib/sanitize-body-html.ts';
import {
  ACCEPTED_MEDIA_TYPES,
  type AcceptedMimeType,
  MEDIA_URL_PREFIX,
  type MediaExtension,
} from './media-types.ts';

/**
 * How uploads are named on disk. A name is `<uuid>.<ext>` for an original and
 * `<uuid>-<width>.webp` for a variant; nothing else is ever stored or served, so a name taken
 * from a URL can be checked against this pattern and joined to the media folder safely.
 */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const EXTENSIONS = Object.values(ACCEPTED_MEDIA_TYPES)
  .map((type) => type.extension)
  .join('|');

/** Matches a stored name anywhere in a string (no anchors), for finding references in HTML. */
const STORED_NAME_SOURCE = `${UUID}(?:-[1-9][0-9]{1,4}\\.webp|\\.(?:${EXTENSIONS}))`;

const storedNamePattern = new RegExp(`^${STORED_NAME_SOURCE}$`);
const ownMediaSourcePattern = new RegExp(`^${MEDIA_URL_PREFIX}(${STORED_NAME_SOURCE})$`);

export function isStoredMediaName(name: string): boolean {
  return storedNamePattern.test(name);
}

export function originalNameFor(id: string, extension: MediaExtension): string {
  return `${id}.${extension}`;
}

export function variantNameFor(id: string, width: number): string {
  return `${id}-${width}.webp`;
}

/** The id of the upload a stored name (checked by `isStoredMediaName`) belongs to. */
export function mediaIdOfStoredName(name: string): string {
  return name.slice(0, 36);
}

/** The public URL of a stored file. */
export function mediaUrl(storedName: string): string {
  return `${MEDIA_URL_PREFIX}${storedName}`;
}

/** The Content-Type to serve a stored name with (names are validated first). */
export function contentTypeOfStoredName(name: string): AcceptedMimeType | undefined {
  const extension = name.slice(name.lastIndexOf('.') + 1);
  const entry = Object.entries(ACCEPTED_MEDIA_TYPES).find(
    ([, type]) => type.extension === extension,
  );
  return entry?.[0] as AcceptedMimeType | undefined;
}

/** The stored name of our upload an image's `src` shows (`/media/<name>`), else undefined. */
export function storedNameOfImageSource(src: string): string | undefined {
  return ownMediaSourcePattern.exec(src)?.[1];
}

/** Stored names of our own uploads that a sanitized body shows as images, each once. */
export function mediaNamesInBody(html: string): string[] {
  const names = new Set<string>();
  for (const tag of html.match(SANITIZED_IMAGE_TAG) ?? []) {
    const name = storedNameOfImageSource(sanitizedTagAttributes(tag).get('src') ?? '');
    if (name) names.add(name);
  }
  return [...names];
}
