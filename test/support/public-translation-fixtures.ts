import type { Db } from '../../src/db/connection.ts';
import {
  type CreateContentInput,
  createContentItem,
} from '../../src/domain/content/content-service.ts';
import { trashItem } from '../../src/domain/trash/trash-service.ts';
import { createTestPerson } from './newsroom-fixtures.ts';

/**
 * Translations as readers' tests need them, written through the content service as helper
 * code would (the desk's "create translation" is tested with its own routes): a member of
 * `originalId`'s group in `locale`, published on `publishedAt` unless a status is given.
 */
export async function createTranslationOf(
  db: Db,
  originalId: string,
  input: { locale: string; title: string; publishedAt: string } & Partial<CreateContentInput>,
): Promise<string> {
  const id = await createContentItem(db, {
    html: `<p>${input.title}.</p>`,
    status: 'published',
    translationGroup: originalId,
    ...input,
  });
  // Made from the original's first version, as a translation records it.
  await db
    .updateTable('content_items')
    .set({ translated_from_version: 1 })
    .where('id', '=', id)
    .execute();
  return id;
}

/** Moves items to the trash as an administrator would. */
export async function trashAsAdministrator(db: Db, ...ids: string[]): Promise<void> {
  const email = `trash-${ids[0] ?? 'none'}@translations.test`;
  const administrator = await createTestPerson(db, {
    email,
    name: 'Administrator',
    role: 'administrator',
  });
  for (const id of ids) await trashItem(db, administrator, id);
}
