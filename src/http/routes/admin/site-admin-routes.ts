import type { FastifyInstance } from 'fastify';
import { canOnSite } from '../../../domain/auth/permissions.ts';
import { listLabels } from '../../../domain/labels/label-service.ts';
import { addLabel, changeLabel } from '../../../domain/site-admin/site-admin-service.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../../../lib/errors.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { problem } from '../../../lib/problems.ts';
import { type LabelFormState, LabelsPage } from '../../../views/admin/pages/labels-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { optionalFormText, readForm, sentFields } from './form-fields.ts';
import { noticeWords, refusalWords } from './page-words.ts';
import { registerSettingsRoutes } from './settings-routes.ts';

type Form = Record<string, string | undefined>;

/** The confirmations a redirect may ask for (`?notice=`), never text from the address. */
const notices = {
  saved: 'settings.saved',
  added: 'admin.labels.added',
} as const;

/** A label form sent back with why it was refused: the label it was for ("new") and its values. */
interface LabelRefusal {
  target: string;
  values: Form;
  error: ValidationError | ConflictError;
}

/** The label forms (new and change), as the domain's label input: it judges every field. */
const labelFormShape = {
  kind: optionalFormText,
  slug: optionalFormText,
  name: optionalFormText,
  description: optionalFormText,
  position: optionalFormText,
} satisfies Record<keyof Parameters<typeof addLabel>[2], unknown>;

/**
 * The refused form's messages, in the admin's language; a refusal naming no field (an address
 * already taken) is shown beside the name.
 */
function labelFormState(refused: LabelRefusal, i18n: Translator): LabelFormState {
  const { message, errors } = refusalWords(refused.error, i18n);
  const values = Object.fromEntries(
    Object.entries(refused.values).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, value]],
    ),
  );
  const hasFields = Object.keys(errors).length > 0;
  return { target: refused.target, values, errors: hasFields ? errors : { name: message } };
}

/** Countries, themes and (settings-routes.ts) site settings: administrators only. */
export function registerSiteAdminRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  async function renderLabels(
    request: Parameters<typeof loadAdminChrome>[1],
    reply: Parameters<typeof loadAdminChrome>[2],
    refused?: LabelRefusal,
  ) {
    const actor = requireActor(request);
    if (!canOnSite(actor, 'manage-labels'))
      throw new ForbiddenError(problem('problem.onlyAdministrators'));
    const chrome = await loadAdminChrome(context, request, reply);
    const notice = noticeWords(request, notices, chrome.i18n);
    const state = refused && labelFormState(refused, chrome.i18n);
    return sendAdminPage(
      reply,
      LabelsPage({ chrome, labels: await listLabels(db), state, notice }),
      refused ? 422 : undefined,
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
      return renderLabels(request, reply, { target: 'new', values, error });
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
      return renderLabels(request, reply, { target: request.params.id, values, error });
    }
    return reply.redirect('/admin/labels?notice=saved', 303);
  });

  registerSettingsRoutes(scope, context);
}
