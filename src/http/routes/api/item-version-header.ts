import { BadRequestError } from '../../../lib/errors.ts';

/**
 * Items carry their version as a strong ETag (`"7"`), so a client can send it back in
 * `If-Match` to say which version its edit is based on (RFC 9110, section 13.1.1).
 */
export function itemEtag(version: number): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` header names; undefined without the header. A stale version is
 * refused by the domain (409, with the text kept). Anything but one of our ETags is a 400:
 * `*` or a list would not say which version the edit was made from.
 */
export function versionFromIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"([1-9]\d{0,9})"\s*$/.exec(Array.isArray(header) ? '' : header);
  if (!match) {
    throw new BadRequestError('If-Match must be the ETag of the item, such as "7".', {
      'if-match': 'is not an ETag of this item',
    });
  }
  return Number(match[1]);
}
