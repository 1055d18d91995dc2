import type { Db } from '../connection.ts';
import type { DemoRecordsTable } from '../schema.ts';

/** Notes rows the demo loaded, so that removing the demo finds exactly them. */
export async function insertDemoRecords(db: Db, records: DemoRecordsTable[]): Promise<void> {
  if (records.length === 0) return;
  await db.insertInto('demo_records').values(records).execute();
}

/** The ids of what the demo loaded and is still here, by kind. */
export async function selectDemoRecords(
  db: Db,
): Promise<Record<DemoRecordsTable['entity'], string[]>> {
  const rows = await db.selectFrom('demo_records').selectAll().execute();
  const ofKind = (entity: DemoRecordsTable['entity']) =>
    rows.filter((row) => row.entity === entity).map((row) => row.entity_id);
  return { item: ofKind('item'), media: ofKind('media'), user: ofKind('user') };
}

/**
 * Deletes the demo's author accounts that author no item any more (an account a newsroom
 * kept using stays), and forgets every demo record. Returns how many accounts went.
 */
export async function deleteDemoUsersAndRecords(db: Db, userIds: string[]): Promise<number> {
  let deleted = 0;
  if (userIds.length > 0) {
    const result = await db
      .deleteFrom('users')
      .where('id', 'in', userIds)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('content_items')
              .select('content_items.id')
              .whereRef('content_items.author_id', '=', 'users.id'),
          ),
        ),
      )
      .executeTakeFirst();
    deleted = Number(result.numDeletedRows);
  }
  await db.deleteFrom('demo_records').execute();
  return deleted;
}
