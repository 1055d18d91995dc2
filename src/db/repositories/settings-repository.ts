import type { Db } from '../connection.ts';

export async function selectSettings(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('site_settings').selectAll().execute();
  return new Map(rows.map((row) => [row.key, row.value]));
}

/** Inserts or replaces each key's JSON-encoded value. Call inside the save's transaction. */
export async function upsertSettings(db: Db, values: Record<string, string>): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    await db
      .insertInto('site_settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}
