import { type Db, inTransaction } from '../connection.ts';
import { bumpContentVersion } from './site-state-repository.ts';

export async function selectSettings(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('site_settings').selectAll().execute();
  return new Map(rows.map((row) => [row.key, row.value]));
}

/** Inserts or replaces each key's JSON-encoded value, all in one transaction. */
export async function upsertSettings(db: Db, values: Record<string, string>): Promise<void> {
  await inTransaction(db, async (trx) => {
    for (const [key, value] of Object.entries(values)) {
      await trx
        .insertInto('site_settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    }
    await bumpContentVersion(trx);
  });
}
