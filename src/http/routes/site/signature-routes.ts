import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { issueFormStamp } from '../../../domain/comments/form-stamp.ts';
import { getSignatureFeedEntries } from '../../../domain/signatures/signature-section.ts';
import {
  type SignatureInput,
  confirmSignature,
  signStatement,
} from '../../../domain/signatures/signature-signing.ts';
import { findSignatureToConfirm } from '../../../domain/signatures/signature-confirmation.ts';
import {
  type SignatureTarget,
  findSignatureTarget,
} from '../../../domain/signatures/signature-target.ts';
import { AppError, NotFoundError } from '../../../lib/errors.ts';
import { getTranslator } from '../../../lib/i18n/translator.ts';
import { problem } from '../../../lib/problems.ts';
import type { SignatureFormValues } from '../../../views/components/signature-section.tsx';
import { renderSignatureFeed } from '../../../views/feeds/signature-feed.ts';
import {
  SignatureAnswerPage,
  SignatureConfirmPage,
  SignatureConfirmedPage,
  SignatureFormPage,
  type SignedItem,
} from '../../../views/pages/signature-notice-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { sendPage } from '../../pages/send-page.ts';
import { loadSiteChrome } from '../../pages/site-chrome.ts';
import { requestLocalPath } from '../../plugins/language-prefix.ts';
import { cachedRoute } from '../../plugins/response-caching.ts';

/**
 * Signing calls to action (issue 20's contract): `POST /statements/:slug/sign`
 * (form-encoded), the confirmation link's page (a button: mail scanners follow links but do
 * not press buttons), and the Atom feed of named signatories. Register inside a scope that
 * parses forms (`@fastify/formbody`) with a small body limit.
 */

const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

/** A form field as typed (the first when repeated), for giving it back. */
function typed(value: unknown, max = 400): string {
  const first = Array.isArray(value) ? (value[0] as unknown) : value;
  return typeof first === 'string' ? first.slice(0, max) : '';
}

function signedItem(target: SignatureTarget): SignedItem {
  return { title: target.title, path: target.path };
}

async function targetOf(context: AppContext, slug: string, now: Date): Promise<SignatureTarget> {
  const target = await findSignatureTarget(context.db, slug, now);
  if (!target) throw new NotFoundError(problem('problem.nothingHere'));
  return target;
}

function valuesOf(input: SignatureInput): SignatureFormValues {
  const signingAs = typed(input.signing_as);
  return {
    name: typed(input.name),
    email: typed(input.email),
    organization: typed(input.organization),
    country: typed(input.country),
    signingAs: signingAs === 'organization' || signingAs === 'individual' ? signingAs : '',
    isListed: typed(input.listed) === '1',
  };
}

export function registerSignatureRoutes(app: FastifyInstance, context: AppContext): void {
  app.post<{ Params: { slug: string }; Body: SignatureInput | undefined }>(
    '/statements/:slug/sign',
    (request, reply) => receiveSignature(context, request, reply),
  );

  app.get<{ Params: { slug: string } }>(
    '/statements/:slug/signatures.atom',
    cachedRoute,
    async (request, reply) => {
      const target = await targetOf(context, request.params.slug, new Date());
      const signatures = await getSignatureFeedEntries(context.db, target.id);
      const { siteUrl } = context.config;
      const localPath = requestLocalPath(request);
      const i18n = getTranslator(request.pageLanguage);
      const body = renderSignatureFeed({
        title: i18n.t('signatures.feed.title', { title: target.title }),
        language: target.locale,
        itemUrl: `${siteUrl}${localPath(target.path)}`,
        feedUrl: `${siteUrl}${localPath(`${target.path}/signatures.atom`)}`,
        signatures,
      });
      return reply.type('application/atom+xml; charset=utf-8').send(body);
    },
  );

  app.get<{ Params: { token: string } }>(
    '/statements/signatures/confirm/:token',
    async (request, reply) => {
      const [found, chrome] = await Promise.all([
        findSignatureToConfirm(context.db, request.params.token, new Date()),
        loadSiteChrome(context, request),
      ]);
      const page = SignatureConfirmPage({
        chrome,
        item: found ? signedItem(found.statement) : null,
        token: found ? request.params.token : null,
      });
      return sendPage(noStore(reply).code(found ? 200 : 404), page);
    },
  );

  app.post<{ Params: { token: string } }>(
    '/statements/signatures/confirm/:token',
    async (request, reply) => {
      const chromePromise = loadSiteChrome(context, request);
      // Handled once, below: the chrome waits while the signature is confirmed.
      chromePromise.catch(() => undefined);
      try {
        const confirmed = await confirmSignature(context.db, request.params.token, new Date());
        const page = SignatureConfirmedPage({
          chrome: await chromePromise,
          item: signedItem(confirmed.statement),
          outcome: confirmed.outcome,
        });
        return sendPage(noStore(reply), page);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        const page = SignatureConfirmPage({ chrome: await chromePromise, item: null, token: null });
        return sendPage(noStore(reply).code(404), page);
      }
    },
  );
}

/**
 * Takes a signature. Whatever became of it, the answer is the same "check your email" page;
 * a refusal the reader can act on (fields, too fast, too many, closed, an organisation
 * already signed) gives the form back with what they typed and its own status code.
 */
async function receiveSignature(
  context: AppContext,
  request: FastifyRequest<{ Params: { slug: string }; Body: SignatureInput | undefined }>,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const now = new Date();
  const target = await targetOf(context, request.params.slug, now);
  const input = request.body ?? {};
  const chromePromise = loadSiteChrome(context, request);
  chromePromise.catch(() => undefined);
  try {
    await signStatement(context.db, context.mailQueue, {
      target,
      input,
      ip: request.ip,
      language: request.pageLanguage,
      now,
    });
    return sendPage(
      noStore(reply),
      SignatureAnswerPage({ chrome: await chromePromise, item: signedItem(target) }),
    );
  } catch (error) {
    if (!(error instanceof AppError) || error.statusCode >= 500 || error.statusCode === 404) {
      throw error;
    }
    const [chrome, stamp] = await Promise.all([
      chromePromise,
      issueFormStamp(context.db, new Date()),
    ]);
    if ('retryAfterSeconds' in error && typeof error.retryAfterSeconds === 'number') {
      void reply.header('retry-after', String(error.retryAfterSeconds));
    }
    const page = SignatureFormPage({
      chrome,
      item: signedItem(target),
      stamp,
      values: valuesOf(input),
      refusal: { problem: error.problem, fields: error.fieldProblems ?? {} },
      isClosed: error.statusCode === 403 || error.statusCode === 410,
    });
    return sendPage(noStore(reply).code(error.statusCode), page);
  }
}
