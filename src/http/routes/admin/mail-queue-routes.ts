import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { parsePageNumber } from '../../../domain/content/public-content-service.ts';
import {
  mailQueueOverview,
  removeMailSuppression,
  sendFailedMailAgain,
} from '../../../domain/mail/mail-queue-admin.ts';
import { MailQueuePage } from '../../../views/admin/pages/mail-queue-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { textField } from './form-fields.ts';
import { noticeWords } from './page-words.ts';

/** The confirmations a redirect may ask for (`?notice=`), never text from the address. */
const notices = {
  requeued: 'adminMail.notice.requeued',
  'all-requeued': 'adminMail.notice.allRequeued',
  unsuppressed: 'adminMail.notice.unsuppressed',
} as const;

/** An unknown status shows the failed ones: what an administrator comes here for. */
const statusSchema = z.enum(['queued', 'sent', 'failed', 'skipped']).catch('failed');

function backToQueue(reply: FastifyReply, notice: keyof typeof notices, status = 'failed') {
  return reply.redirect(`/admin/mail?status=${status}&notice=${notice}`, 303);
}

/**
 * `/admin/mail`: the mail queue for administrators (the domain checks), with "Send again" on
 * failed messages and the refused addresses. Plain forms with the CSRF field.
 */
export function registerMailQueueRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  scope.get('/admin/mail', async (request, reply) => {
    const actor = requireActor(request);
    const status = statusSchema.parse(textField(request.query, 'status') || undefined);
    const page = parsePageNumber((request.query as { page?: unknown }).page);
    const overview = await mailQueueOverview(db, actor, { status, page });
    const chrome = await loadAdminChrome(context, request, reply);
    const notice = noticeWords(request, notices, chrome.i18n);
    return sendAdminPage(reply, MailQueuePage({ chrome, overview, notice }));
  });

  scope.post<{ Params: { id: string } }>('/admin/mail/:id/send-again', async (request, reply) => {
    await sendFailedMailAgain(db, requireActor(request), { id: request.params.id });
    context.mailQueue.wake();
    return backToQueue(reply, 'requeued');
  });

  scope.post('/admin/mail/send-failed-again', async (request, reply) => {
    await sendFailedMailAgain(db, requireActor(request), {});
    context.mailQueue.wake();
    return backToQueue(reply, 'all-requeued', 'queued');
  });

  scope.post('/admin/mail/suppressions/remove', async (request, reply) => {
    await removeMailSuppression(db, requireActor(request), textField(request.body, 'email'));
    return backToQueue(reply, 'unsuppressed');
  });
}
