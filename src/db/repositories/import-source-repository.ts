import type { Db } from '../connection.ts';
import type { ImportedEntity } from '../schema.ts';

/** What one exported site's records became here, by entity then source id. */
export async function selectImportedIds(
  db: Db,
  source: string,
): Promise<Map<ImportedEntity, Map<string, string>>> {
  const rows = await db
    .selectFrom('import_sources')
    .select(['entity', 'source_id', 'entity_id'])
    .where('source', '=', source)
    .execute();
  const byEntity = new Map<ImportedEntity, Map<string, string>>();
  for (const row of rows) {
    let ids = byEntity.get(row.entity);
    if (!ids) byEntity.set(row.entity, (ids = new Map()));
    ids.set(row.source_id, row.entity_id);
  }
  return byEntity;
}
