import { randomBytes } from 'node:crypto';
import type { Db } from '../connection.ts';

// A secret never changes once made, so each database's is read once per process.
const cached = new WeakMap<Db, Map<string, Promise<Buffer>>>();

/**
 * A secret the site makes for itself (the key that signs subscribers' links, comment-form
 * stamps, confirmation links …), created on first use. Every instance sharing the database
 * reads the same one: the first writer wins and the others read what it wrote. Read once per
 * database and name; a failed read (the database was busy or away) is tried again next time.
 */
export function siteSecret(db: Db, name: string): Promise<Buffer> {
  let secrets = cached.get(db);
  if (!secrets) {
    secrets = new Map();
    cached.set(db, secrets);
  }
  let secret = secrets.get(name);
  if (!secret) {
    secret = readOrMakeSecret(db, name);
    secrets.set(name, secret);
    secret.catch(() => secrets.delete(name));
  }
  return secret;
}

async function readOrMakeSecret(db: Db, name: string): Promise<Buffer> {
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
