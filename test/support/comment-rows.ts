import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/connection.ts';
import type { CommentStatus } from '../../src/db/schema.ts';

/**
 * A reader's comment written straight into the table, for tests of what happens to comments
 * after they are posted (moderation, display) without going through the posting form.
 */
export async function insertTestComment(
  db: Db,
  comment: {
    contentId: string;
    status: CommentStatus;
    name?: string;
    email?: string | null;
    text?: string;
    parentId?: string | null;
    createdAt?: string;
  },
): Promise<string> {
  const id = randomUUID();
  const text = comment.text ?? `A comment ${id.slice(0, 8)}`;
  await db
    .insertInto('comments')
    .values({
      id,
      content_id: comment.contentId,
      parent_id: comment.parentId ?? null,
      author_name: comment.name ?? 'Reader',
      author_email: comment.email === undefined ? 'reader@example.net' : comment.email,
      author_url: null,
      body_html: `<p>${text.replace(/[<>&]/g, '')}</p>`,
      body_text: text,
      status: comment.status,
      created_at: comment.createdAt ?? new Date().toISOString(),
    })
    .execute();
  return id;
}
