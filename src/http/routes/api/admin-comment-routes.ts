import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  COMMENT_LIST_STATUSES,
  type ModerationCursor,
  type ModerationRow,
  commentText,
  getModerationComment,
  listModerationComments,
  listedStatusOf,
  moderateComment,
} from '../../../domain/comments/comment-moderation.ts';
import { itemPath } from '../../../domain/content-types/content-type-registry.ts';
import { isPublicAt } from '../../../domain/content/content-statuses.ts';
import { parseInput } from '../../../domain/validation.ts';
import { BadRequestError } from '../../../lib/errors.ts';
import { type Problem, problem, problemText } from '../../../lib/problems.ts';
import { currentTimestamp } from '../../../lib/time.ts';
import type { AppContext } from '../../app-context.ts';
import { apiActor } from '../../plugins/api-authentication.ts';
import { ADMIN_API_PREFIX } from './admin-content-routes.ts';
import { absoluteUrlJson, idJson, timestampJson } from './api-output.ts';

/**
 * Moderating comments over the API: `GET /api/v1/admin/comments` lists them (newest first, a
 * cursor to the next page), `POST …/:id/approve|reject|spam` decides one and answers it as it
 * now stands, `DELETE …/:id` removes it (204). The same rules as the admin page: editors
 * moderate their countries' items, and any other comment is not found for them.
 */

export const COMMENTS_API_PATH = `${ADMIN_API_PREFIX}/comments`;

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 100;

export const commentJsonSchema = z.strictObject({
  id: idJson,
  item: z.strictObject({
    id: idJson,
    title: z.string(),
    url: absoluteUrlJson.nullable().meta({ description: 'Its public page, while readers see it' }),
  }),
  parent_id: idJson.nullable().meta({ description: 'The comment it answers; null at top level' }),
  author_name: z.string(),
  author_email: z.string().nullable().meta({ description: 'Never shown to readers' }),
  body_html: z.string().meta({ description: 'Sanitized' }),
  body_text: z.string().meta({ description: 'As written; made from the HTML for imported ones' }),
  status: z.enum([...COMMENT_LIST_STATUSES, 'trashed']).meta({
    description:
      '`held` waits for a moderator; `unconfirmed` for its writer to confirm by email; `trashed` came from an import',
  }),
  created_at: timestampJson,
});

export const commentListJsonSchema = z.strictObject({
  comments: z.array(commentJsonSchema).meta({ description: 'Newest first' }),
  next_cursor: z
    .string()
    .optional()
    .meta({ description: 'Send as `cursor` for the next page; absent on the last' }),
});

function queryValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** The cursor is opaque to clients: where the last page ended, in base64url. */
function encodeCursor(row: ModerationRow): string {
  return Buffer.from(`${row.created_at}|${row.id}`).toString('base64url');
}

function decodeCursor(text: string): ModerationCursor | undefined {
  const [createdAt = '', id = ''] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  const isCursor = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(createdAt) && /^[0-9a-f-]{36}$/.test(id);
  return isCursor ? { createdAt, id } : undefined;
}

export const commentListQuerySchema = z.object({
  status: z.preprocess(
    queryValue,
    z.enum(COMMENT_LIST_STATUSES, 'admin.comments.problem.notAStatus').default('held'),
  ),
  item_id: z.preprocess(queryValue, z.uuid('admin.comments.problem.itemId').optional()),
  limit: z.preprocess(
    queryValue,
    z
      .string()
      .regex(/^\d{1,3}$/, 'problem.wholeNumber')
      .transform(Number)
      .pipe(z.number().min(1, 'problem.minNumber').max(MAX_LIMIT, 'problem.maxNumber'))
      .optional(),
  ),
  cursor: z.preprocess(
    queryValue,
    z
      .string()
      .max(200)
      .transform((text, context) => {
        const cursor = decodeCursor(text);
        if (!cursor) context.addIssue({ code: 'custom', message: 'admin.comments.problem.cursor' });
        return cursor ?? z.NEVER;
      })
      .optional(),
  ),
});

/** A query that cannot be read is a 400 whose message names each parameter at fault. */
function refusal(fields: Record<string, Problem>) {
  const faults = Object.entries(fields).map(([name, fault]) => `${name} ${problemText(fault)}`);
  return new BadRequestError(
    problem('admin.comments.problem.cannotList', { faults: faults.join('; ') }),
    fields,
  );
}

function commentJson(
  siteUrl: string,
  row: ModerationRow,
  now: string,
): z.output<typeof commentJsonSchema> {
  const item = {
    status: row.item_status,
    published_at: row.item_published_at,
    deleted_at: row.item_deleted_at,
  };
  return {
    id: row.id,
    item: {
      id: row.content_id,
      title: row.item_title,
      url:
        isPublicAt(item, now) && row.item_published_at
          ? `${siteUrl}${itemPath(row.item_type, row.item_slug, row.item_published_at)}`
          : null,
    },
    parent_id: row.parent_id,
    author_name: row.author_name,
    author_email: row.author_email,
    body_html: row.body_html,
    body_text: commentText(row),
    status: listedStatusOf(row.status),
    created_at: row.created_at,
  };
}

const DECISIONS = ['approve', 'reject', 'spam'] as const;
type CommentParams = { Params: { id: string } };

export function registerAdminCommentRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;
  const { siteUrl } = context.config;

  scope.get(COMMENTS_API_PATH, async (request, reply) => {
    const actor = apiActor(request);
    const query = parseInput(commentListQuerySchema, request.query ?? {}, { refuse: refusal });
    const limit = query.limit ?? DEFAULT_LIMIT;
    // One more than asked shows whether another page follows.
    const rows = await listModerationComments(db, actor, {
      status: query.status,
      itemId: query.item_id,
      limit: limit + 1,
      after: query.cursor,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const now = currentTimestamp();
    const body: z.output<typeof commentListJsonSchema> = {
      comments: page.map((row) => commentJson(siteUrl, row, now)),
      ...(rows.length > limit && last ? { next_cursor: encodeCursor(last) } : {}),
    };
    return reply.header('cache-control', 'no-store').send(body);
  });

  for (const decision of DECISIONS) {
    scope.post<CommentParams>(`${COMMENTS_API_PATH}/:id/${decision}`, async (request, reply) => {
      const actor = apiActor(request);
      await moderateComment(db, actor, request.params.id, decision);
      const row = await getModerationComment(db, actor, request.params.id);
      return reply
        .header('cache-control', 'no-store')
        .send(commentJson(siteUrl, row, currentTimestamp()));
    });
  }

  scope.delete<CommentParams>(`${COMMENTS_API_PATH}/:id`, async (request, reply) => {
    await moderateComment(db, apiActor(request), request.params.id, 'delete');
    return reply.status(204).header('cache-control', 'no-store').send();
  });
}
