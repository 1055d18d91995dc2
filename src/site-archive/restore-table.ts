import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { sql } from 'kysely';
import type { Progress } from '../lib/progress.ts';
import type { Db } from '../db/connection.ts';
import {
  type ArchiveRow,
  ArchiveError,
  type ColumnSpec,
  type ExportedTable,
  type TableSpec,
  tableFileOf,
} from './archive-format.ts';
import { RestoreInterruptedError } from './restore-limits.ts';

/** Bound values per statement, well below both engines' limits (as in bulk-insert.ts). */
const VALUES_PER_STATEMENT = 10_000;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function checkValue(column: string, spec: ColumnSpec, value: unknown): string | undefined {
  if (value === null) return spec.isNullable ? undefined : `${column} must not be null`;
  if (spec.kind === 'text') {
    return typeof value === 'string'
      ? undefined
      : `${column} must be text, not ${describeValue(value)}`;
  }
  return Number.isSafeInteger(value)
    ? undefined
    : `${column} must be a whole number, not ${JSON.stringify(value)}`;
}

/** One line of a table file as a row, or the reason it does not fit the table. */
export function parseRowLine(line: string, spec: TableSpec): ArchiveRow | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return 'not a JSON object';
  }
  const values = parsed as Record<string, unknown>;
  const columns = spec.columns as Record<string, ColumnSpec>;
  const unknown = Object.keys(values).filter((column) => !(column in columns));
  if (unknown.length > 0) return `unknown column ${unknown.join(', ')}`;
  const row: ArchiveRow = {};
  for (const [column, columnSpec] of Object.entries(columns)) {
    if (!(column in values)) {
      if (!columnSpec.isLaterAddition) return `missing column ${column}`;
      row[column] = columnSpec.whenMissing ?? null;
      continue;
    }
    const problem = checkValue(column, columnSpec, values[column]);
    if (problem) return problem;
    row[column] = values[column] as ArchiveRow[string];
  }
  return row;
}

function databaseMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface LineRow {
  line: number;
  row: ArchiveRow;
}

/**
 * Inserts a batch under a savepoint. When the database refuses it, the batch is undone and
 * replayed row by row, so the error names the one line at fault (the whole restore is then
 * abandoned by the caller's transaction).
 */
async function insertBatch(db: Db, table: ExportedTable, batch: LineRow[]): Promise<void> {
  const file = tableFileOf(table);
  await sql`savepoint restore_batch`.execute(db);
  try {
    // Kysely cannot check rows against a table chosen at run time; parseRowLine did.
    await db
      .insertInto(table)
      .values(batch.map((entry) => entry.row) as never)
      .execute();
    await sql`release savepoint restore_batch`.execute(db);
    return;
  } catch (batchError) {
    await sql`rollback to savepoint restore_batch`.execute(db);
    for (const entry of batch) {
      try {
        await db
          .insertInto(table)
          .values(entry.row as never)
          .execute();
      } catch (error) {
        throw new ArchiveError(
          `${file} line ${entry.line}: the database refused the row: ${databaseMessage(error)}`,
          { cause: error },
        );
      }
    }
    throw new ArchiveError(`${file}: the database refused a batch: ${databaseMessage(batchError)}`);
  }
}

/** The primary key of one row, to find it again. */
interface RowKey {
  column: string;
  value: string | number;
}

/** Points each reply at its parent once every row of the table is in. */
async function setSelfReferences(
  db: Db,
  table: ExportedTable,
  column: string,
  references: { line: number; id: RowKey; target: string }[],
): Promise<void> {
  for (const reference of references) {
    try {
      await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${reference.target}
        where ${sql.ref(reference.id.column)} = ${reference.id.value}`.execute(db);
    } catch (error) {
      throw new ArchiveError(
        `${tableFileOf(table)} line ${reference.line}: ${column} ${reference.target} ` +
          `was refused: ${databaseMessage(error)}`,
        { cause: error },
      );
    }
  }
}

/**
 * Streams one table file into its table, a batch at a time, and returns how many rows it
 * held. Call inside the restore's transaction.
 */
export async function restoreTable(
  db: Db,
  options: {
    folder: string;
    table: ExportedTable;
    spec: TableSpec;
    progress: Progress;
    signal?: AbortSignal;
  },
): Promise<number> {
  const { table, spec } = options;
  const file = tableFileOf(table);
  const perStatement = Math.max(
    1,
    Math.floor(VALUES_PER_STATEMENT / Object.keys(spec.columns).length),
  );
  const keyColumn = spec.primaryKey[0] ?? '';
  const references: { line: number; id: RowKey; target: string }[] = [];
  let batch: LineRow[] = [];
  let lineNumber = 0;
  const lines = readline.createInterface({
    input: fs.createReadStream(path.join(options.folder, file)),
    crlfDelay: Infinity,
  });
  for await (const line of lines) {
    lineNumber += 1;
    const row = parseRowLine(line, spec);
    if (typeof row === 'string') throw new ArchiveError(`${file} line ${lineNumber}: ${row}.`);
    const target = spec.selfReference ? row[spec.selfReference] : null;
    if (spec.selfReference && typeof target === 'string') {
      const value = row[keyColumn];
      if (value !== null && value !== undefined) {
        references.push({ line: lineNumber, id: { column: keyColumn, value }, target });
      }
      row[spec.selfReference] = null;
    }
    batch.push({ line: lineNumber, row });
    if (batch.length >= perStatement) {
      if (options.signal?.aborted) throw new RestoreInterruptedError();
      await insertBatch(db, table, batch);
      options.progress.advance(batch.length);
      batch = [];
    }
  }
  if (batch.length > 0) {
    await insertBatch(db, table, batch);
    options.progress.advance(batch.length);
  }
  if (spec.selfReference) await setSelfReferences(db, table, spec.selfReference, references);
  return lineNumber;
}
