import type { Insertable } from 'kysely';
import type { Db } from '../connection.ts';
import type { DatabaseSchema } from '../schema.ts';

/**
 * Bound values per statement: below SQLite's limit (32,766) and PostgreSQL's (65,535), and
 * small enough that one statement never holds much memory.
 */
const VALUES_PER_STATEMENT = 10_000;

/**
 * Inserts many rows into one table with as few statements as fit: a bulk import writes tens
 * of thousands of rows, and one statement per row would cost most of its time.
 */
export async function insertRows<Table extends keyof DatabaseSchema>(
  db: Db,
  table: Table,
  rows: Insertable<DatabaseSchema[Table]>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const perStatement = Math.max(1, Math.floor(VALUES_PER_STATEMENT / Object.keys(first).length));
  for (let start = 0; start < rows.length; start += perStatement) {
    // Kysely cannot check `values` against a table chosen by a type parameter.
    await db
      .insertInto(table)
      .values(rows.slice(start, start + perStatement) as never)
      .execute();
  }
}
