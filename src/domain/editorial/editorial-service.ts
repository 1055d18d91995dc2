import { z } from 'zod';
import { type Db, inTransaction } from '../../db/connection.ts';
import { selectItemById } from '../../db/repositories/content-repository.ts';
import {
  type DeskScope,
  selectDeskItems,
  selectLabelIdsOfItem,
} from '../../db/repositories/editorial-repository.ts';
import type { ContentItemsTable, ContentStatus } from '../../db/schema.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.ts';
import type { MessageKey } from '../../lib/i18n/catalogues.ts';
import { problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import {
  canCreateContent,
  canOnItem,
  type ItemAction,
  type ItemFacts,
} from '../auth/permissions.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
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
import { StaleEdit, keepEditAsRevision, keepingStaleEdits } from './edit-conflict.ts';
import type { Newsroom } from './newsroom.ts';
import { notifyWorkflowEvent } from './notifications.ts';
import { checkPublishable } from './publication-checks.ts';
import {
  insertNextRevision,
  recordAutosaveRevision,
  recordRevision,
  revisionContentOf,
} from './revision-recorder.ts';

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
export type DraftInput = Omit<
  CreateContentInput,
  'status' | 'authorId' | 'translationGroup' | 'translatedFromVersion'
>;
export type EditInput = Omit<UpdateContentInput, 'authorId'>;

/**
 * An edit and the version of the item it was made from. With a version, an edit made from an
 * older one is refused (409, `EditConflictError`) and its text kept as a revision; without,
 * it is saved over whatever is there (scripts that send no version work as they always did).
 */
export interface VersionedEdit {
  input: EditInput;
  basedOnVersion?: number;
}

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
  // An item in the trash is restored first: nothing changes it while it waits there.
  if (action !== 'view' && item.deleted_at) {
    throw new ConflictError(problem('problem.restoreFirst'));
  }
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
  /** The item's version as saved: the next edit is based on it. */
  version: number;
}

function outcomeOf(item: ContentItemsTable): SaveOutcome {
  return { id: item.id, slug: item.slug, status: item.status, version: item.version };
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
      summary: auditSummary('audit.itemCreated', { title: item.title }),
    });
    return outcomeOf(item);
  });
}

/**
 * Applies an edit to the row `authorize` read, in the caller's transaction: the version check,
 * the write, the checks on the item as saved, a revision and an audit entry. With
 * `isQuietWhenUnchanged` (a workflow button pressed on an unchanged form) an edit that changes
 * nothing leaves no revision. An autosave (`isAutosave`) may fold into the revision the last
 * one kept (see `recordAutosaveRevision`).
 */
async function applyEdit(
  db: Db,
  actor: Actor,
  authorized: { item: ContentItemsTable; facts: ItemFacts },
  edit: VersionedEdit,
  options: { summary: string; isQuietWhenUnchanged?: boolean; isAutosave?: boolean },
): Promise<ContentItemsTable> {
  const { item: before, facts } = authorized;
  const { basedOnVersion } = edit;
  if (basedOnVersion !== undefined && basedOnVersion !== before.version) {
    throw new StaleEdit(before.version);
  }
  const contentBefore = options.isQuietWhenUnchanged && (await revisionContentOf(db, before));
  const item = await updateContentItem(db, before, edit.input);
  // PostgreSQL lets a concurrent save commit between the read and this write: the version
  // then moved on twice.
  if (basedOnVersion !== undefined && item.version !== basedOnVersion + 1) {
    throw new StaleEdit(item.version - 1);
  }
  // Before reachability: moving a public item elsewhere is refused by naming the country.
  await checkCountryChange(db, actor, item.id, facts);
  await checkStaysReachable(db, actor, item);
  if (item.status === 'published' || item.status === 'scheduled') {
    await checkPublishable(db, item);
  }
  const content = await revisionContentOf(db, item);
  if (contentBefore && JSON.stringify(contentBefore) === JSON.stringify(content)) return item;
  if (options.isAutosave) {
    await recordAutosaveRevision(db, actor, item.id, {
      content,
      summary: options.summary,
      itemChangedAt: before.updated_at,
    });
  } else {
    await insertNextRevision(db, actor, item.id, content, options.summary);
  }
  await recordAudit(db, actor, {
    action: 'content.edit',
    subjectType: 'content',
    subjectId: item.id,
    summary: auditSummary('audit.itemEdited', { change: options.summary, title: item.title }),
  });
  return item;
}

