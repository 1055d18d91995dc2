import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  createApiToken,
  listApiTokens,
  revokeApiToken,
  takeNewApiToken,
} from '../../../domain/auth/api-token-service.ts';
import { UnauthorizedError, ValidationError } from '../../../lib/errors.ts';
import { type TokenFormState, TokensPage } from '../../../views/admin/pages/tokens-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { formText, readForm } from './form-fields.ts';
import { noticeWords, refusalWords } from './page-words.ts';

type TokenParams = { Params: { id: string } };

/** The new-token form, as the domain's token input: it judges the name and the days. */
const tokenFormShape = {
  name: formText(),
  expiresInDays: formText(),
} satisfies Record<keyof Parameters<typeof createApiToken>[2], unknown>;

/** The confirmations a redirect may ask for (`?notice=`), never text from the address. */
const notices = { revoked: 'admin.tokens.revoked' } as const;

/** The session of a signed-in request (requireActor has made sure there is one). */
function sessionSecretOf(request: FastifyRequest): string {
  if (!request.sessionSecret) throw new UnauthorizedError();
  return request.sessionSecret;
}

/** `/admin/tokens`: everyone signed in manages their own API tokens, and only those. */
export function registerTokenRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  async function renderTokens(
    request: FastifyRequest,
    reply: FastifyReply,
    refused?: { values: Pick<TokenFormState, 'name' | 'expiresInDays'>; error: ValidationError },
  ) {
    const actor = requireActor(request);
    // A token this session just made is shown on the first page after the redirect, only.
    const created = refused ? undefined : await takeNewApiToken(db, sessionSecretOf(request));
    const tokens = await listApiTokens(db, actor);
    const chrome = await loadAdminChrome(context, request, reply);
    const notice = noticeWords(request, notices, chrome.i18n);
    const state = refused && { ...refused.values, ...refusalWords(refused.error, chrome.i18n) };
    return sendAdminPage(
      reply,
      TokensPage({ chrome, tokens, created, state, notice }),
      refused ? 422 : undefined,
    );
  }

  scope.get('/admin/tokens', (request, reply) => renderTokens(request, reply));

  // Post/Redirect/Get: the secret is left, sealed, for this session's next page, so reloading
  // that page neither shows it again nor makes a second token.
  scope.post('/admin/tokens', async (request, reply) => {
    const { name, expiresInDays } = readForm(tokenFormShape, request.body);
    try {
      await createApiToken(
        db,
        requireActor(request),
        { name, expiresInDays },
        { revealTo: sessionSecretOf(request) },
      );
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return renderTokens(request, reply, { values: { name, expiresInDays }, error });
    }
    return reply.redirect('/admin/tokens', 303);
  });

  scope.post<TokenParams>('/admin/tokens/:id/revoke', async (request, reply) => {
    // Someone else's token is "not found" (404), never "forbidden": ids are not confirmed.
    await revokeApiToken(db, requireActor(request), request.params.id);
    return reply.redirect('/admin/tokens?notice=revoked', 303);
  });
}
