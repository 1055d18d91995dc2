import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen once merged. The search index: one row per public or scheduled item, holding the
// tokens src/domain/search/ makes of it. SQLite keeps them in FTS5 tables whose rowids are
// the documents' `seq`; PostgreSQL in a tsvector column with a GIN index. The index is derived
// data: the application fills it (and refills it when its tokenizer changes), not this file.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  // `seq` sorts documents newest first by publication (see search-repository.ts), so both
  // engines can walk the newest matches backwards cheaply; on SQLite it is the FTS5 rowid.
  let table = db.schema
    .createTable('search_documents')
    .addColumn('seq', postgres ? 'bigint' : 'integer', (col) => col.primaryKey())
    .addColumn('content_id', 'varchar(36)', (col) =>
      col.notNull().unique().references('content_items.id').onDelete('cascade'),
    )
    .addColumn('published_at', 'varchar(30)', (col) => col.notNull());
  if (postgres) table = table.addColumn('vector', sql`tsvector`, (col) => col.notNull());
  await table.execute();

  if (postgres) {
    await sql`CREATE INDEX search_documents_vector_index ON search_documents USING gin (vector)`.execute(
      db,
    );
    return;
  }
  // Tokens arrive ready-made and space-separated, so the plain ASCII tokenizer only splits
  // them; contentless, because the text itself stays in content_items.
  await sql`CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, facets, tokenize = 'ascii', content = '', contentless_delete = 1
  )`.execute(db);
  // The titles again, alone: "which of these matches have the word in the title" reads short
  // lists here instead of filtering the whole index by column (5–10 times faster).
  await sql`CREATE VIRTUAL TABLE search_titles USING fts5(
    title, tokenize = 'ascii', content = '', contentless_delete = 1
  )`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) {
    await sql`DROP TABLE search_titles`.execute(db);
    await sql`DROP TABLE search_index`.execute(db);
  }
  await db.schema.dropTable('search_documents').execute();
  await db.deleteFrom('site_settings').where('key', '=', 'search.index_version').execute();
}
