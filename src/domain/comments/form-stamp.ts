import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import { siteSecret } from '../../db/repositories/site-secret-repository.ts';

/**
 * The comment form carries the time it was drawn, signed, so that a post can be refused when
 * it comes sooner after the form than a person could type (bots post at once). Pages are
 * cached, so a stamp may be hours old: that is fine, only too young is refused. The key is
 * the database's, so every instance signs alike.
 */

const SECRET_NAME = 'comment-stamps';

const keyOf = (db: Db) => siteSecret(db, SECRET_NAME);

function signature(key: Buffer, millis: string): string {
  return createHmac('sha256', key).update(`comment-form:${millis}`).digest('base64url');
}

/** A stamp for a form drawn at `now`. */
export async function issueFormStamp(db: Db, now: Date): Promise<string> {
  const millis = String(now.getTime());
  return `${millis}.${signature(await keyOf(db), millis)}`;
}

/**
 * How long ago the form of `stamp` was drawn, in milliseconds; null for a stamp that is
 * missing, forged or from the future (all treated as "too fast").
 */
export async function formStampAge(db: Db, stamp: unknown, now: Date): Promise<number | null> {
  if (typeof stamp !== 'string') return null;
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(stamp);
  if (!match?.[1] || !match[2]) return null;
  const expected = Buffer.from(signature(await keyOf(db), match[1]));
  const given = Buffer.from(match[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const age = now.getTime() - Number(match[1]);
  return age >= 0 ? age : null;
}
