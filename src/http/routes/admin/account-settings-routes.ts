import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { changeOwnTimeZone, getOwnTimeZoneSetting } from '../../../domain/users/account-service.ts';
import { timeZoneChoices } from '../../../domain/users/time-zones.ts';
import { ValidationError } from '../../../lib/errors.ts';
import { currentTimestamp } from '../../../lib/time.ts';
import { type AccountFormState, AccountPage } from '../../../views/admin/pages/account-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { topLevelFieldErrors } from './content-form-input.ts';
import { formText, readForm, textField } from './form-fields.ts';

const notices: Record<string, string> = {
  'time-zone-saved': 'Your time zone is saved: the admin now shows times in it.',
};

/**
 * `/admin/account`: what everyone signed in sets for themselves. It has no user id in its
 * address or form: each person changes their own account, and only that.
 */
export function registerAccountSettingsRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  async function renderAccount(
    request: FastifyRequest,
    reply: FastifyReply,
    options: { state?: AccountFormState; status?: number } = {},
  ) {
    const actor = requireActor(request);
    const [setting, chrome] = await Promise.all([
      getOwnTimeZoneSetting(db, actor),
      loadAdminChrome(context, request, reply),
    ]);
    const key = textField(request.query, 'notice');
    const page = AccountPage({
      chrome,
      choices: timeZoneChoices(),
      ...setting,
      now: currentTimestamp(),
      state: options.state,
      notice: Object.hasOwn(notices, key) ? notices[key] : undefined,
    });
    return sendAdminPage(reply, page, options.status);
  }

  scope.get('/admin/account', (request, reply) => renderAccount(request, reply));

  scope.post('/admin/account/time-zone', async (request, reply) => {
    const actor = requireActor(request);
    try {
      await changeOwnTimeZone(db, actor, readForm({ timeZone: formText() }, request.body));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const state = { message: error.message, errors: topLevelFieldErrors(error.fields) };
      return renderAccount(request, reply, { state, status: error.statusCode });
    }
    return reply.redirect('/admin/account?notice=time-zone-saved', 303);
  });
}
