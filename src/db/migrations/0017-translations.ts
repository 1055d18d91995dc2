import type { Kysely } from 'kysely';

// Frozen once merged. Items in several languages (issue 18). A group of translations already
// shares `translation_group` (the original's id, so an item created alone is its own group).
// A translation records the version of the original it was made from or last brought up to
// date with (`translated_from_version`): the admin says "the English version changed after
// this translation" when the original's `version` has moved past it. Null: an original.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('content_items')
    .addColumn('translated_from_version', 'integer')
    .execute();
  await db.schema
    .createIndex('content_items_translation_group')
    .on('content_items')
    .columns(['translation_group', 'locale'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('content_items_translation_group').execute();
  await db.schema.alterTable('content_items').dropColumn('translated_from_version').execute();
}
