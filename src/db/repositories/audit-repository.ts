import type { Db } from '../connection.ts';
import type { AuditEventsTable } from '../schema.ts';

export async function insertAuditEvent(db: Db, event: AuditEventsTable): Promise<void> {
  await db.insertInto('audit_events').values(event).execute();
}

export async function selectAuditEvents(
  db: Db,
  page: { limit: number; offset: number },
): Promise<AuditEventsTable[]> {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countAuditEvents(db: Db): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
