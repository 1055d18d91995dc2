import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  changeOwnLanguage,
  changeOwnTimeZone,
  getOwnTimeZoneSetting,
} from '../../../domain/users/account-service.ts';
import { getSiteSettings } from '../../../domain/settings/settings-service.ts';
import {
  changeOwnCommentNotices,
  getOwnCommentNotices,
} from '../../../domain/comments/comment-notice-choice.ts';
import { timeZoneChoices } from '../../../domain/users/time-zones.ts';
import { ValidationError } from '../../../lib/errors.ts';
import { interfaceLanguageOf } from '../../../lib/i18n/languages.ts';
import { currentTimestamp } from '../../../lib/time.ts';
import { AccountPage } from '../../../views/admin/pages/account-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { formText, readForm, textField } from './form-fields.ts';
import { noticeWords, refusalWords } from './page-words.ts';

/** The confirmations a redirect may ask for (`?notice=`), never text from the address. */
const notices = {
  'time-zone-saved': 'admin.account.timeZone.saved',
  'language-saved': 'admin.account.language.saved',
  'comment-notices-saved': 'admin.comments.account.saved',
} as const;

/**
 * `/admin/account`: what everyone signed in sets for themselves. It has no user id in its
 * address or form: each person changes their own account, and only that.
 */
export function registerAccountSettingsRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  async function renderAccount(
    request: FastifyRequest,
    reply: FastifyReply,
    refused?: ValidationError,
  ) {
    const actor = requireActor(request);
    const [setting, settings, chrome, notifyComments] = await Promise.all([
      getOwnTimeZoneSetting(db, actor),
      getSiteSettings(db),
      loadAdminChrome(context, request, reply),
      getOwnCommentNotices(db, actor),
    ]);
    const page = AccountPage({
      chrome,
      choices: timeZoneChoices(),
      ...setting,
      language: { chosen: actor.language, site: interfaceLanguageOf(settings.locale) },
      now: currentTimestamp(),
      notifyComments,
      state: refused && refusalWords(refused, chrome.i18n),
      notice: noticeWords(request, notices, chrome.i18n),
    });
    return sendAdminPage(reply, page, refused?.statusCode);
  }

  /** Saves one of the account's forms, or shows the page again with why it was refused. */
  async function saveOrRefuse(
    request: FastifyRequest,
    reply: FastifyReply,
    save: () => Promise<void>,
    notice: keyof typeof notices,
  ) {
    try {
      await save();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return renderAccount(request, reply, error);
    }
    return reply.redirect(`/admin/account?notice=${notice}`, 303);
  }

  scope.get('/admin/account', (request, reply) => renderAccount(request, reply));

  scope.post('/admin/account/time-zone', (request, reply) => {
    const actor = requireActor(request);
    const input = readForm({ timeZone: formText() }, request.body);
    return saveOrRefuse(
      request,
      reply,
      () => changeOwnTimeZone(db, actor, input),
      'time-zone-saved',
    );
  });

  scope.post('/admin/account/comment-notices', (request, reply) => {
    const actor = requireActor(request);
    const isWanted = textField(request.body, 'notifyComments') === 'yes';
    return saveOrRefuse(
      request,
      reply,
      () => changeOwnCommentNotices(db, actor, isWanted),
      'comment-notices-saved',
    );
  });

  scope.post('/admin/account/language', (request, reply) => {
    const actor = requireActor(request);
    const input = readForm({ language: formText() }, request.body);
    return saveOrRefuse(
      request,
      reply,
      () => changeOwnLanguage(db, actor, input),
      'language-saved',
    );
  });
}
