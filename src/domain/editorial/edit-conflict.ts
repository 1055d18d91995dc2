import { type Db, inTransaction } from '../../db/connection.ts';
import { selectItemById } from '../../db/repositories/content-repository.ts';
import { withWritesUndone } from '../../db/trial-write.ts';
import { AppError, NotFoundError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { sanitizeBodyHtml } from '../../lib/sanitize-body-html.ts';
import type { Actor } from '../auth/actor.ts';
import { type UpdateContentInput, updateContentItem } from '../content/content-service.ts';
import {
  type RevisionContent,
  insertNextRevision,
  recordAutosaveRevision,
  revisionContentOf,
} from './revision-recorder.ts';

/**
 * An edit made from a version of the item that is no longer the current one: someone saved in
 * between. It is refused, so neither text silently replaces the other, and the refused text is
 * kept as a revision (`keptRevision`) that its author can restore or copy from.
 */
export class EditConflictError extends AppError {
  constructor(
    readonly currentVersion: number,
    readonly keptRevision: number,
  ) {
    super(
      'edit_conflict',
      409,
      problem('problem.editConflict', { version: currentVersion, revision: keptRevision }),
    );
  }
}

/** Thrown inside an edit's transaction, which it rolls back; then the text is kept. */
export class StaleEdit extends Error {
  constructor(readonly currentVersion: number) {
    super(`The item is at version ${currentVersion}.`);
  }
}

/** The words of a refused edit laid over the item, when the edit as a whole cannot be applied. */
function wordsOf(input: UpdateContentInput): Partial<RevisionContent> {
  return {
    ...(typeof input.title === 'string' ? { title: input.title } : {}),
    ...(typeof input.excerpt === 'string' ? { excerpt: input.excerpt } : {}),
    ...(typeof input.html === 'string' ? { body_html: sanitizeBodyHtml(input.html) } : {}),
  };
}

/**
 * Keeps an edit as the item's next revision, without changing the item (a refused edit, or an
 * autosave of a public item, which may fold into the last autosave's revision instead: see
 * `recordAutosaveRevision`): the edit is applied, read back and undone, so the revision holds
 * exactly what it would have saved (labels, the type's fields). An edit that is itself invalid
 * keeps at least its words. Resolves to the revision's number.
 */
export async function keepEditAsRevision(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateContentInput,
  summary: string,
  options: { isAutosave?: boolean } = {},
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const current = await selectItemById(trx, id);
    if (!current) throw new NotFoundError(problem('problem.noSuchItem'));
    const applied = await withWritesUndone(trx, async (trial) =>
      revisionContentOf(trial, await updateContentItem(trial, current, input)),
    );
    if (!applied.ok && !(applied.error instanceof AppError)) throw applied.error;
    const content = applied.ok
      ? applied.result
      : { ...(await revisionContentOf(trx, current)), ...wordsOf(input) };
    if (options.isAutosave) {
      return recordAutosaveRevision(trx, actor, id, {
        content,
        summary,
        itemChangedAt: current.updated_at,
      });
    }
    return insertNextRevision(trx, actor, id, content, summary);
  });
}

/**
 * Runs an edit (alone or with a workflow step) and, when it turns out stale, keeps its text
 * in a transaction of its own (the edit's was rolled back) and refuses it with a 409.
 */
export async function keepingStaleEdits<Result>(
  db: Db,
  actor: Actor,
  edit: { id: string; input: UpdateContentInput } | undefined,
  work: () => Promise<Result>,
): Promise<Result> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof StaleEdit) || !edit) throw error;
    const kept = await keepEditAsRevision(
      db,
      actor,
      edit.id,
      edit.input,
      `Not saved: someone else saved version ${error.currentVersion} first`,
    );
    throw new EditConflictError(error.currentVersion, kept);
  }
}
