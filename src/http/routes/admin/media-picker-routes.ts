import type { FastifyInstance } from 'fastify';
import { canCreateContent } from '../../../domain/auth/permissions.ts';
import { uploadMedia } from '../../../domain/media/media-service.ts';
import { AppError, ForbiddenError } from '../../../lib/errors.ts';
import { problem } from '../../../lib/problems.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { loadAdminTranslator } from '../../pages/admin-chrome.ts';
import { readUpload } from '../../requests/read-upload.ts';
import { pickerEntry } from './media-library-routes.ts';
import { refusalWords } from './page-words.ts';

/**
 * `POST /admin/media.json`: the editor island's upload (button, drag-and-drop, paste), with the
 * session and the CSRF token in the `x-csrf-token` header. It stores the file exactly as the
 * library's upload form does, but answers with the image as `GET /admin/media.json` lists it
 * (201), so the editor can insert it without leaving the post. Refusals answer JSON too:
 * `{ error: { code, message, fields } }` with the 4xx status, for the editor to show.
 */
export function registerMediaPickerRoutes(scope: FastifyInstance, context: AppContext): void {
  const dependencies = {
    db: context.db,
    mediaStore: context.mediaStore,
    maxBytes: context.config.mediaMaxBytes,
  };
  scope.post('/admin/media.json', async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    try {
      const actor = requireActor(request);
      // Refused before the file is read, not after.
      if (!canCreateContent(actor)) throw new ForbiddenError(problem('problem.cannotUploadMedia'));
      const upload = await readUpload(request, dependencies.maxBytes);
      const media = await uploadMedia(dependencies, actor, upload);
      return reply.status(201).send(pickerEntry(media));
    } catch (error) {
      if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
      // The editor shows the message to the person uploading: in their admin language.
      const words = refusalWords(error, await loadAdminTranslator(context, request));
      const fields = error.fieldProblems ? words.errors : undefined;
      const body = { code: error.code, message: words.message, fields };
      return reply.status(error.statusCode).send({ error: body });
    }
  });
}
