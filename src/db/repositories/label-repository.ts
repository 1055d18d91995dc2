import type { Db } from '../connection.ts';
import type { LabelKind, LabelsTable } from '../schema.ts';

export async function selectLabels(db: Db, kind?: LabelKind): Promise<LabelsTable[]> {
  let query = db.selectFrom('labels').selectAll();
  if (kind) query = query.where('kind', '=', kind);
  return query.orderBy('kind').orderBy('position').orderBy('name').execute();
}

export async function selectLabel(
  db: Db,
  kind: LabelKind,
  slug: string,
): Promise<LabelsTable | undefined> {
  return db
    .selectFrom('labels')
    .selectAll()
    .where('kind', '=', kind)
    .where('slug', '=', slug)
    .executeTakeFirst();
}

export async function insertLabel(db: Db, label: LabelsTable): Promise<void> {
  await db.insertInto('labels').values(label).execute();
}

export async function updateLabel(
  db: Db,
  id: string,
  changes: Partial<Omit<LabelsTable, 'id'>>,
): Promise<void> {
  await db.updateTable('labels').set(changes).where('id', '=', id).execute();
}

export async function selectLabelsByIds(db: Db, ids: string[]): Promise<LabelsTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('labels').selectAll().where('id', 'in', ids).execute();
}
