import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type MediaItem, uploadMedia } from '../../../domain/media/media-service.ts';
import {
  AppError,
  BadRequestError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../../lib/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { apiActor } from '../../plugins/api-authentication.ts';
import { ADMIN_API_PREFIX } from './admin-content-routes.ts';

export interface MediaJson {
  id: string;
  /** Site-relative, as it goes into a body's `<img src>`. */
  url: string;
  kind: MediaItem['kind'];
  mime_type: string;
  original_name: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  alt: string;
  created_at: string;
}

function mediaJson(media: MediaItem): MediaJson {
  return {
    id: media.id,
    url: media.url,
    kind: media.kind,
    mime_type: media.mimeType,
    original_name: media.originalName,
    byte_size: media.byteSize,
    width: media.width,
    height: media.height,
    alt: media.alt,
    created_at: media.createdAt,
  };
}

function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/**
 * What went wrong while reading the multipart stream, for the client. Nothing has been stored
 * by then: the file is only handed on once it was read whole.
 */
function uploadReadError(error: unknown, maxBytes: number): unknown {
  const code = (error as { code?: unknown }).code;
  // @fastify/multipart stops reading at the configured limits and says so with these codes.
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new PayloadTooLargeError(
      `The file is larger than the limit of ${megabytes(maxBytes)} MB.`,
    );
  }
  if (code === 'FST_FILES_LIMIT') {
    return new ValidationError('Send one file per request.', { file: 'must be a single file' });
  }
  if (error instanceof AppError) return error;
  // Anything else is a body that is not well-formed multipart (no boundary, cut short …),
  // which the parser reports as a plain error; it is the client's, not a server failure.
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) return error;
  return new BadRequestError('The body could not be read as multipart/form-data.');
}

/** The `file` part and the `alt` field, whichever order they come in. */
async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ alt?: string; bytes: Buffer; originalName: string }> {
  if (!request.isMultipart()) {
    throw new UnsupportedMediaTypeError('Send the file as multipart/form-data.', {
      file: 'must be sent as multipart/form-data',
    });
  }
  let alt: string | undefined;
  let file: { bytes: Buffer; originalName: string } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        // Every file part must be drained, or the stream stalls.
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file' && !file) file = { bytes, originalName: part.filename };
      } else if (part.fieldname === 'alt' && typeof part.value === 'string') {
        alt = part.value;
      }
    }
  } catch (error) {
    throw uploadReadError(error, maxBytes);
  }
  if (!file) {
    throw new ValidationError('Send a file to upload.', { file: 'is required' });
  }
  return { alt, ...file };
}

/** `POST /api/v1/admin/media`: one upload, in the field `file`, with its `alt` text. */
export function registerAdminMediaRoutes(scope: FastifyInstance, context: AppContext): void {
  const dependencies = {
    db: context.db,
    mediaDir: context.config.mediaDir,
    maxBytes: context.config.mediaMaxBytes,
  };
  scope.post(`${ADMIN_API_PREFIX}/media`, async (request, reply) => {
    const actor = apiActor(request);
    const upload = await readUpload(request, dependencies.maxBytes);
    const media = await uploadMedia(dependencies, actor, upload);
    return reply.status(201).header('cache-control', 'no-store').send(mediaJson(media));
  });
}
