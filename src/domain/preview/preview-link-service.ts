import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type Db, inTransaction } from '../../db/connection.ts';
import { selectItemById } from '../../db/repositories/content-repository.ts';
import {
  insertPreviewLink,
  revokePreviewLinksOfItem,
  selectLivePreviewItemId,
} from '../../db/repositories/preview-link-repository.ts';
import type { ContentItemsTable } from '../../db/schema.ts';
import { ForbiddenError, NotFoundError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import { hashSecret, newSecret } from '../auth/secret-token.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import { toDetails } from '../content/content-mapping.ts';
import type { ContentDetail } from '../content/content-item.ts';
import { getDeskItem } from '../editorial/editorial-service.ts';
import { getUserName } from '../users/user-service.ts';
import { parseInput } from '../validation.ts';

/**
 * Previews of items before readers see them. People who may see an item on the desk preview
 * it there; whoever may edit or review it may also make a private preview link: a secret
 * address that shows the item to anyone holding it (a steering-committee member without an
 * account) until it expires or is revoked. Only the secret's SHA-256 is stored.
 *
 * `now` is a parameter of every function that reads the clock, so tests can move it.
 */

/** Where a preview link leads: this prefix and the link's secret. */
export const PREVIEW_LINK_PREFIX = '/preview/';
export const DEFAULT_PREVIEW_DAYS = 7;
export const MAX_PREVIEW_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A secret is 43 base64url characters (newSecret); anything else is not worth a query. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const previewLinkSchema = z.object({
  expiresInDays: z.coerce
    .number('problem.numberOfDays')
    .int('problem.wholeNumberOfDays')
    .min(1, 'problem.atLeastOneDay')
    .max(MAX_PREVIEW_DAYS, 'problem.maxDays')
    .default(DEFAULT_PREVIEW_DAYS),
});

export interface NewPreviewLink {
  /** Site-relative: `/preview/<secret>`. Shown once, never stored. */
  path: string;
  expiresAt: string;
}

/** Loads an item the actor may see and checks they may edit or review it (who may share it). */
async function authorizeSharing(db: Db, actor: Actor, itemId: string) {
  const { item, allowed } = await getDeskItem(db, actor, itemId);
  if (!canSharePreview(allowed)) {
    throw new ForbiddenError(problem('problem.cannotSharePreview'));
  }
  return item;
}

/** Whether the actor may make and revoke an item's preview links (see `authorizeSharing`). */
export function canSharePreview(allowed: { edit: boolean; approve: boolean }): boolean {
  return allowed.edit || allowed.approve;
}

/**
 * A new preview link to an item, lasting `expiresInDays` (1–30, default 7). The item's
 * earlier links keep working until they expire or are revoked.
 */
export async function createPreviewLink(
  db: Db,
  actor: Actor,
  input: { itemId: string; expiresInDays?: unknown },
  now = new Date(),
): Promise<NewPreviewLink> {
  const { expiresInDays } = parseInput(previewLinkSchema, {
    expiresInDays: input.expiresInDays === '' ? undefined : input.expiresInDays,
  });
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + expiresInDays * DAY_MS).toISOString();
  await inTransaction(db, async (trx) => {
    const item = await authorizeSharing(trx, actor, input.itemId);
    await insertPreviewLink(trx, {
      id: randomUUID(),
      item_id: item.id,
      token_hash: hashSecret(token),
      created_by: actor.id,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      revoked_at: null,
    });
    await recordAudit(trx, actor, {
      action: 'content.preview-link',
      subjectType: 'content',
      subjectId: item.id,
      summary: auditSummary('audit.previewShared', { title: item.title, expiresAt }),
    });
  });
  return { path: `${PREVIEW_LINK_PREFIX}${token}`, expiresAt };
}

/** Revokes every live preview link of an item; the number revoked (0 is not an error). */
export async function revokePreviewLinks(
  db: Db,
  actor: Actor,
  itemId: string,
  now = new Date(),
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const item = await authorizeSharing(trx, actor, itemId);
    const revoked = await revokePreviewLinksOfItem(trx, {
      itemId: item.id,
      now: now.toISOString(),
    });
    await recordAudit(trx, actor, {
      action: 'content.preview-link-revoke',
      subjectType: 'content',
      subjectId: item.id,
      summary: auditSummary('audit.previewsRevoked', { count: revoked, title: item.title }),
    });
    return revoked;
  });
}

/**
 * An item as readers would see it were it published now: its full detail whatever its status.
 * An item without a date shows `now` as its date, as approving it would give it.
 */
async function previewDetail(db: Db, item: ContentItemsTable, now: Date): Promise<ContentDetail> {
  const authorName = item.author_id ? await getUserName(db, item.author_id) : null;
  const row = {
    ...item,
    published_at: item.published_at ?? now.toISOString(),
    author_name: authorName,
  };
  const [detail] = await toDetails(db, [row]);
  if (!detail) throw new NotFoundError(problem('problem.noSuchItem'));
  return detail;
}

/** The preview of an item on the desk, for someone who may see it there (404 otherwise). */
export async function getDeskPreview(
  db: Db,
  actor: Actor,
  itemId: string,
  now = new Date(),
): Promise<ContentDetail> {
  const { item } = await getDeskItem(db, actor, itemId);
  return previewDetail(db, item, now);
}

/** The item a preview link shows; an unknown, expired or revoked link is not found. */
export async function getLinkedPreview(
  db: Db,
  token: string,
  now = new Date(),
): Promise<ContentDetail> {
  const itemId = TOKEN_PATTERN.test(token)
    ? await selectLivePreviewItemId(db, { tokenHash: hashSecret(token), now: now.toISOString() })
    : undefined;
  const item = itemId ? await selectItemById(db, itemId) : undefined;
  if (!item) throw new NotFoundError(problem('problem.nothingHere'));
  return previewDetail(db, item, now);
}
