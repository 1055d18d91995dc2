import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  MAX_BULK_COMMENTS,
  MODERATION_ACTIONS,
  MODERATION_TABS,
  type ModerationAction,
  type ModerationRow,
  commentText,
  countModerationTabs,
  listModerationComments,
  listedStatusOf,
  moderateComment,
  moderateComments,
} from '../../../domain/comments/comment-moderation.ts';
import { itemPath } from '../../../domain/content-types/content-type-registry.ts';
import { isPublicAt } from '../../../domain/content/content-statuses.ts';
import { pageNumberTextSchema, parseInput } from '../../../domain/validation.ts';
import { BadRequestError } from '../../../lib/errors.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { type Problem, problem, problemText } from '../../../lib/problems.ts';
import { currentTimestamp } from '../../../lib/time.ts';
import {
  type CommentRow,
  type CommentsQuery,
  CommentsPage,
  commentsHref,
} from '../../../views/admin/pages/comments-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { formChoice, formListSchema, formText, readForm, textField } from './form-fields.ts';
import { noticeWords } from './page-words.ts';

export const COMMENTS_PAGE_SIZE = 50;

/** How much of a comment the list shows; the rest is on the item's page. */
const SHOWN_CHARACTERS = 600;

/** A query string's value: absent when empty, the first of several. */
function queryValue(value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : value;
  return first === '' ? undefined : first;
}

const commentsQuerySchema = z.object({
  status: z.preprocess(
    queryValue,
    z.enum(MODERATION_TABS, 'admin.comments.problem.notATab').default('held'),
  ),
  q: z.preprocess(queryValue, z.string().trim().max(200, 'problem.maxCharacters').optional()),
  page: z.preprocess(queryValue, pageNumberTextSchema.optional()).transform((page) => page ?? 1),
});

/** A refusal whose message names each field at fault, as the error page shows the message alone. */
function refusal(fields: Record<string, Problem>) {
  const faults = Object.entries(fields).map(([name, fault]) => `${name} ${problemText(fault)}`);
  return new BadRequestError(
    problem('admin.comments.problem.cannotList', { faults: faults.join('; ') }),
    fields,
  );
}

function readCommentsQuery(source: unknown): CommentsQuery {
  return parseInput(commentsQuerySchema, source, { refuse: refusal });
}

/** Where a decision leads back to: the list it was sent from, re-read (never another site). */
function backHrefOf(back: string): string {
  if (back !== '/admin/comments' && !back.startsWith('/admin/comments?')) return '/admin/comments';
  const search = back.slice('/admin/comments'.length).replace(/^\?/, '');
  const parsed = commentsQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(search)));
  return parsed.success ? commentsHref(parsed.data) : '/admin/comments';
}

function withNotice(href: string, notice: string, counts?: Record<string, number>): string {
  const search = new URLSearchParams({ notice, ...counts });
  return `${href}${href.includes('?') ? '&' : '?'}${search.toString()}`;
}

/** The confirmations a redirect may ask for (`?notice=`), never text from the address. */
const notices = {
  approve: 'admin.comments.done.approve',
  reject: 'admin.comments.done.reject',
  spam: 'admin.comments.done.spam',
  delete: 'admin.comments.done.delete',
  unchanged: 'admin.comments.done.unchanged',
} as const;

/** A count the bulk notice carries in the address: digits only, bounded. */
function countOf(request: FastifyRequest, name: string): number {
  const text = textField(request.query, name);
  return /^\d{1,4}$/.test(text) ? Number(text) : 0;
}

function noticeOf(request: FastifyRequest, i18n: Translator): string | undefined {
  if (textField(request.query, 'notice') !== 'bulk') return noticeWords(request, notices, i18n);
  return i18n.t('admin.comments.done.bulk', {
    changed: countOf(request, 'changed'),
    refused: countOf(request, 'refused'),
  });
}

