import { randomUUID } from 'node:crypto';
import type { CommentsTable } from '../db/schema.ts';
import { sanitizeBodyHtml } from '../lib/sanitize-body-html.ts';
import type { ImportedComment } from './import-bundle.ts';

export interface CommentRows {
  rows: CommentsTable[];
  /** Comment id by source id, for the import's own records. */
  idBySourceId: Map<string, string>;
  warnings: string[];
}

/** How many replies deep a comment sits; a broken or circular chain counts as the top. */
function depthOf(comment: ImportedComment, bySourceId: Map<string, ImportedComment>): number {
  let depth = 0;
  const seen = new Set<string>([comment.sourceId]);
  for (let parent = comment.parentSourceId; parent;) {
    const next = bySourceId.get(parent);
    if (!next || seen.has(next.sourceId)) break;
    seen.add(next.sourceId);
    depth++;
    parent = next.parentSourceId;
  }
  return depth;
}

/**
 * Turns imported comments into rows, parents before replies (each row's parent must exist
 * when it is written). Comments on items that were not imported are left out with a warning;
 * a reply whose parent is missing is kept as a comment of its own.
 */
export function buildCommentRows(options: {
  comments: ImportedComment[];
  /** Item id by source id: items imported now and before. */
  itemIdBySourceId: Map<string, string>;
  /** Comments earlier imports of this site wrote, by source id. */
  known: Map<string, string>;
}): CommentRows {
  const { comments, itemIdBySourceId, known } = options;
  const bySourceId = new Map(comments.map((comment) => [comment.sourceId, comment]));
  const result: CommentRows = { rows: [], idBySourceId: new Map(), warnings: [] };
  const ordered = comments
    .filter((comment) => !known.has(comment.sourceId))
    .map((comment) => ({ comment, depth: depthOf(comment, bySourceId) }))
    .sort((a, b) => a.depth - b.depth);
  for (const { comment } of ordered) {
    const contentId = itemIdBySourceId.get(comment.itemSourceId);
    if (!contentId) {
      result.warnings.push(`${comment.origin}: it belongs to no imported item; left out.`);
      continue;
    }
    if (result.idBySourceId.has(comment.sourceId)) continue;
    const parentSourceId = comment.parentSourceId;
    const parentId = parentSourceId
      ? (result.idBySourceId.get(parentSourceId) ?? known.get(parentSourceId) ?? null)
      : null;
    if (parentSourceId && !parentId) {
      result.warnings.push(
        `${comment.origin}: the comment it answers is missing; kept on its own.`,
      );
    }
    const id = randomUUID();
    result.idBySourceId.set(comment.sourceId, id);
    result.rows.push({
      id,
      content_id: contentId,
      parent_id: parentId,
      author_name: (comment.authorName.trim() || 'Anonymous').slice(0, 300),
      author_email: comment.authorEmail?.trim().slice(0, 320) || null,
      author_url: /^https?:\/\//.test(comment.authorUrl ?? '')
        ? (comment.authorUrl ?? '').slice(0, 1000)
        : null,
      body_html: sanitizeBodyHtml(comment.html),
      status: comment.status,
      created_at: new Date(comment.createdAt).toISOString(),
    });
  }
  return result;
}
