import sanitizeHtml from 'sanitize-html';
import { decodeHTML } from 'entities';
import type { Db } from '../../db/connection.ts';
import { selectLabelsByIds } from '../../db/repositories/label-repository.ts';
import {
  type RevisionRow,
  selectRevision,
  selectRevisions,
} from '../../db/repositories/revision-repository.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import { type SaveOutcome, editItem, getDeskItem } from './editorial-service.ts';
import type { Newsroom } from './newsroom.ts';

export interface RevisionSummary {
  number: number;
  createdAt: string;
  authorName: string | null;
  summary: string;
  title: string;
}

function toSummary(row: RevisionRow): RevisionSummary {
  return {
    number: row.number,
    createdAt: row.created_at,
    authorName: row.author_name,
    summary: row.summary,
    title: row.title,
  };
}

/** An item's history, newest first, for whoever may see the item. */
export async function listRevisions(
  db: Db,
  actor: Actor,
  contentId: string,
): Promise<RevisionSummary[]> {
  await getDeskItem(db, actor, contentId);
  return (await selectRevisions(db, contentId)).map(toSummary);
}

async function requireRevision(db: Db, contentId: string, number: number): Promise<RevisionRow> {
  const revision = await selectRevision(db, contentId, number);
  if (!revision) throw new NotFoundError(problem('problem.noSuchRevision', { number }));
  return revision;
}

export interface DiffPart {
  change: 'same' | 'added' | 'removed';
  text: string;
}

export interface RevisionDiff {
  from: RevisionSummary;
  to: RevisionSummary;
  title: DiffPart[];
  excerpt: DiffPart[];
  body: DiffPart[];
}

/** The body as readable text, one block (paragraph, heading, list item …) per line. */
function bodyAsLines(html: string): string {
  const broken = html.replace(
    /<\/(?:p|li|h[1-6]|blockquote|tr|caption|figcaption|pre)\s*>|<br\s*\/?>|<img\b[^>]*>/gi,
    (tag) => {
      const src = /^<img/i.test(tag) ? /\bsrc="([^"]*)"/i.exec(tag)?.[1] : undefined;
      return src ? `[image ${src}]\n` : `${tag}\n`;
    },
  );
  return decodeHTML(sanitizeHtml(broken, { allowedTags: [], allowedAttributes: {} }))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * The diff library is loaded on the first comparison: only editors comparing revisions need
 * it, and every server process would otherwise hold it from start.
 */
async function diffText(before: string, after: string): Promise<DiffPart[]> {
  const { diffWords } = await import('diff');
  return diffWords(before, after).map((part) => ({
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

/** What changed between two revisions, word by word, in the title, excerpt and body text. */
export async function diffRevisions(
  db: Db,
  actor: Actor,
  contentId: string,
  fromNumber: number,
  toNumber: number,
): Promise<RevisionDiff> {
  await getDeskItem(db, actor, contentId);
  const [from, to] = await Promise.all([
    requireRevision(db, contentId, fromNumber),
    requireRevision(db, contentId, toNumber),
  ]);
  return {
    from: toSummary(from),
    to: toSummary(to),
    title: await diffText(from.title, to.title),
    excerpt: await diffText(from.excerpt, to.excerpt),
    body: await diffText(bodyAsLines(from.body_html), bodyAsLines(to.body_html)),
  };
}

/** Brings an earlier revision back as the newest one (the history is never rewritten). */
export async function restoreRevision(
  newsroom: Newsroom,
  actor: Actor,
  contentId: string,
  number: number,
): Promise<SaveOutcome> {
  await getDeskItem(newsroom.db, actor, contentId);
  const revision = await requireRevision(newsroom.db, contentId, number);
  const labelIds = JSON.parse(revision.label_ids) as string[];
  // Labels deleted since then are left out.
  const labels = (await selectLabelsByIds(newsroom.db, labelIds)).map((label) => ({
    kind: label.kind,
    slug: label.slug,
  }));
  return editItem(
    newsroom,
    actor,
    contentId,
    {
      title: revision.title,
      slug: revision.slug,
      excerpt: revision.excerpt,
      html: revision.body_html,
      labels,
      featuredMediaId: revision.featured_media_id,
      // Stored fields name organisations by id, which the content service accepts back.
      fields: JSON.parse(revision.fields || '{}') as Record<string, unknown>,
    },
    { summary: `Restored revision ${number}` },
  );
}
