import type { Db } from '../../db/connection.ts';
import { selectPublicItemOfLegacyPath } from '../../db/repositories/legacy-path-repository.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { itemPath } from '../content-types/content-type-registry.ts';

/**
 * Addresses items had on the site they were imported from. Old links must keep working, so an
 * old path answers with a 301 to the item's page here. Paths are stored and looked up in one
 * normal form, so `/2021/02/slug.html`, `/slug/` and `/?p=12&replytocom=4` find their item
 * however the link was written.
 */

/** The query parameters that name an item on the old site (WordPress's `?p=`, `?page_id=`). */
const ITEM_PARAMETERS = ['p', 'page_id'];

function decoded(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/**
 * The normal form of an old address: host-relative, percent-decoded, without a trailing slash
 * or an `index.php`, keeping only the query parameters that name an item. Null for a path
 * that names nothing of its own (the old home page).
 */
export function normaliseLegacyPath(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address, 'http://old.invalid');
  } catch {
    return null;
  }
  let path = decoded(url.pathname)
    .replace(/\/index\.php$/, '/')
    .replace(/\/+$/, '');
  const kept = ITEM_PARAMETERS.flatMap((name) => {
    const value = url.searchParams.get(name);
    return value && /^\d+$/.test(value) ? [`${name}=${value}`] : [];
  });
  if (kept.length > 0) return `${path}/?${kept.join('&')}`;
  if (path === '') return null;
  if (!path.startsWith('/')) path = `/${path}`;
  return path;
}

/**
 * Where an old address now lives: the page of the public item that had it, or null. Items
 * not public (drafts, unpublished) answer nothing, so an old link never reveals them.
 */
export async function findLegacyRedirect(db: Db, address: string): Promise<string | null> {
  const path = normaliseLegacyPath(address);
  if (!path) return null;
  const item = await selectPublicItemOfLegacyPath(db, { path, now: currentTimestamp() });
  return item ? itemPath(item.type, item.slug, item.published_at) : null;
}
