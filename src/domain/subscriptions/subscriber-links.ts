import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import { siteSecret } from '../../db/repositories/site-secret-repository.ts';
import { interfaceLanguageOf } from '../../lib/i18n/languages.ts';

/**
 * Subscribers have no account: what they may do is carried by signed links in their emails.
 * A link is the subscriber's id and an HMAC over the purpose and the id, so a confirm link
 * cannot unsubscribe someone else and a tampered id fails. Links do not expire (a footer link
 * in an old email must still unsubscribe); they stop working when the row is gone.
 */

export type SubscriberLinkPurpose = 'confirm' | 'preferences' | 'unsubscribe';

const SECRET_NAME = 'subscriber-links';
// A subscriber id is a UUID; anything longer is not ours, and is refused before any hashing.
const MAX_TOKEN_LENGTH = 120;

const linkSecret = (db: Db) => siteSecret(db, SECRET_NAME);

function mac(secret: Buffer, purpose: SubscriberLinkPurpose, subscriberId: string): Buffer {
  // The NUL separator keeps "purpose+id" pairs from colliding with each other.
  return createHmac('sha256', secret).update(`${purpose}\0${subscriberId}`).digest();
}

/** The token for one purpose: `<id>.<base64url mac>`. */
export async function signSubscriberToken(
  db: Db,
  purpose: SubscriberLinkPurpose,
  subscriberId: string,
): Promise<string> {
  const secret = await linkSecret(db);
  return `${subscriberId}.${mac(secret, purpose, subscriberId).toString('base64url')}`;
}

/**
 * The subscriber id a token was signed for with this purpose, or null when it was not (made
 * up, altered, cut short, or signed for another purpose). Compared in constant time.
 */
export async function verifySubscriberToken(
  db: Db,
  purpose: SubscriberLinkPurpose,
  token: unknown,
): Promise<string | null> {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return null;
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const subscriberId = token.slice(0, dot);
  const macText = token.slice(dot + 1);
  const given = Buffer.from(macText, 'base64url');
  // Lenient base64 decoding would accept variants of one MAC; only its one spelling counts.
  if (given.toString('base64url') !== macText) return null;
  const secret = await linkSecret(db);
  const expected = mac(secret, purpose, subscriberId);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return subscriberId;
}

export interface SubscriberLinks {
  preferences: string;
  unsubscribe: string;
}

/**
 * Where a subscriber's links point: the site's address and its default language (the
 * settings' locale). The email that carries the links has read the settings already: they
 * are passed in, not read again for each link.
 */
export interface LinkSite {
  url: string;
  defaultLanguage: string;
}

/**
 * The site path prefix a subscriber's pages speak their language under: none for the site's
 * default language (which has no prefix), `/ne` for Nepali on an English site.
 */
export function subscriberPathPrefix(language: string, defaultLanguage: string): string {
  const own = interfaceLanguageOf(language);
  return own === interfaceLanguageOf(defaultLanguage) ? '' : `/${own}`;
}

function absolute(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}

/** The absolute address of one subscriber page, signed for its purpose. */
export async function subscriberLink(
  db: Db,
  site: LinkSite,
  subscriber: { id: string; language: string },
  purpose: SubscriberLinkPurpose,
): Promise<string> {
  const prefix = subscriberPathPrefix(subscriber.language, site.defaultLanguage);
  return linkUnder(db, site.url, prefix, subscriber.id, purpose);
}

async function linkUnder(
  db: Db,
  siteUrl: string,
  prefix: string,
  subscriberId: string,
  purpose: SubscriberLinkPurpose,
): Promise<string> {
  const token = await signSubscriberToken(db, purpose, subscriberId);
  return absolute(siteUrl, `${prefix}/subscribe/${purpose}?token=${encodeURIComponent(token)}`);
}

/** The links every email to a subscriber carries in its footer and headers. */
export async function subscriberLinks(
  db: Db,
  site: LinkSite,
  subscriber: { id: string; language: string },
): Promise<SubscriberLinks> {
  const prefix = subscriberPathPrefix(subscriber.language, site.defaultLanguage);
  return {
    preferences: await linkUnder(db, site.url, prefix, subscriber.id, 'preferences'),
    unsubscribe: await linkUnder(db, site.url, prefix, subscriber.id, 'unsubscribe'),
  };
}

/**
 * RFC 2369 and RFC 8058 headers: mail programs show an "Unsubscribe" button that POSTs
 * `List-Unsubscribe=One-Click` to the link, with no page and no cookies.
 */
export function listUnsubscribeHeaders(links: SubscriberLinks): Record<string, string> {
  return {
    'List-Unsubscribe': `<${links.unsubscribe}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
