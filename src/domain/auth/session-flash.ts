import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import { takeSessionFlash, updateSessionFlash } from '../../db/repositories/session-repository.ts';
import { hashSecret } from './secret-token.ts';

/**
 * A flash: one message a session leaves for the next page it shows, kept in the database (so
 * any instance can show it) and taken once. It is sealed (AES-256-GCM) with a key derived from
 * the session cookie's secret, which the database never holds: a copy of the database, or of a
 * backup taken in between, does not reveal what the flash says.
 */

const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyOf(sessionSecret: string): Buffer {
  return createHash('sha256').update(`flash:${sessionSecret}`).digest();
}

/** The message sealed for the session only: base64url of nonce, tag and ciphertext. */
export function sealForSession(sessionSecret: string, message: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyOf(sessionSecret), iv);
  const sealed = Buffer.concat([cipher.update(message, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The message, or undefined when it was not sealed for this session or was altered. */
export function openForSession(sessionSecret: string, sealed: string): string | undefined {
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      keyOf(sessionSecret),
      bytes.subarray(0, IV_BYTES),
    );
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return undefined;
  }
}

/** Leaves a message for the session's next page, replacing any it had not shown yet. */
export async function leaveFlash(db: Db, sessionSecret: string, message: string): Promise<void> {
  await updateSessionFlash(db, hashSecret(sessionSecret), sealForSession(sessionSecret, message));
}

/** Takes the session's message: whoever asks first gets it, and nobody after. */
export async function takeFlash(db: Db, sessionSecret: string): Promise<string | undefined> {
  const sealed = await takeSessionFlash(db, hashSecret(sessionSecret));
  return sealed === undefined ? undefined : openForSession(sessionSecret, sealed);
}