function shortened(text: string): string {
  return text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS).trimEnd()}…` : text;
}

function commentRow(row: ModerationRow, now: string): CommentRow {
  const item = {
    status: row.item_status,
    published_at: row.item_published_at,
    deleted_at: row.item_deleted_at,
  };
  return {
    id: row.id,
    text: shortened(commentText(row)),
    authorName: row.author_name,
    authorEmail: row.author_email,
    status: listedStatusOf(row.status),
    isReply: row.parent_id !== null,
    createdAt: row.created_at,
    item: {
      id: row.content_id,
      title: row.item_title,
      publicPath:
        isPublicAt(item, now) && row.item_published_at
          ? itemPath(row.item_type, row.item_slug, row.item_published_at)
          : null,
    },
  };
}

async function sendCommentsPage(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const actor = requireActor(request);
  const query = readCommentsQuery(request.query);
  const { db } = context;
  const [rows, counts] = await Promise.all([
    listModerationComments(db, actor, {
      status: query.status,
      q: query.q,
      limit: COMMENTS_PAGE_SIZE,
      offset: (query.page - 1) * COMMENTS_PAGE_SIZE,
    }),
    countModerationTabs(db, actor, { q: query.q }),
  ]);
  const chrome = await loadAdminChrome(context, request, reply);
  const total = counts[query.status];
  const now = currentTimestamp();
  return sendAdminPage(
    reply,
    CommentsPage({
      chrome,
      query,
      counts,
      comments: rows.map((row) => commentRow(row, now)),
      pagination: {
        page: query.page,
        pageCount: Math.max(1, Math.ceil(total / COMMENTS_PAGE_SIZE)),
        total,
        perPage: COMMENTS_PAGE_SIZE,
      },
      notice: noticeOf(request, chrome.i18n),
    }),
  );
}

const bulkFormShape = {
  action: formChoice(MODERATION_ACTIONS, 'admin.comments.problem.notADecision'),
  ids: formListSchema.pipe(
    z
      .array(z.string().max(36))
      .min(1, 'admin.comments.problem.chooseComments')
      .max(MAX_BULK_COMMENTS, 'admin.comments.problem.maxComments'),
  ),
  back: formText(),
};

type DecisionParams = { Params: { id: string; decision: string } };

/**
 * `/admin/comments`: readers' comments for their moderators, decided one at a time or
 * several at once. Plain forms with the CSRF field; every permission is the domain's.
 */
export function registerCommentRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;
  scope.get('/admin/comments', (request, reply) => sendCommentsPage(context, request, reply));

  scope.post<DecisionParams>('/admin/comments/:id/:decision', async (request, reply) => {
    const actor = requireActor(request);
    const decision = request.params.decision as ModerationAction;
    if (!MODERATION_ACTIONS.includes(decision)) {
      throw new BadRequestError(problem('admin.comments.problem.notADecision'));
    }
    const isChanged = await moderateComment(db, actor, request.params.id, decision);
    const back = backHrefOf(textField(request.body, 'back'));
    return reply.redirect(withNotice(back, isChanged ? decision : 'unchanged'), 303);
  });

  scope.post('/admin/comments/bulk', async (request, reply) => {
    const actor = requireActor(request);
    const form = readForm(bulkFormShape, request.body, { refuse: bulkRefusal });
    if (!form.action) {
      throw new BadRequestError(problem('admin.comments.problem.chooseDecision'), {
        action: problem('problem.required'),
      });
    }
    const outcome = await moderateComments(db, actor, form.ids, form.action);
    const counts = { changed: outcome.changed, refused: outcome.refused.length };
    return reply.redirect(withNotice(backHrefOf(form.back), 'bulk', counts), 303);
  });
}

function bulkRefusal(fields: Record<string, Problem>) {
  const faults = Object.entries(fields).map(([name, fault]) => `${name} ${problemText(fault)}`);
  return new BadRequestError(
    problem('admin.comments.problem.cannotDecide', { faults: faults.join('; ') }),
    fields,
  );
}
