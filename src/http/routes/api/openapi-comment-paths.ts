import type { MODERATION_ACTIONS } from '../../../domain/comments/comment-moderation.ts';
import { COMMENT_LIST_STATUSES } from '../../../domain/comments/comment-moderation.ts';
import { commentJsonSchema, commentListJsonSchema } from './admin-comment-routes.ts';
import { jsonSchemaOf } from './openapi-json-schema.ts';
import { adminOperation, adminResponses } from './openapi-parts.ts';
import type { Parameter, PathItem, Response } from './openapi-types.ts';

/** The comment moderation operations (see admin-comment-routes.ts). */

export const COMMENTS_TAG = {
  name: 'Comments',
  description: "Moderating readers' comments",
};

const tags = [COMMENTS_TAG.name];

const commentId: Parameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: "The comment's id",
  schema: { type: 'string', format: 'uuid' },
};

const listParameters: Parameter[] = [
  {
    name: 'status',
    in: 'query',
    description: 'Only comments of this status; `held` unless told',
    schema: { type: 'string', enum: [...COMMENT_LIST_STATUSES] },
  },
  {
    name: 'item_id',
    in: 'query',
    description: 'Only comments on this item',
    schema: { type: 'string', format: 'uuid' },
  },
  {
    name: 'limit',
    in: 'query',
    description: 'How many comments a page holds, at most 100; 50 unless told',
    schema: { type: 'integer', minimum: 1 },
  },
  {
    name: 'cursor',
    in: 'query',
    description: 'The `next_cursor` of the previous page',
    schema: { type: 'string' },
  },
];

function jsonAnswer(schema: Parameters<typeof jsonSchemaOf>[0], description: string): Response {
  return { description, content: { 'application/json': { schema: jsonSchemaOf(schema) } } };
}

const DECISION_WORDS: Record<(typeof MODERATION_ACTIONS)[number], string> = {
  approve:
    'Approves a comment: it shows on its item, and later comments from its address show at once (unless the site holds every comment)',
  reject: 'Rejects a comment: hidden from readers',
  spam: 'Marks a comment as spam: hidden from readers',
  delete: 'Deletes a comment; its replies stay, as top-level comments',
};

const WHO =
  'Administrators moderate every comment, editors those on items carrying one of their countries (any other is 404 to them); contributors none (403).';

export const commentPaths: Record<string, PathItem> = {
  '/api/v1/admin/comments': {
    get: adminOperation({
      operationId: 'listComments',
      summary: 'Lists comments to moderate, newest first',
      description: `${WHO} An unknown status or unreadable parameter is a 400 naming it.`,
      tags,
      parameters: listParameters,
      responses: adminResponses(
        { '200': jsonAnswer(commentListJsonSchema, 'A page of comments') },
        ['BadRequest'],
      ),
    }),
  },
  '/api/v1/admin/comments/{id}': {
    delete: adminOperation({
      operationId: 'deleteComment',
      summary: DECISION_WORDS.delete,
      description: WHO,
      tags,
      parameters: [commentId],
      responses: adminResponses({ '204': { description: 'The comment is gone' } }, ['NotFound']),
    }),
  },
  ...Object.fromEntries(
    (['approve', 'reject', 'spam'] as const).map((decision) => [
      `/api/v1/admin/comments/{id}/${decision}`,
      {
        post: adminOperation({
          operationId: `${decision}Comment`,
          summary: DECISION_WORDS[decision],
          description: `${WHO} A comment already so is answered unchanged.`,
          tags,
          parameters: [commentId],
          responses: adminResponses(
            { '200': jsonAnswer(commentJsonSchema, 'The comment as it now stands') },
            ['NotFound'],
          ),
        }),
      },
    ]),
  ),
};
