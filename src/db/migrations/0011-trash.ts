import type { Kysely } from 'kysely';

// Frozen once merged. The trash (issue 16): an item or an upload is moved to the trash by
// setting `deleted_at` (and who did it, `deleted_by`), keeping every other column as it was,
// so that restoring it brings it back exactly; it is removed for good `trashRetentionDays`
// after `deleted_at`. `demo_records` names what `inspir demo` loaded, so that removing the
// demo never touches a newsroom's own rows.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['content_items', 'media']) {
    await db.schema.alterTable(table).addColumn('deleted_at', 'varchar(30)').execute();
    // No foreign key: the trash keeps naming whoever moved a row there, even once their
    // account is gone (as the audit log keeps the email).
    await db.schema.alterTable(table).addColumn('deleted_by', 'varchar(36)').execute();
    await db.schema.createIndex(`${table}_deleted_index`).on(table).column('deleted_at').execute();
  }
  await db.schema
    .createTable('demo_records')
    // 'item', 'media' or 'user'.
    .addColumn('entity', 'varchar(20)', (col) => col.notNull())
    .addColumn('entity_id', 'varchar(36)', (col) => col.notNull())
    .addPrimaryKeyConstraint('demo_records_pk', ['entity', 'entity_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('demo_records').execute();
  for (const table of ['content_items', 'media']) {
    await db.schema.dropIndex(`${table}_deleted_index`).execute();
    await db.schema.alterTable(table).dropColumn('deleted_by').execute();
    await db.schema.alterTable(table).dropColumn('deleted_at').execute();
  }
}
