import type { FastifyInstance } from 'fastify';
import { autosaveItem, getDeskItem } from '../../../domain/editorial/editorial-service.ts';
import { EditConflictError } from '../../../domain/editorial/edit-conflict.ts';
import { AppError } from '../../../lib/errors.ts';
import { currentTimestamp } from '../../../lib/time.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { itemFormValues, versionedEditOf } from './content-form-input.ts';

type ItemParams = { Params: { id: string } };

/**
 * `POST /admin/items/:id/autosave`: the editor's autosave (src/admin-editor/autosave.ts). It
 * takes the edit form as the browser would send it (url-encoded, with its CSRF field and
 * version, so `sendBeacon` can send it on leaving) and answers JSON: the new version, or a
 * refusal the script shows (409 `edit_conflict` names the revision that kept the text).
 */
export function registerAutosaveRoute(scope: FastifyInstance, context: AppContext): void {
  scope.post<ItemParams>('/admin/items/:id/autosave', async (request, reply) => {
    const actor = requireActor(request);
    const { id } = request.params;
    void reply.header('cache-control', 'no-store');
    try {
      const { item } = await getDeskItem(context.db, actor, id);
      const values = itemFormValues(request.body, { type: item.type, timeZone: actor.timeZone });
      const edit = versionedEditOf(values, item);
      const outcome = await autosaveItem(context.newsroom, actor, id, edit);
      return reply.send({
        version: outcome.version,
        saved_at: currentTimestamp(),
        is_applied: outcome.isApplied,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const { code, message, fields, statusCode } = error;
      return reply.status(statusCode).send({
        error: {
          code,
          message,
          ...(fields ? { fields } : {}),
          ...(error instanceof EditConflictError
            ? { version: error.currentVersion, kept_revision: error.keptRevision }
            : {}),
        },
      });
    }
  });
}
