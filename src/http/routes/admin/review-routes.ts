import type { FastifyInstance } from 'fastify';
import { toSummaries } from '../../../domain/content/content-mapping.ts';
import { listReviewQueue } from '../../../domain/editorial/editorial-service.ts';
import { countryNames } from '../../../domain/labels/country-labels.ts';
import { ForbiddenError } from '../../../lib/errors.ts';
import { problem } from '../../../lib/problems.ts';
import { ReviewPage } from '../../../views/admin/pages/review-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';

/** `/admin/review`: what waits for the signed-in editor's decision. */
export function registerReviewRoutes(scope: FastifyInstance, context: AppContext): void {
  scope.get('/admin/review', async (request, reply) => {
    const actor = requireActor(request);
    // Contributors decide nothing, so they have no queue (the domain would list none anyway).
    if (actor.role === 'contributor') {
      throw new ForbiddenError(problem('admin.review.problem.editorsOnly'));
    }
    const rows = await listReviewQueue(context.db, actor);
    const summaries = await toSummaries(context.db, rows);
    const chrome = await loadAdminChrome(context, request, reply);
    const items = rows.map((row, index) => ({
      id: row.id,
      title: row.title,
      countries: countryNames(summaries[index]?.labels),
      authorName: row.author_name,
      updatedAt: row.updated_at,
    }));
    return sendAdminPage(reply, ReviewPage({ chrome, items }));
  });
}
