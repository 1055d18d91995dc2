import type { FastifyRequest } from 'fastify';
import {
  AppError,
  BadRequestError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../lib/errors.ts';

/**
 * Reading one uploaded file (and its alt text) from a multipart request: the admin upload
 * form and the admin API share it, so both refuse the same bodies the same way.
 */

export interface Upload {
  /** Absent when the request sent no `alt` field. */
  alt?: string;
  bytes: Buffer;
  originalName: string;
}

/** A limit in bytes as people read it: megabytes with one decimal. */
export function megabytes(bytes: number): number {
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

/** A multipart form as sent: its text fields (the first value of each) and its file, if any. */
export interface MultipartForm {
  fields: Record<string, string>;
  /** Absent when no file was chosen (a form sent with none carries an empty, nameless part). */
  file?: { bytes: Buffer; originalName: string };
}

/**
 * The text fields and the `file` part, whichever order they come in; a file over `maxBytes`
 * is refused while it streams in. With `checkCsrf` (an admin form), the `_csrf` field must come
 * before the file, and is checked before it is read.
 */
export async function readMultipartForm(
  request: FastifyRequest,
  maxBytes: number,
  options: { checkCsrf?: (sent: string | undefined) => void } = {},
): Promise<MultipartForm> {
  const { checkCsrf } = options;
  let isCsrfChecked = !checkCsrf;
  if (!request.isMultipart()) {
    throw new UnsupportedMediaTypeError('Send the file as multipart/form-data.', {
      file: 'must be sent as multipart/form-data',
    });
  }
  const fields: Record<string, string> = {};
  let file: { bytes: Buffer; originalName: string } | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes } })) {
      if (!isCsrfChecked && (part.type === 'file' || part.fieldname === '_csrf')) {
        // A file before the token is refused unread, as a form without the token.
        checkCsrf?.(
          part.type === 'field' && typeof part.value === 'string' ? part.value : undefined,
        );
        isCsrfChecked = true;
      }
      if (part.type === 'file') {
        // Every file part must be drained, or the stream stalls.
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file' && !file) file = { bytes, originalName: part.filename };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] ??= part.value;
      }
    }
    if (!isCsrfChecked) checkCsrf?.(undefined);
  } catch (error) {
    throw uploadReadError(error, maxBytes);
  }
  const isChosen = file && (file.bytes.length > 0 || file.originalName);
  return { fields, ...(isChosen ? { file } : {}) };
}

/**
 * The `file` part and the `alt` field, whichever order they come in. With `checkCsrf` (the
 * admin form), the `_csrf` field must come before the file, and is checked before it is read.
 */
export async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
  options: { checkCsrf?: (sent: string | undefined) => void } = {},
): Promise<Upload> {
  const { fields, file } = await readMultipartForm(request, maxBytes, options);
  if (!file) {
    throw new ValidationError('Choose a file to upload.', { file: 'is required: choose a file' });
  }
  return { alt: fields.alt, ...file };
}
