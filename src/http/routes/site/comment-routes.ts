import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { itemPath } from '../../../domain/content-types/content-type-registry.ts';
import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../../../domain/content-types/content-type-registry.ts';
import {
  type CommentInput,
  confirmComment,
  postComment,
} from '../../../domain/comments/comment-posting.ts';
import { findCommentToConfirm } from '../../../domain/comments/comment-confirmation.ts';
import {
  type CommentTargetRow,
  approvedCommentsOf,
  findApprovedComment,
  findCommentTarget,
  getCommentSection,
  threadComments,
} from '../../../domain/comments/comment-thread.ts';
import { issueFormStamp } from '../../../domain/comments/form-stamp.ts';
import type { ContentType } from '../../../db/schema.ts';
import { AppError, ForbiddenError, NotFoundError } from '../../../lib/errors.ts';
import { problem } from '../../../lib/problems.ts';
import { renderCommentFeed } from '../../../views/feeds/comment-feed.ts';
import {
  CommentAnswerPage,
  CommentConfirmPage,
  CommentFormPage,
  type CommentedItem,
} from '../../../views/pages/comment-answer-page.tsx';
import { commentAnchor } from '../../../views/components/comment-thread.tsx';
import type { AppContext } from '../../app-context.ts';
import { sendPage } from '../../pages/send-page.ts';
import { loadSiteChrome } from '../../pages/site-chrome.ts';
import { requestLocalPath } from '../../plugins/language-prefix.ts';
import { cachedRoute } from '../../plugins/response-caching.ts';
import { getTranslator } from '../../../lib/i18n/translator.ts';

/**
 * Readers' comments (issue 19's contract): `POST {item}/comments` (form-encoded), a reply
 * page per comment, the item's Atom feed of comments, and the confirmation link's page.
 * Register inside a scope that parses forms (`@fastify/formbody`).
 */

type Params = Record<string, string>;

/** Every item address, as a route pattern and how its parameters name the item. */
interface ItemAddress {
  pattern: string;
  itemOf(params: Params): { type: ContentType; slug: string; datePrefix?: string };
}

function itemAddresses(): ItemAddress[] {
  const addresses: ItemAddress[] = [
    {
      pattern: '/:year(^\\d{4}$)/:month(^\\d{2}$)/:slug',
      itemOf: (params) => ({
        type: 'post',
        slug: params.slug ?? '',
        datePrefix: `${params.year}-${params.month}-`,
      }),
    },
    {
      pattern: '/impact/:country(^[a-z0-9-]+$)/:year(^\\d{4}$)',
      itemOf: (params) => ({ type: 'report', slug: `${params.country}-${params.year}` }),
    },
  ];
  for (const type of CONTENT_TYPES) {
    if (contentTypeDefinition(type).address.ownPages) continue;
    addresses.push({
      pattern: contentTypeDefinition(type).address.itemPath(':slug', ''),
      itemOf: (params) => ({ type, slug: params.slug ?? '' }),
    });
  }
  return addresses;
}

/** The public item an address names, or a 404. */
async function targetOf(
  context: AppContext,
  address: ItemAddress,
  params: Params,
  now: Date,
): Promise<CommentTargetRow> {
  const { type, slug, datePrefix } = address.itemOf(params);
  const target = await findCommentTarget(context.db, { type, slug, now: now.toISOString() });
  if (!target || (datePrefix && !target.published_at.startsWith(datePrefix))) {
    throw new NotFoundError(problem('problem.nothingHere'));
  }
  return target;
}

function commentedItem(target: CommentTargetRow): CommentedItem {
  return { title: target.title, path: itemPath(target.type, target.slug, target.published_at) };
}

/** A form field as typed (the first when repeated), for giving it back. */
function typed(value: unknown): string {
  const first = Array.isArray(value) ? (value[0] as unknown) : value;
  return typeof first === 'string' ? first : '';
}

const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

