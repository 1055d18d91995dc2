import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import { siteSecret } from '../../db/repositories/site-secret-repository.ts';

/**
 * The links in a registrant's emails: confirm and cancel. Registrants have no account, and
 * their emails are written at send time from the queue's reference alone (the registration's
 * id), so each link must be rebuilt then from what the database holds, while the database
 * holds nothing that is a link:
 *
 * - cancel: `<id>.<HMAC(key, "cancel" NUL id)>`. It never expires (every email carries it)
 *   and stops working when the row is gone.
 * - confirm: `<id>.<HMAC(key, "confirm" NUL id NUL seed)>`, where `seed` is a random value
 *   kept on the row in `confirm_token_hash` (the SHA-256 of random bytes that are then
 *   thrown away). The seed alone is not the link: forging one needs the site's key as well.
 *   A new seed is drawn when a cancelled registration registers again (old links die), and
 *   it is cleared when the registration is cancelled.
 *
 * The key is the database's (`site_secrets`, name 'registration-links'), so every instance
 * signs alike; it is read once per database and cached.
 */

const SECRET_NAME = 'registration-links';
// A registration id is a UUID; anything longer is refused before any hashing.
const MAX_TOKEN_LENGTH = 120;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const keys = new WeakMap<Db, Promise<Buffer>>();

/**
 * The signing key. Read it before a transaction: on SQLite the one connection belongs to
 * the transaction, so reading through the outer handle inside it would wait forever.
 */
export function registrationLinkKey(db: Db): Promise<Buffer> {
  let key = keys.get(db);
  if (!key) {
    key = siteSecret(db, SECRET_NAME);
    keys.set(db, key);
    // A failed read (the database was busy) is tried again next time, not remembered.
    key.catch(() => keys.delete(db));
  }
  return key;
}

type LinkPurpose = 'confirm' | 'cancel';

function mac(key: Buffer, purpose: LinkPurpose, id: string, seed = ''): string {
  // NUL separators keep (purpose, id, seed) triples from colliding with each other.
  return createHmac('sha256', key).update(`${purpose}\0${id}\0${seed}`).digest('base64url');
}

/** A fresh confirmation seed for a row's `confirm_token_hash`. */
export function newConfirmationSeed(): string {
  return createHash('sha256').update(randomBytes(32)).digest('hex');
}

export function confirmationTokenFor(key: Buffer, registration: { id: string; seed: string }) {
  return `${registration.id}.${mac(key, 'confirm', registration.id, registration.seed)}`;
}

export function cancellationTokenFor(key: Buffer, registrationId: string): string {
  return `${registrationId}.${mac(key, 'cancel', registrationId)}`;
}

/** The signed cancellation token of a registration (for the links in its emails). */
export async function cancellationToken(db: Db, registrationId: string): Promise<string> {
  return cancellationTokenFor(await registrationLinkKey(db), registrationId);
}

/** The registration id a token names, if it is shaped like one of ours; else null. */
export function tokenRegistrationId(token: unknown): string | null {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return null;
  const dot = token.indexOf('.');
  const id = token.slice(0, dot);
  return dot > 0 && UUID.test(id) ? id : null;
}

function isSameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether `token` is the confirmation link of this registration with this seed. */
export function isConfirmationToken(
  key: Buffer,
  token: string,
  registration: { id: string; seed: string | null },
): boolean {
  if (!registration.seed) return false;
  return isSameText(token, confirmationTokenFor(key, { ...registration, seed: registration.seed }));
}

/** Whether `token` is the cancellation link of this registration. */
export function isCancellationToken(key: Buffer, token: string, registrationId: string): boolean {
  return isSameText(token, cancellationTokenFor(key, registrationId));
}
