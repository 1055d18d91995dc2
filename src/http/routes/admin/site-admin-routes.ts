import type { FastifyInstance } from 'fastify';
import { canOnSite } from '../../../domain/auth/permissions.ts';
import { listLabels } from '../../../domain/labels/label-service.ts';
import { addLabel, changeLabel } from '../../../domain/site-admin/site-admin-service.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../../../lib/errors.ts';
import { problem } from '../../../lib/problems.ts';
import { LabelsPage } from '../../../views/admin/pages/labels-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { optionalFormText, readForm, sentFields } from './form-fields.ts';
import { registerSettingsRoutes } from './settings-routes.ts';

type Form = Record<string, string | undefined>;

const notices: Record<string, string> = {
  saved: 'Saved.',
  added: 'The label was added.',
};

/** The label forms (new and change), as the domain's label input: it judges every field. */
const labelFormShape = {
  kind: optionalFormText,
  slug: optionalFormText,
  name: optionalFormText,
  description: optionalFormText,
  position: optionalFormText,
} satisfies Record<keyof Parameters<typeof addLabel>[2], unknown>;

/** Countries, themes and (settings-routes.ts) site settings: administrators only. */
export function registerSiteAdminRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  async function renderLabels(
    request: Parameters<typeof loadAdminChrome>[1],
    reply: Parameters<typeof loadAdminChrome>[2],
    options: { state?: Parameters<typeof LabelsPage>[0]['state']; status?: number } = {},
  ) {
    const actor = requireActor(request);
    if (!canOnSite(actor, 'manage-labels'))
      throw new ForbiddenError(problem('problem.onlyAdministrators'));
    const chrome = await loadAdminChrome(context, request, reply);
    const notice = notices[(request.query as Form).notice ?? ''];
    return sendAdminPage(
      reply,
      LabelsPage({ chrome, labels: await listLabels(db), state: options.state, notice }),
      options.status,
    );
  }

  scope.get('/admin/labels', (request, reply) => renderLabels(request, reply));

  scope.post('/admin/labels', async (request, reply) => {
    const values = sentFields(readForm(labelFormShape, request.body));
    try {
      await addLabel(db, requireActor(request), {
        kind: values.kind as 'country',
        slug: values.slug ?? '',
        name: values.name ?? '',
        description: values.description ?? '',
        position: Number(values.position || 0),
      });
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
      const errors = error.fields ?? { name: error.message };
      return renderLabels(request, reply, {
        state: { target: 'new', values, errors },
        status: 422,
      });
    }
    return reply.redirect('/admin/labels?notice=added', 303);
  });

  scope.post<{ Params: { id: string } }>('/admin/labels/:id', async (request, reply) => {
    const values = sentFields(readForm(labelFormShape, request.body));
    try {
      await changeLabel(db, requireActor(request), request.params.id, {
        name: values.name ?? '',
        description: values.description ?? '',
        position: values.position ?? '0',
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const state = { target: request.params.id, values, errors: error.fields ?? {} };
      return renderLabels(request, reply, { state, status: 422 });
    }
    return reply.redirect('/admin/labels?notice=saved', 303);
  });

  registerSettingsRoutes(scope, context);
}
