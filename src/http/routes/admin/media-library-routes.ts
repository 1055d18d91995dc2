import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../domain/auth/actor.ts';
import { canCreateContent } from '../../../domain/auth/permissions.ts';
import { parsePageNumber } from '../../../domain/content/public-content-service.ts';
import {
  type MediaItem,
  listMedia,
  updateMediaAlt,
  uploadMedia,
} from '../../../domain/media/media-service.ts';
import type { AppError } from '../../../lib/errors.ts';
import {
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../../lib/errors.ts';
import { problem } from '../../../lib/problems.ts';
import {
  type MediaFailure,
  MediaLibraryPage,
} from '../../../views/admin/pages/media-library-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { multipartCsrfCheck, requireActor } from '../../plugins/admin-session.ts';
import { megabytes, readUpload } from '../../requests/read-upload.ts';
import { noticeOf, withNotice } from './content-form-input.ts';
import { formText, readForm, textField } from './form-fields.ts';
import { refusalWords } from './page-words.ts';

/** Who may use the library: whoever may write (the library lists everyone's uploads). */
function requireLibraryUser(request: FastifyRequest): Actor {
  const actor = requireActor(request);
  if (!canCreateContent(actor)) {
    throw new ForbiddenError(problem('admin.problem.cannotUseMediaLibrary'));
  }
  return actor;
}

async function sendLibraryPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  refused?: { target: string; alt: string; error: AppError },
) {
  requireLibraryUser(request);
  const query = textField(request.query, 'q').trim();
  const page = parsePageNumber((request.query as Record<string, unknown>).page);
  const library = await listMedia(context.db, { query: query || undefined, page });
  const pageCount = Math.max(1, Math.ceil(library.total / library.perPage));
  if (page > pageCount) {
    throw new NotFoundError(problem('problem.noSuchPage', { page, lastPage: pageCount }));
  }
  const chrome = await loadAdminChrome(context, request, reply);
  const failure: MediaFailure | undefined = refused && {
    target: refused.target,
    ...refusalWords(refused.error, chrome.i18n),
    values: { alt: refused.alt },
  };
  const view = MediaLibraryPage({
    chrome,
    items: library.items,
    query,
    page,
    pageCount,
    total: library.total,
    maxMegabytes: megabytes(context.config.mediaMaxBytes),
    notice: noticeOf(request, chrome.i18n),
    failure,
  });
  return sendAdminPage(reply, view, refused?.error.statusCode);
}

function isUploadRefusal(error: unknown): error is AppError {
  return (
    error instanceof ValidationError ||
    error instanceof PayloadTooLargeError ||
    error instanceof UnsupportedMediaTypeError
  );
}

/** What the editor island's image picker lists (and its upload answers). */
export function pickerEntry(media: MediaItem) {
  return {
    id: media.id,
    name: media.originalName,
    url: media.url,
    thumbnailUrl: media.variants[0]?.url ?? media.url,
    alt: media.alt,
    width: media.width,
    height: media.height,
  };
}

/** The media library: list, search, upload, describe; and its JSON for the editor. */
export function registerMediaLibraryRoutes(scope: FastifyInstance, context: AppContext): void {
  const mediaDependencies = {
    db: context.db,
    mediaStore: context.mediaStore,
    maxBytes: context.config.mediaMaxBytes,
  };

  scope.get('/admin/media', (request, reply) => sendLibraryPage(context, request, reply));

  scope.get('/admin/media.json', async (request, reply) => {
    requireLibraryUser(request);
    const query = textField(request.query, 'q').trim();
    const library = await listMedia(context.db, { query: query || undefined, page: 1 });
    const items = library.items.filter((media) => media.kind === 'image').map(pickerEntry);
    return reply.header('cache-control', 'no-store').send({ items });
  });

  const uploadRoute = { config: { readsCsrfFromMultipart: true } };
  scope.post('/admin/media', uploadRoute, async (request, reply) => {
    const actor = requireLibraryUser(request);
    let alt = '';
    try {
      const upload = await readUpload(request, mediaDependencies.maxBytes, {
        checkCsrf: multipartCsrfCheck(context, request),
      });
      alt = upload.alt ?? '';
      await uploadMedia(mediaDependencies, actor, upload);
    } catch (error) {
      if (!isUploadRefusal(error)) throw error;
      return sendLibraryPage(context, request, reply, { target: 'upload', alt, error });
    }
    return reply.redirect(withNotice('/admin/media', 'uploaded'), 303);
  });

  scope.post<{ Params: { id: string } }>('/admin/media/:id/alt', async (request, reply) => {
    const actor = requireLibraryUser(request);
    const { alt } = readForm({ alt: formText() }, request.body);
    try {
      await updateMediaAlt(context.db, actor, request.params.id, alt);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return sendLibraryPage(context, request, reply, { target: request.params.id, alt, error });
    }
    return reply.redirect(withNotice('/admin/media', 'alt-saved'), 303);
  });
}
