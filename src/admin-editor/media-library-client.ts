/// <reference lib="dom" />
import { say } from './editor-words.ts';

/**
 * The media library as the island talks to it: search (`GET /admin/media.json?q=`), upload
 * (`POST` to the same address) and alt text (`POST /admin/media/:id/alt`, the library's own
 * form). The body's image panels and the featured-image picker share these.
 */

/** One image as `GET /admin/media.json` lists it (and its upload answers). */
export interface LibraryImage {
  id: string;
  name: string;
  url: string;
  thumbnailUrl: string;
  alt: string;
  width: number | null;
  height: number | null;
}

/** Where the island sends what it stores, with the page's CSRF token (sent in a header). */
export interface LibraryTarget {
  /** `/admin/media.json`: searched with GET, uploaded to with POST. */
  endpoint: string;
  csrfToken: string;
}

/** What the server stores as images (the library's upload takes the same). */
export const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif';

/** Why a dropped or chosen file cannot be an image here, or undefined when it can. */
export function refusalOfFile(file: File): string | undefined {
  if (IMAGE_TYPES.split(',').includes(file.type)) return undefined;
  return file.name
    ? say('editor.upload.notAnImage', { name: file.name })
    : say('editor.upload.unnamedNotAnImage');
}

/** What to tell the author when storing failed: the server's reason, or the connection. */
export function failureMessage(error: unknown): string {
  return error instanceof TypeError ? say('editor.upload.unreachable') : (error as Error).message;
}

export async function searchImages(endpoint: string, query: string): Promise<LibraryImage[]> {
  const url = `${endpoint}?q=${encodeURIComponent(query)}`;
  const response = await fetch(url, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`The media library answered ${response.status}.`);
  const body = (await response.json()) as { items: LibraryImage[] };
  return body.items;
}

/** The stored image, or the server's reason for refusing it (thrown as an Error). */
export async function uploadImage(
  target: LibraryTarget,
  file: File,
  alt: string,
): Promise<LibraryImage> {
  const body = new FormData();
  body.append('alt', alt);
  body.append('file', file, file.name || 'pasted-image');
  const response = await fetch(target.endpoint, {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'x-csrf-token': target.csrfToken },
  });
  const answer = (await response.json().catch(() => undefined)) as
    (LibraryImage & { error?: undefined }) | { error?: { message?: string } } | undefined;
  if (response.ok && answer && 'url' in answer && answer.url) return answer;
  throw new Error(
    answer?.error?.message ?? say('editor.upload.refused', { status: String(response.status) }),
  );
}

/**
 * Gives a library image its alt text through the Media page's own form. That form answers a
 * redirect when it has saved, which is not followed (the library page is not needed here);
 * a refusal answers with a status: only the uploader and editors may describe an image.
 */
export async function describeImage(
  target: LibraryTarget,
  image: LibraryImage,
  alt: string,
): Promise<LibraryImage> {
  const response = await fetch(`/admin/media/${encodeURIComponent(image.id)}/alt`, {
    method: 'POST',
    body: new URLSearchParams({ _csrf: target.csrfToken, alt }),
    credentials: 'same-origin',
    redirect: 'manual',
  });
  if (response.type === 'opaqueredirect' || response.ok) return { ...image, alt };
  throw new Error(
    response.status === 403
      ? say('editor.alt.onlyUploaderOrEditor')
      : say('editor.alt.notSaved', { status: String(response.status) }),
  );
}
