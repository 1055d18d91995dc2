import { createHash, randomBytes } from 'node:crypto';

/** A new random secret for a cookie, link or API token (256 bits, base64url). */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** What the database keeps of a secret: its SHA-256, so a leaked table grants nothing. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
