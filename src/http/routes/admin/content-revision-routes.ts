import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { diffRevisions, restoreRevision } from '../../../domain/editorial/revision-service.ts';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  ValidationError,
} from '../../../lib/errors.ts';
import { type Problem, problem } from '../../../lib/problems.ts';
import { RevisionDiffPage } from '../../../views/admin/pages/revision-diff-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { sendItemEditPage } from './content-edit-page.ts';
import { topLevelFieldErrors, withNotice } from './content-form-input.ts';
import { formText, readForm } from './form-fields.ts';

type ItemParams = { Params: { id: string } };

const revisionNumberSchema = formText(
  z.string().regex(/^[1-9][0-9]{0,8}$/, 'admin.history.problem.revisionNumber'),
).transform(Number);

function refuseRevisionNumbers(fields: Record<string, Problem>): BadRequestError {
  return new BadRequestError(problem('admin.history.problem.revisionNumbers'), fields);
}

/** A revision number from a form or query, or a 400 naming the field. */
function revisionNumber(source: unknown, name: string): number {
  const form = readForm({ [name]: revisionNumberSchema }, source, {
    refuse: refuseRevisionNumbers,
  });
  return form[name] as number;
}

/** An item's history: comparing two revisions and bringing one back. */
export function registerContentRevisionRoutes(scope: FastifyInstance, context: AppContext): void {
  scope.get<ItemParams>('/admin/items/:id/diff', async (request, reply) => {
    const actor = requireActor(request);
    const from = revisionNumber(request.query, 'from');
    const to = revisionNumber(request.query, 'to');
    const diff = await diffRevisions(context.db, actor, request.params.id, from, to);
    const chrome = await loadAdminChrome(context, request, reply);
    return sendAdminPage(reply, RevisionDiffPage({ chrome, itemId: request.params.id, diff }));
  });

  scope.post<ItemParams>('/admin/items/:id/restore', async (request, reply) => {
    const actor = requireActor(request);
    const { id } = request.params;
    const number = revisionNumber(request.body, 'revision');
    try {
      await restoreRevision(context.newsroom, actor, id, number);
    } catch (error) {
      // The old address may be taken since, or an image may lack alt text on a public item.
      // Or it may bring back a country the actor cannot publish in (a refusal naming labels).
      const isFixable =
        error instanceof ValidationError ||
        error instanceof ConflictError ||
        (error instanceof ForbiddenError && error.fields !== undefined);
      if (!isFixable) throw error;
      return sendItemEditPage(context, request, reply, actor, id, {
        failure: {
          problem: error.problem,
          fieldProblems: topLevelFieldErrors(error.fieldProblems),
          revision: number,
        },
        statusCode: error.statusCode,
      });
    }
    return reply.redirect(withNotice(`/admin/items/${id}`, 'restored'), 303);
  });
}
