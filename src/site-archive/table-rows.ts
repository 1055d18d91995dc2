import { type Expression, type SqlBool, sql } from 'kysely';
import { type Db, dialectOf } from '../db/connection.ts';
import type { ExportedTable, TableSpec } from './archive-format.ts';

const PAGE_SIZE = 1_000;

/** Text compared byte by byte: SQLite's default; PostgreSQL's "C" collation, not the locale's. */
function bytewise(db: Db, column: string) {
  return dialectOf(db) === 'postgres'
    ? sql`${sql.ref(column)} collate "C"`
    : sql`${sql.ref(column)} collate binary`;
}

/** `key > after` for a composite key, spelled out: (a > x) or (a = x and b > y) or … */
function afterKey(db: Db, key: readonly string[], after: unknown[]): Expression<SqlBool> {
  const alternatives = key.map((column, index) => {
    const equal = key
      .slice(0, index)
      .map((previous, position) => sql`${sql.ref(previous)} = ${after[position]}`);
    return sql.join([...equal, sql`${bytewise(db, column)} > ${after[index]}`], sql` and `);
  });
  return sql<SqlBool>`(${sql.join(alternatives, sql`) or (`)})`;
}

/**
 * Every row of a table in primary-key order, compared as bytes on both engines, a page at
 * a time (keyset paging): a table of 100,000 rows never sits in memory whole. Run it inside
 * one transaction so every page reads the same snapshot.
 */
export async function* tableRows(
  db: Db,
  table: ExportedTable,
  spec: TableSpec,
  /** Rows to leave out, as a condition the rest meet. */
  where?: Expression<SqlBool>,
): AsyncGenerator<Record<string, unknown>> {
  let after: unknown[] | undefined;
  for (;;) {
    const conditions = [
      ...(where ? [where] : []),
      ...(after ? [afterKey(db, spec.primaryKey, after)] : []),
    ];
    const filter = conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
    const order = sql.join(spec.primaryKey.map((column) => bytewise(db, column)));
    const page = await sql<Record<string, unknown>>`select * from ${sql.table(table)} ${filter}
      order by ${order} limit ${PAGE_SIZE}`.execute(db);
    for (const row of page.rows) yield row;
    const last = page.rows.at(-1);
    if (!last || page.rows.length < PAGE_SIZE) return;
    after = spec.primaryKey.map((column) => last[column]);
  }
}

/** How many rows a table holds (both engines; PostgreSQL counts as bigint strings). */
export async function countRows(
  db: Db,
  table: ExportedTable,
  where?: Expression<SqlBool>,
): Promise<number> {
  const result = await sql<{ count: number | string }>`select count(*) as count
    from ${sql.table(table)} ${where ? sql`where ${where}` : sql``}`.execute(db);
  return Number(result.rows[0]?.count ?? 0);
}
