import { z } from 'zod';
import { type Db, inTransaction } from '../../db/connection.ts';
import { selectItemById } from '../../db/repositories/content-repository.ts';
import {
  type DeskScope,
  selectDeskItems,
  selectLabelIdsOfItem,
} from '../../db/repositories/editorial-repository.ts';
import type { ContentItemsTable, ContentStatus } from '../../db/schema.ts';
import { ForbiddenError, NotFoundError } from '../../lib/errors.ts';
import type { MessageKey } from '../../lib/i18n/messages-en.ts';
import { problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import {
  canCreateContent,
  canOnItem,
  type ItemAction,
  type ItemFacts,
} from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit-service.ts';
import {
  type CreateContentInput,
  type UpdateContentInput,
  createContentItem,
  publishContentItem,
  setItemWorkflowState,
  unpublishContentItem,
  updateContentItem,
} from '../content/content-service.ts';
import { parseInput } from '../validation.ts';
import { checkCountryChange } from './country-change-check.ts';
import type { Newsroom } from './newsroom.ts';
import { notifyWorkflowEvent } from './notifications.ts';
import { checkPublishable } from './publication-checks.ts';
import { recordRevision } from './revision-recorder.ts';

/**
 * The editorial workflow: every change an editor, contributor or API client makes to content
 * goes through here. Each function checks the actor's permission on the server, makes the
 * change, keeps a revision and an audit entry in the same transaction, and sends the emails
 * the change calls for once it is committed. It owns that transaction: it reads the item
 * once, at the start, and passes the row down; what it calls joins the transaction.
 *
 *   draft ──submit──▶ review ──approve──▶ published (or scheduled, then published by time)
 *     ▲                  │                    │
 *     └────send back─────┘                    └──unpublish──▶ unpublished ──approve──▶ …
 */

/** Fields an author controls; status, author and dates of creation are the workflow's. */
export type DraftInput = Omit<CreateContentInput, 'status' | 'authorId' | 'translationGroup'>;
export type EditInput = Omit<UpdateContentInput, 'authorId'>;

async function requireItem(db: Db, id: string): Promise<ContentItemsTable> {
  const item = await selectItemById(db, id);
  if (!item) throw new NotFoundError(problem('problem.noSuchItem'));
  return item;
}

async function factsOf(db: Db, item: ContentItemsTable): Promise<ItemFacts> {
  const labels = await selectLabelIdsOfItem(db, item.id);
  return { authorId: item.author_id, status: item.status, countryLabelIds: labels.countries };
}

const refusals: Record<ItemAction, MessageKey> = {
  view: 'problem.cannotSeeItem',
  edit: 'problem.cannotEditItem',
  submit: 'problem.onlyAuthorSubmits',
  approve: 'problem.cannotApproveItem',
  'send-back': 'problem.cannotSendBackItem',
  unpublish: 'problem.cannotUnpublishItem',
};

/**
 * Loads an item and checks the actor may act on it; unknown and invisible items are both 404.
 * This is the one read of the item in a workflow action: the row goes down to the checks and
 * the write, and the write gives back the row as saved.
 */
async function authorize(
  db: Db,
  actor: Actor,
  id: string,
  action: ItemAction,
): Promise<{ item: ContentItemsTable; facts: ItemFacts }> {
  const item = await requireItem(db, id);
  const facts = await factsOf(db, item);
  if (!canOnItem(actor, 'view', facts)) throw new NotFoundError(problem('problem.noSuchItem'));
  if (!canOnItem(actor, action, facts)) throw new ForbiddenError(problem(refusals[action]));
  return { item, facts };
}

/** An editor's change must leave the item (as saved) within their countries, or they would lose it. */
async function checkStaysReachable(db: Db, actor: Actor, item: ContentItemsTable): Promise<void> {
  const facts = await factsOf(db, item);
  if (!canOnItem(actor, 'view', facts)) {
    throw new ForbiddenError(problem('problem.cannotMoveOutOfCountries'));
  }
}

export interface SaveOutcome {
  id: string;
  slug: string;
  status: ContentStatus;
}

function outcomeOf(item: ContentItemsTable): SaveOutcome {
  return { id: item.id, slug: item.slug, status: item.status };
}

/** A new draft by the actor. */
export async function createDraft(
  newsroom: Newsroom,
  actor: Actor,
  input: DraftInput,
): Promise<SaveOutcome> {
  if (!canCreateContent(actor)) throw new ForbiddenError();
  return inTransaction(newsroom.db, async (db) => {
    const id = await createContentItem(db, { ...input, status: 'draft', authorId: actor.id });
    const item = await requireItem(db, id);
    await recordRevision(db, actor, item, 'Created');
    await recordAudit(db, actor, {
      action: 'content.create',
      subjectType: 'content',
      subjectId: id,
      summary: `Created “${item.title}”`,
    });
    return outcomeOf(item);
  });
}

/** Saves changes to an item, keeping a revision. A public item stays subject to the publication checks. */
export async function editItem(
  newsroom: Newsroom,
  actor: Actor,
  id: string,
  input: EditInput,
  summary = 'Edited',
): Promise<SaveOutcome> {
  return inTransaction(newsroom.db, async (db) => {
    const { item: before, facts } = await authorize(db, actor, id, 'edit');
    const item = await updateContentItem(db, before, input);
    // Before reachability: moving a public item elsewhere is refused by naming the country.
    await checkCountryChange(db, actor, id, facts);
    await checkStaysReachable(db, actor, item);
    if (item.status === 'published' || item.status === 'scheduled') {
      await checkPublishable(db, item);
    }
    await recordRevision(db, actor, item, summary);
    await recordAudit(db, actor, {
      action: 'content.edit',
      subjectType: 'content',
      subjectId: id,
      summary: `${summary} “${item.title}”`,
    });
    return outcomeOf(item);
  });
}

/** The author hands a draft to the editors of its countries. */
export async function submitItem(
  newsroom: Newsroom,
  actor: Actor,
  id: string,
): Promise<SaveOutcome> {
  const item = await inTransaction(newsroom.db, async (db) => {
    const { item: before } = await authorize(db, actor, id, 'submit');
    const submitted = await setItemWorkflowState(db, before, {
      status: 'review',
      reviewNote: null,
    });
    await recordAudit(db, actor, {
      action: 'content.submit',
      subjectType: 'content',
      subjectId: id,
      summary: `Submitted “${submitted.title}” for review`,
    });
    return submitted;
  });
  await notifyWorkflowEvent(newsroom, { kind: 'submitted', item, actor });
  return outcomeOf(item);
}

const approveSchema = z.object({
  publishedAt: z.iso.datetime({ offset: true, error: 'problem.isoDateTimeWithOffset' }).optional(),
});

/** Publishes now, or schedules when the item's (or the given) date is in the future. */
export async function approveItem(
  newsroom: Newsroom,
  actor: Actor,
  id: string,
  options: { publishedAt?: string } = {},
): Promise<SaveOutcome> {
  const { publishedAt } = parseInput(approveSchema, options);
  const item = await inTransaction(newsroom.db, async (db) => {
    const { item: before } = await authorize(db, actor, id, 'approve');
    await checkPublishable(db, before);
    // Re-approving an unpublished item puts it back now unless a date is given.
    const date =
      publishedAt ?? (before.status === 'unpublished' ? new Date().toISOString() : undefined);
    const approved = await publishContentItem(db, before, date ? { publishedAt: date } : {});
    const verb =
      approved.status === 'scheduled' ? `Scheduled for ${approved.published_at}` : 'Published';
    await recordAudit(db, actor, {
      action: approved.status === 'scheduled' ? 'content.schedule' : 'content.publish',
      subjectType: 'content',
      subjectId: id,
      summary: `${verb}: “${approved.title}”`,
    });
    return approved;
  });
  await notifyWorkflowEvent(newsroom, { kind: 'approved', item, actor });
  return outcomeOf(item);
}

export const sendBackSchema = z.object({
  note: z.string().trim().min(1, 'problem.sendBackNote').max(5000),
});

/** Returns an item to its author as a draft, with a note saying what to change. */
export async function sendBackItem(
  newsroom: Newsroom,
  actor: Actor,
  id: string,
  input: { note?: unknown },
): Promise<SaveOutcome> {
  const { note } = parseInput(sendBackSchema, input);
  const item = await inTransaction(newsroom.db, async (db) => {
    const { item: before } = await authorize(db, actor, id, 'send-back');
    const returned = await setItemWorkflowState(db, before, { status: 'draft', reviewNote: note });
    await recordAudit(db, actor, {
      action: 'content.send-back',
      subjectType: 'content',
      subjectId: id,
      summary: `Sent “${returned.title}” back: ${note}`,
    });
    return returned;
  });
  await notifyWorkflowEvent(newsroom, { kind: 'sent-back', item, actor, note });
  return outcomeOf(item);
}

export async function unpublishItem(
  newsroom: Newsroom,
  actor: Actor,
  id: string,
): Promise<SaveOutcome> {
  return inTransaction(newsroom.db, async (db) => {
    const { item: before } = await authorize(db, actor, id, 'unpublish');
    const item = await unpublishContentItem(db, before);
    await recordAudit(db, actor, {
      action: 'content.unpublish',
      subjectType: 'content',
      subjectId: id,
      summary: `Unpublished “${item.title}”`,
    });
    return outcomeOf(item);
  });
}

/** An item as its editors see it, after checking the actor may see it. */
export async function getDeskItem(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ item: ContentItemsTable; facts: ItemFacts; allowed: Record<ItemAction, boolean> }> {
  const { item, facts } = await authorize(db, actor, id, 'view');
  const actions: ItemAction[] = ['view', 'edit', 'submit', 'approve', 'send-back', 'unpublish'];
  const allowed = Object.fromEntries(
    actions.map((action) => [action, canOnItem(actor, action, facts)]),
  ) as Record<ItemAction, boolean>;
  return { item, facts, allowed };
}

function scopeOf(actor: Actor): DeskScope {
  if (actor.role === 'administrator') return { all: true };
  return {
    all: false,
    userId: actor.id,
    countryLabelIds: actor.role === 'editor' ? [...actor.countryLabelIds] : [],
  };
}

export const DESK_PAGE_SIZE = 50;

/** The items the actor may see in the admin, optionally of one status. */
export async function listDeskItems(
  db: Db,
  actor: Actor,
  options: { status?: ContentStatus; page?: number } = {},
) {
  const page = options.page ?? 1;
  return selectDeskItems(db, {
    scope: scopeOf(actor),
    status: options.status,
    limit: DESK_PAGE_SIZE,
    offset: (page - 1) * DESK_PAGE_SIZE,
  });
}

/** What waits for this actor's decision: items in review they may approve. */
export async function listReviewQueue(db: Db, actor: Actor) {
  const waiting = await selectDeskItems(db, {
    scope: scopeOf(actor),
    status: 'review',
    limit: 500,
    offset: 0,
  });
  const decidable = [];
  for (const item of waiting) {
    if (canOnItem(actor, 'approve', await factsOf(db, item))) decidable.push(item);
  }
  return decidable;
}
