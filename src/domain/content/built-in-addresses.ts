import { CONTENT_TYPES, contentTypeDefinition } from '../content-types/content-type-registry.ts';

/**
 * Addresses the site answers itself whatever the content holds. An imported item's old
 * address among them cannot redirect to the item (the site's own page answers first), so
 * the import says where the item is instead (a Ghost page at `/about/` is shadowed by the
 * About page). Addresses that only answer for some content (`/countries/:slug`) are not
 * here: when they answer nothing, old addresses under them still redirect.
 */

/** Every type's listing: `/` (posts), `/impact`, `/events` … */
const TYPE_LISTINGS = CONTENT_TYPES.flatMap((type) => {
  const listing = contentTypeDefinition(type).address.listing;
  return listing === null ? [] : [listing];
});

const BUILT_IN_PATHS = new Set([
  '/about',
  '/privacy',
  '/archive',
  '/search',
  '/subscribe',
  '/feed.atom',
  '/feed.rss',
  '/feed.json',
  '/sitemap.xml',
  '/robots.txt',
  '/events.ics',
  '/impact.csv',
  '/impact.json',
  '/impact/iati.xml',
  '/healthz',
  '/readyz',
  '/metrics',
  ...TYPE_LISTINGS,
]);

/** Areas that never answer with an old address's redirect. */
const BUILT_IN_AREAS = /^\/(admin|api|assets|media)(\/|$)/;

/**
 * True when `path` (normal form: see `normaliseLegacyPath`) is answered by the site itself,
 * so an old address equal to it never reaches its imported item.
 */
export function isBuiltInAddress(path: string): boolean {
  const bare = path.replace(/\/+$/, '').toLowerCase();
  return BUILT_IN_PATHS.has(bare) || BUILT_IN_AREAS.test(bare);
}
