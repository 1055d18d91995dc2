import type { FastifyInstance } from 'fastify';
import {
  createTranslation,
  markTranslationUpToDate,
} from '../../../domain/content/translation-service.ts';
import { AppError } from '../../../lib/errors.ts';
import { chosenLanguage } from '../../../views/admin/components/item-language-field.tsx';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { withNotice } from './content-form-input.ts';
import { textField } from './form-fields.ts';

type ItemParams = { Params: { id: string } };

/**
 * A refusal of the translation form as one sentence: the form is a single choice, so the
 * language's own problem ("This item already has a version in नेपाली.") is the page's
 * message, not "Some fields need attention".
 */
function asOneSentence(error: unknown): unknown {
  const language = error instanceof AppError ? error.fieldProblems?.language : undefined;
  if (!language || !(error instanceof AppError)) return error;
  return new AppError(error.code, error.statusCode, language);
}

/**
 * The translations panel of the edit page (item-translations-panel.tsx): adding a translation
 * makes a draft and opens it; a translation the original has moved past is marked up to date.
 * The domain decides who may; refusals are the admin's error page.
 */
export function registerTranslationRoutes(scope: FastifyInstance, context: AppContext): void {
  scope.post<ItemParams>('/admin/items/:id/translations', async (request, reply) => {
    const actor = requireActor(request);
    const { body } = request;
    const language = chosenLanguage(textField(body, 'language'), textField(body, 'languageOther'));
    try {
      const created = await createTranslation(context.db, actor, request.params.id, { language });
      return reply.redirect(withNotice(`/admin/items/${created.id}`, 'created'), 303);
    } catch (error) {
      throw asOneSentence(error);
    }
  });

  scope.post<ItemParams>('/admin/items/:id/translation-up-to-date', async (request, reply) => {
    const { id } = request.params;
    await markTranslationUpToDate(context.db, requireActor(request), id);
    return reply.redirect(withNotice(`/admin/items/${id}`, 'saved'), 303);
  });
}