/**
 * Saves changes to an item, keeping a revision. A public item stays subject to the publication
 * checks. With `basedOnVersion`, a stale edit is refused and kept (see `VersionedEdit`).
 */
export async function editItem(
  newsroom: Newsroom,
  actor: Actor,
  id: string,
  input: EditInput,
  options: { summary?: string; basedOnVersion?: number } = {},
): Promise<SaveOutcome> {
  const edit = { input, basedOnVersion: options.basedOnVersion };
  return keepingStaleEdits(newsroom.db, actor, { id, input }, () =>
    inTransaction(newsroom.db, async (db) => {
      const authorized = await authorize(db, actor, id, 'edit');
      const item = await applyEdit(db, actor, authorized, edit, {
        summary: options.summary ?? 'Edited',
      });
      return outcomeOf(item);
    }),
  );
}

/** What an autosave did: saved the item, or (a public item) kept the text as a revision. */
export interface AutosaveOutcome {
  /** The version the next edit is based on. */
  version: number;
  isApplied: boolean;
}

/**
 * Saves an item being edited by itself (the editor's autosave), checking the version like any
 * edit. An item readers can see is not changed behind the editor's back: the text is kept as
 * a revision, and reaches the site when they press Save. An unchanged form saves nothing.
 */
export async function autosaveItem(
  newsroom: Newsroom,
  actor: Actor,
  id: string,
  edit: VersionedEdit,
): Promise<AutosaveOutcome> {
  return keepingStaleEdits(newsroom.db, actor, { id, input: edit.input }, () =>
    inTransaction(newsroom.db, async (db) => {
      const authorized = await authorize(db, actor, id, 'edit');
      const { item } = authorized;
      if (item.status === 'published' || item.status === 'scheduled') {
        if (edit.basedOnVersion !== undefined && edit.basedOnVersion !== item.version) {
          throw new StaleEdit(item.version);
        }
        await keepEditAsRevision(db, actor, id, edit.input, 'Autosaved (not yet on the site)', {
          isAutosave: true,
        });
        return { version: item.version, isApplied: false };
      }
      const saved = await applyEdit(db, actor, authorized, edit, {
        summary: 'Autosaved',
        isQuietWhenUnchanged: true,
        isAutosave: true,
      });
      return { version: saved.version, isApplied: true };
    }),
  );
}

/**
 * The item a workflow step acts on. A step sent from the edit form carries the form's content:
 * it is saved first, in the step's transaction, and the step is judged on the item as saved,
 * so pressing "Approve" never throws away what was typed, and a refused step saves nothing.
 */
async function authorizeStep(
  db: Db,
  actor: Actor,
  id: string,
  action: ItemAction,
  edit: VersionedEdit | undefined,
): Promise<{ item: ContentItemsTable; facts: ItemFacts }> {
  if (!edit) return authorize(db, actor, id, action);
  const authorized = await authorize(db, actor, id, 'edit');
  const item = await applyEdit(db, actor, authorized, edit, {
    summary: 'Edited',
    isQuietWhenUnchanged: true,
  });
  const facts = await factsOf(db, item);
  if (!canOnItem(actor, action, facts)) throw new ForbiddenError(problem(refusals[action]));
  return { item, facts };
}

/** A step's work, refusing (and keeping) the edit it carries when that is stale. */
function withStepEdit<Result>(
  newsroom: Newsroom,
  actor: Actor,
  id: string,
  edit: VersionedEdit | undefined,
  work: () => Promise<Result>,
): Promise<Result> {
  return keepingStaleEdits(newsroom.db, actor, edit && { id, input: edit.input }, work);
}

