import type { Db } from '../connection.ts';

/**
 * Keys of stored files (a logo's drawings, base64 in JSON), which are read one at a time by
 * the route serving them, never with the settings every page reads.
 */
const FILE_KEY_PREFIX = 'file:';

export async function selectSettings(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('site_settings')
    .selectAll()
    .where('key', 'not like', `${FILE_KEY_PREFIX}%`)
    .execute();
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

/** The bytes stored under a file's name, or undefined. */
export async function selectSettingsFile(db: Db, name: string): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('site_settings')
    .select('value')
    .where('key', '=', `${FILE_KEY_PREFIX}${name}`)
    .executeTakeFirst();
  return row ? Buffer.from(JSON.parse(row.value) as string, 'base64') : undefined;
}

/**
 * Stores `files` by name and removes every other stored file whose name starts with
 * `replacing` (a new logo's drawings replace the old one's). Call inside the save's transaction.
 */
export async function replaceSettingsFiles(
  db: Db,
  replacing: string,
  files: { name: string; bytes: Buffer }[],
): Promise<void> {
  const kept = files.map((file) => `${FILE_KEY_PREFIX}${file.name}`);
  let removal = db
    .deleteFrom('site_settings')
    .where('key', 'like', `${FILE_KEY_PREFIX}${replacing}%`);
  if (kept.length > 0) removal = removal.where('key', 'not in', kept);
  await removal.execute();
  await upsertSettings(
    db,
    Object.fromEntries(
      files.map((file) => [
        `${FILE_KEY_PREFIX}${file.name}`,
        JSON.stringify(file.bytes.toString('base64')),
      ]),
    ),
  );
}
