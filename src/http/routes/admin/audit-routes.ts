import type { FastifyInstance } from 'fastify';
import { AUDIT_EVENTS_PER_PAGE, listAuditEvents } from '../../../domain/audit/audit-service.ts';
import { canOnSite } from '../../../domain/auth/permissions.ts';
import { parsePageNumber } from '../../../domain/content/public-content-service.ts';
import { ForbiddenError, NotFoundError } from '../../../lib/errors.ts';
import { problem } from '../../../lib/problems.ts';
import { AuditPage } from '../../../views/admin/pages/audit-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';

/** `/admin/audit?page=N`: the audit log, administrators only. */
export function registerAuditRoutes(scope: FastifyInstance, context: AppContext): void {
  scope.get<{ Querystring: { page?: unknown } }>('/admin/audit', async (request, reply) => {
    const actor = requireActor(request);
    // listAuditEvents leaves the permission check to its caller.
    if (!canOnSite(actor, 'view-audit-log')) {
      throw new ForbiddenError(problem('problem.onlyAdministrators'));
    }
    const page = parsePageNumber(request.query.page);
    const { events, total } = await listAuditEvents(context.db, page);
    // As on the public listings: page 1 always exists, pages past the last do not.
    const pageCount = Math.max(1, Math.ceil(total / AUDIT_EVENTS_PER_PAGE));
    if (page > pageCount) {
      throw new NotFoundError(problem('problem.noSuchPage', { page, lastPage: pageCount }));
    }
    const chrome = await loadAdminChrome(context, request, reply);
    return sendAdminPage(reply, AuditPage({ chrome, events, page, pageCount }));
  });
}
