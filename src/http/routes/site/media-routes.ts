import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contentTypeOfStoredName, isStoredMediaName } from '../../../domain/media/media-names.ts';
import {
  type MediaFileFacts,
  createMediaFileCheck,
} from '../../../domain/trash/trashed-addresses.ts';
import { NotFoundError } from '../../../lib/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { matchesEtag } from '../../responses/representation.ts';

// A stored name is never reused for other bytes, so browsers and proxies may keep it forever.
const MEDIA_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * Uploads are not our pages: opened on their own, a file runs in a sandbox (a unique origin, no
 * script, no forms, no plugins other than the browser's PDF viewer) and may load nothing, so a
 * PDF or a polyglot that a browser renders as a document can do nothing on the site's origin
 * (GitHub serves user content with the same policy). The policy governs only the file opened
 * as a document, not an image shown in a page. Inline styles are allowed because browsers dress
 * an image or a PDF opened on its own in a page styled inline; Chromium 156 shows images and
 * PDFs under this policy. Framing stays refused, as for every other response.
 */
const MEDIA_CONTENT_SECURITY_POLICY =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

/**
 * The single byte range a request asks for (`bytes=a-b`, `bytes=a-`, `bytes=-n`), `null` for
 * the whole file, or `'unsatisfiable'`. PDF viewers read large files this way. Several ranges
 * at once are answered with the whole file, which HTTP allows.
 */
function requestedRange(
  request: FastifyRequest,
  etag: string,
  size: number,
): { start: number; end: number } | null | 'unsatisfiable' {
  const header = request.headers.range;
  const ifRange = request.headers['if-range'];
  if (!header || (ifRange !== undefined && ifRange !== etag)) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [first, last] = [match[1] ?? '', match[2] ?? ''];
  const start = first === '' ? Math.max(0, size - Number(last)) : Number(first);
  const end = first === '' || last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start > end || start >= size) return 'unsatisfiable';
  return { start, end };
}

/** A header-safe file name for `Content-Disposition`, plus its exact UTF-8 form. */
function dispositionFor(originalName: string): string {
  const ascii = originalName.replace(/[^\w .()-]/g, '_').slice(0, 150) || 'document.pdf';
  const encoded = encodeURIComponent(originalName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** What serving media needs: the store, the settings, and the database for the uploads' rows. */
type MediaRouteContext = Pick<AppContext, 'config' | 'database' | 'mediaStore'>;

/**
 * With S3_PUBLIC_URL (a CDN or a public bucket), readers are sent there: the bytes then never
 * pass through the app. Public pages, feeds and the API already link uploads there
 * (`publicMediaUrl`); stored bodies keep `/media/<name>`, and this redirect serves what still
 * asks the app: the admin, sent emails, old links and pages cached elsewhere. Permanent, but
 * cached for a day only: an upload moved to the trash answers 410 here again once browsers ask
 * again, and turning the setting off takes effect within a day.
 */
const PUBLIC_URL_REDIRECT_CACHE_CONTROL = 'public, max-age=86400';

async function sendMediaFile(
  context: MediaRouteContext,
  checkFile: (storedName: string) => Promise<MediaFileFacts | undefined>,
  request: FastifyRequest<{ Params: { file: string } }>,
  reply: FastifyReply,
) {
  const name = request.params.file;
  const contentType = contentTypeOfStoredName(name);
  // Only names the upload step produces: no "..", no slashes, no dot files (temporary writes).
  if (!isStoredMediaName(name) || !contentType) throw new NotFoundError();
  const { mediaPublicUrl } = context.config;
  if (mediaPublicUrl) {
    // Asked first: an upload in the trash answers 410 rather than being sent on.
    await checkFile(name);
    return reply
      .code(301)
      .header('cache-control', PUBLIC_URL_REDIRECT_CACHE_CONTROL)
      .redirect(`${mediaPublicUrl}/${name}`, 301);
  }
  // Side by side: the store and the database answer in the time of the slower one. An upload
  // in the trash answers 410 before anything else is said about it.
  const [stats, media] = await Promise.all([context.mediaStore.stat(name), checkFile(name)]);
  if (!stats) throw new NotFoundError();

  // Strong: the bytes behind a name never change (the store's ETag says which bytes).
  const { etag } = stats;
  reply
    .header('content-type', contentType)
    .header('cache-control', MEDIA_CACHE_CONTROL)
    .header('etag', etag)
    .header('last-modified', stats.lastModified.toUTCString())
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', MEDIA_CONTENT_SECURITY_POLICY)
    .header('accept-ranges', 'bytes');
  if (contentType === 'application/pdf' && media) {
    reply.header('content-disposition', dispositionFor(media.originalName));
  }
  if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();

  const range = requestedRange(request, etag, stats.size);
  if (range === 'unsatisfiable') {
    return reply.code(416).header('content-range', `bytes */${stats.size}`).send();
  }
  if (range) {
    reply
      .code(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${stats.size}`)
      .header('content-length', range.end - range.start + 1);
    return reply.send(await openStored(context, name, range));
  }
  // Streamed: a 20 MB file must not sit in memory once per reader.
  reply.header('content-length', stats.size);
  return reply.send(await openStored(context, name));
}

/** The stored bytes; a file removed between the size check and the read is a 404. */
async function openStored(
  context: MediaRouteContext,
  name: string,
  range?: { start: number; end: number },
) {
  const stream = await context.mediaStore.openRead(name, range);
  if (!stream) throw new NotFoundError();
  return stream;
}

/**
 * Serves uploads (originals and their WebP variants) from the media store; while an upload is
 * in the trash, its files answer 410.
 */
export function registerMediaRoutes(app: FastifyInstance, context: MediaRouteContext): void {
  const checkFile = createMediaFileCheck(context.database);
  app.get<{ Params: { file: string } }>('/media/:file', (request, reply) =>
    sendMediaFile(context, checkFile, request, reply),
  );
}
