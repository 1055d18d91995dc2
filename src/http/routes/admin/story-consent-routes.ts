import type { FastifyInstance } from 'fastify';
import { withdrawStoryConsent } from '../../../domain/stories/story-consent.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { withNotice } from './content-form-input.ts';

type ItemParams = { Params: { id: string } };

/** The story's "Withdraw consent" button: the story leaves the site in the same step. */
export function registerStoryConsentRoutes(scope: FastifyInstance, context: AppContext): void {
  scope.post<ItemParams>('/admin/items/:id/withdraw-consent', async (request, reply) => {
    const { id } = request.params;
    await withdrawStoryConsent(context.newsroom, requireActor(request), id);
    return reply.redirect(withNotice(`/admin/items/${id}`, 'consent-withdrawn'), 303);
  });
}