/** The author hands a draft to the editors of its countries. */
export async function submitItem(
  newsroom: Newsroom,
  actor: Actor,
  id: string,
  edit?: VersionedEdit,
): Promise<SaveOutcome> {
  const item = await withStepEdit(newsroom, actor, id, edit, () =>
    inTransaction(newsroom.db, async (db) => {
      const { item: before } = await authorizeStep(db, actor, id, 'submit', edit);
      const submitted = await setItemWorkflowState(db, before, {
        status: 'review',
        reviewNote: null,
      });
      await recordAudit(db, actor, {
        action: 'content.submit',
        subjectType: 'content',
        subjectId: id,
        summary: auditSummary('audit.itemSubmitted', { title: submitted.title }),
      });
      return submitted;
    }),
  );
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
  edit?: VersionedEdit,
): Promise<SaveOutcome> {
  const { publishedAt } = parseInput(approveSchema, options);
  const item = await withStepEdit(newsroom, actor, id, edit, () =>
    inTransaction(newsroom.db, async (db) => {
      const { item: before } = await authorizeStep(db, actor, id, 'approve', edit);
      await checkPublishable(db, before);
      // Re-approving an unpublished item puts it back now unless a date is given.
      const date =
        publishedAt ?? (before.status === 'unpublished' ? new Date().toISOString() : undefined);
      const approved = await publishContentItem(db, before, date ? { publishedAt: date } : {});
      await recordAudit(db, actor, {
        action: approved.status === 'scheduled' ? 'content.schedule' : 'content.publish',
        subjectType: 'content',
        subjectId: id,
        summary:
          approved.status === 'scheduled'
            ? auditSummary('audit.itemScheduled', {
                title: approved.title,
                publishedAt: approved.published_at ?? '',
              })
            : auditSummary('audit.itemPublished', { title: approved.title }),
      });
      return approved;
    }),
  );
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
  edit?: VersionedEdit,
): Promise<SaveOutcome> {
  const { note } = parseInput(sendBackSchema, input);
  const item = await withStepEdit(newsroom, actor, id, edit, () =>
    inTransaction(newsroom.db, async (db) => {
      const { item: before } = await authorizeStep(db, actor, id, 'send-back', edit);
      const returned = await setItemWorkflowState(db, before, {
        status: 'draft',
        reviewNote: note,
      });
      await recordAudit(db, actor, {
        action: 'content.send-back',
        subjectType: 'content',
        subjectId: id,
        summary: auditSummary('audit.itemSentBack', { title: returned.title, note }),
      });
      return returned;
    }),
  );
  await notifyWorkflowEvent(newsroom, { kind: 'sent-back', item, actor, note });
  return outcomeOf(item);
}

export async function unpublishItem(
  newsroom: Newsroom,
  actor: Actor,
  id: string,
  edit?: VersionedEdit,
): Promise<SaveOutcome> {
  return withStepEdit(newsroom, actor, id, edit, () =>
    inTransaction(newsroom.db, async (db) => {
      const { item: before } = await authorizeStep(db, actor, id, 'unpublish', edit);
      const item = await unpublishContentItem(db, before);
      await recordAudit(db, actor, {
        action: 'content.unpublish',
        subjectType: 'content',
        subjectId: id,
        summary: auditSummary('audit.itemUnpublished', { title: item.title }),
      });
      return outcomeOf(item);
    }),
  );
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

/** Which items the actor may see on the desk (see `selectDeskItems`). */
export function scopeOf(actor: Actor): DeskScope {
  if (actor.role === 'administrator') return { all: true };
  return {
    all: false,
    userId: actor.id,
    countryLabelIds: actor.role === 'editor' ? [...actor.countryLabelIds] : [],
  };
}

/** What waits for this actor's decision: items in review they may approve. */
export async function listReviewQueue(db: Db, actor: Actor) {
  const waiting = await selectDeskItems(db, {
    scope: scopeOf(actor),
    filters: { status: 'review' },
    limit: 500,
    offset: 0,
  });
  const decidable = [];
  for (const item of waiting) {
    if (canOnItem(actor, 'approve', await factsOf(db, item))) decidable.push(item);
  }
  return decidable;
}