export function registerCommentRoutes(app: FastifyInstance, context: AppContext): void {
  for (const address of itemAddresses()) {
    app.post<{ Params: Params; Body: CommentInput | undefined }>(
      `${address.pattern}/comments`,
      (request, reply) => receiveComment(context, address, request, reply),
    );
    app.get<{ Params: Params & { commentId: string } }>(
      `${address.pattern}/comments/reply/:commentId`,
      async (request, reply) => {
        const now = new Date();
        const target = await targetOf(context, address, request.params, now);
        const [section, parentRow, chrome] = await Promise.all([
          getCommentSection(context.db, { id: target.id, publishedAt: target.published_at }, now),
          findApprovedComment(context.db, {
            contentId: target.id,
            commentId: request.params.commentId,
          }),
          loadSiteChrome(context, request),
        ]);
        if (!parentRow) throw new NotFoundError(problem('problem.nothingHere'));
        if (!section.isOpen || !section.stamp) {
          throw new ForbiddenError(problem('comments.problem.closed'));
        }
        const [parent] = threadComments([parentRow]).map((thread) => thread.comment);
        return sendPage(
          noStore(reply),
          CommentFormPage({ chrome, item: commentedItem(target), stamp: section.stamp, parent }),
        );
      },
    );
    app.get<{ Params: Params }>(
      `${address.pattern}/comments.atom`,
      cachedRoute,
      async (request, reply) => {
        const target = await targetOf(context, address, request.params, new Date());
        const rows = await approvedCommentsOf(context.db, target.id);
        const { siteUrl } = context.config;
        const localPath = requestLocalPath(request);
        const path = itemPath(target.type, target.slug, target.published_at);
        const i18n = getTranslator(request.pageLanguage);
        const body = renderCommentFeed({
          title: i18n.t('comments.feed.title', { title: target.title }),
          anonymousName: i18n.t('comments.anonymous'),
          language: target.locale,
          itemUrl: `${siteUrl}${localPath(path)}`,
          feedUrl: `${siteUrl}${localPath(`${path}/comments.atom`)}`,
          threads: threadComments(rows),
        });
        return reply.type('application/atom+xml; charset=utf-8').send(body);
      },
    );
  }

  app.get<{ Params: { token: string } }>('/comments/confirm/:token', async (request, reply) => {
    const [found, chrome] = await Promise.all([
      findCommentToConfirm(context.db, request.params.token, new Date()),
      loadSiteChrome(context, request),
    ]);
    const page = CommentConfirmPage({
      chrome,
      item: found && commentedItem(found.target),
      token: found ? request.params.token : null,
    });
    return sendPage(noStore(reply).code(found ? 200 : 404), page);
  });

  app.post<{ Params: { token: string } }>('/comments/confirm/:token', async (request, reply) => {
    const [confirmed, chrome] = await Promise.all([
      confirmComment(context.db, { token: request.params.token, queue: context.mailQueue }),
      loadSiteChrome(context, request),
    ]);
    if (!confirmed) {
      const page = CommentConfirmPage({ chrome, item: null, token: null });
      return sendPage(noStore(reply).code(404), page);
    }
    return answer(reply, chrome, commentedItem(confirmed.target), confirmed.outcome);
  });
}

function answer(
  reply: FastifyReply,
  chrome: Awaited<ReturnType<typeof loadSiteChrome>>,
  item: CommentedItem,
  outcome: Awaited<ReturnType<typeof postComment>>,
): FastifyReply {
  if (outcome.kind === 'shown') {
    const to = `${chrome.localPath(item.path)}#${commentAnchor(outcome.commentId)}`;
    return noStore(reply).redirect(to, 303);
  }
  return sendPage(noStore(reply), CommentAnswerPage({ chrome, item, outcome }));
}

/**
 * Takes a posted comment. A refusal the reader can act on (a field, too fast, too many, a
 * repeat, closed) gives the form back with what they typed and its own status code.
 */
async function receiveComment(
  context: AppContext,
  address: ItemAddress,
  request: FastifyRequest<{ Params: Params; Body: CommentInput | undefined }>,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const now = new Date();
  const target = await targetOf(context, address, request.params, now);
  const input = request.body ?? {};
  const chromePromise = loadSiteChrome(context, request);
  // Handled once, below: the chrome waits while the comment is posted.
  chromePromise.catch(() => undefined);
  try {
    const outcome = await postComment(
      context.db,
      { target, input, ip: request.ip, queue: context.mailQueue },
      now,
    );
    return answer(reply, await chromePromise, commentedItem(target), outcome);
  } catch (error) {
    if (!(error instanceof AppError) || error.statusCode >= 500 || error.statusCode === 404) {
      throw error;
    }
    const [chrome, stamp, parentRow] = await Promise.all([
      chromePromise,
      issueFormStamp(context.db, new Date()),
      typed(input.parent_id)
        ? findApprovedComment(context.db, {
            contentId: target.id,
            commentId: typed(input.parent_id).slice(0, 36),
          })
        : undefined,
    ]);
    const [parent] = parentRow ? threadComments([parentRow]).map((thread) => thread.comment) : [];
    if ('retryAfterSeconds' in error && typeof error.retryAfterSeconds === 'number') {
      void reply.header('retry-after', String(error.retryAfterSeconds));
    }
    const page = CommentFormPage({
      chrome,
      item: commentedItem(target),
      stamp,
      parent,
      isClosed: error instanceof ForbiddenError,
      values: { name: typed(input.name), email: typed(input.email), text: typed(input.text) },
      refusal: { problem: error.problem, fields: error.fieldProblems ?? {} },
    });
    return sendPage(noStore(reply).code(error.statusCode), page);
  }
}
