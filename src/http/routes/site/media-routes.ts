import fs from 'node:fs';
import path from 'node:path';
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

async function statFile(file: string): Promise<fs.Stats | undefined> {
  try {
    const stats = await fs.promises.stat(file);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

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

/** What serving media needs: the folder, and the database for the uploads' rows. */
type MediaRouteContext = Pick<AppContext, 'config' | 'database'>;

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
  const file = path.join(context.config.mediaDir, name);
  // Side by side: the disk and the database answer in the time of the slower one. An upload
  // in the trash answers 410 before anything else is said about it.
  const [stats, media] = await Promise.all([statFile(file), checkFile(name)]);
  if (!stats) throw new NotFoundError();

  // Strong: the bytes behind a name never change; the size guards against a damaged copy.
  const etag = `"${name}-${stats.size.toString(36)}"`;
  reply
    .header('content-type', contentType)
    .header('cache-control', MEDIA_CACHE_CONTROL)
    .header('etag', etag)
    .header('last-modified', stats.mtime.toUTCString())
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
    return reply.send(fs.createReadStream(file, range));
  }
  // Streamed: a 20 MB file must not sit in memory once per reader.
  reply.header('content-length', stats.size);
  return reply.send(fs.createReadStream(file));
}

/**
 * Serves uploads (originals and their WebP variants) from the media folder; while an upload is
 * in the trash, its files answer 410.
 */
export function registerMediaRoutes(app: FastifyInstance, context: MediaRouteContext): void {
  const checkFile = createMediaFileCheck(context.database);
  app.get<{ Params: { file: string } }>('/media/:file', (request, reply) =>
    sendMediaFile(context, checkFile, request, reply),
  );
}
