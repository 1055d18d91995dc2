import { randomBytes } from 'node:crypto';
import type { Db } from '../connection.ts';

/**
 * A secret the site makes for itself (the key that signs subscribers' links and comment-form
 * stamps), created on first use. Every instance sharing the database reads the same one: the
 * first writer wins and the others read what it wrote.
 */
export async function siteSecret(db: Db, name: string): Promise<Buffer> {
  await db
    .insertInto('site_secrets')
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('site_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, 'base64url');
}
