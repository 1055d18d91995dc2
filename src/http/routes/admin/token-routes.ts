import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '../../../domain/auth/api-token-service.ts';
import { ValidationError } from '../../../lib/errors.ts';
import { type TokenFormState, TokensPage } from '../../../views/admin/pages/tokens-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { textField, topLevelFieldErrors } from './content-form-input.ts';

type TokenParams = { Params: { id: string } };

const notices: Record<string, string> = {
  revoked: 'The token was revoked: it no longer works.',
};

/** `/admin/tokens`: everyone signed in manages their own API tokens, and only those. */
export function registerTokenRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  async function renderTokens(
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      created?: { name: string; token: string };
      state?: TokenFormState;
      status?: number;
    } = {},
  ) {
    const actor = requireActor(request);
    const tokens = await listApiTokens(db, actor);
    const chrome = await loadAdminChrome(context, request, reply);
    const key = textField(request.query, 'notice');
    const notice = Object.hasOwn(notices, key) ? notices[key] : undefined;
    return sendAdminPage(
      reply,
      TokensPage({ chrome, tokens, created: options.created, state: options.state, notice }),
      options.status,
    );
  }

  scope.get('/admin/tokens', (request, reply) => renderTokens(request, reply));

  // Answers with the page itself rather than a redirect: the secret exists only in this
  // response (only its hash is stored), so it cannot be shown after a redirect.
  scope.post('/admin/tokens', async (request, reply) => {
    const name = textField(request.body, 'name');
    let token: string;
    try {
      ({ token } = await createApiToken(db, requireActor(request), { name }));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const state = { name, message: error.message, errors: topLevelFieldErrors(error.fields) };
      return renderTokens(request, reply, { state, status: 422 });
    }
    return renderTokens(request, reply, { created: { name: name.trim(), token } });
  });

  scope.post<TokenParams>('/admin/tokens/:id/revoke', async (request, reply) => {
    // Someone else's token is "not found" (404), never "forbidden": ids are not confirmed.
    await revokeApiToken(db, requireActor(request), request.params.id);
    return reply.redirect('/admin/tokens?notice=revoked', 303);
  });
}
