import type { Db } from '../../db/connection.ts';
import { selectPublicAuthorNames } from '../../db/repositories/public-author-repository.ts';
import { slugify } from '../../lib/slug.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { type Label, listLabels } from '../labels/label-service.ts';

/**
 * The addresses Ghost, WordPress and Blogger give to what is not an item: tag and category
 * pages, author pages and feeds. Links to them from other sites keep working after an import,
 * with a permanent redirect to what stands for them here. A tag that names no country or
 * theme here answers nothing (a 404), never a redirect to a page that does not exist.
 *
 * Ghost: `/tag/:slug/`, `/tag/:slug/rss/`, `/author/:slug/` (and its `/rss/`), `/rss/`.
 * WordPress: `/category/:parent/:slug/`, `/tag/:slug/`, `/author/:slug/`, `/feed/`, and each
 * of those with `/feed/` after it. Blogger: `/search/label/:name`, `/feeds/posts/default`
 * and `/feeds/posts/default/-/:name`.
 */

/** What an old address stands for, before anything is looked up. */
type OldAddress =
  | { kind: 'label'; name: string; feed: FeedFormat | null }
  | { kind: 'author'; name: string; feed: FeedFormat | null }
  | { kind: 'feed'; format: FeedFormat };

type FeedFormat = 'rss' | 'atom';

function decodedSegments(path: string): string[] {
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

/** Recognises an old address by its shape alone; null for any other path. */
function parseOldSiteAddress(address: string): OldAddress | null {
  let url: URL;
  try {
    url = new URL(address, 'http://old.invalid');
  } catch {
    return null;
  }
  const segments = decodedSegments(url.pathname);
  // Ghost's `/tag/x/rss/`, WordPress's `/tag/x/feed/`: the label's own feed.
  const isFeed = segments.at(-1) === 'rss' || segments.at(-1) === 'feed';
  if (isFeed) segments.pop();
  const feed: FeedFormat | null = isFeed ? 'rss' : null;
  const [first, second, ...rest] = segments;
  if (first === undefined) return feed ? { kind: 'feed', format: 'rss' } : null;
  if ((first === 'tag' || first === 'category') && second !== undefined) {
    // WordPress nests categories (`/category/asia/nepal/`): the last one is the page's.
    return { kind: 'label', name: rest.at(-1) ?? second, feed };
  }
  if (first === 'author' && second !== undefined && rest.length === 0) {
    return { kind: 'author', name: second, feed };
  }
  if (first === 'search' && second === 'label' && rest.length === 1 && !feed) {
    return { kind: 'label', name: rest[0] ?? '', feed: null };
  }
  if (first === 'feeds' && second === 'posts' && rest[0] === 'default' && !feed) {
    const format = url.searchParams.get('alt') === 'rss' ? 'rss' : 'atom';
    // `/feeds/posts/default/-/Label`: one label's posts.
    if (rest[1] === '-' && rest.length === 3)
      return { kind: 'label', name: rest[2] ?? '', feed: format };
    return rest.length === 1 ? { kind: 'feed', format } : null;
  }
  return null;
}

/** The country or theme an old tag, category or label names: by address, then by name. */
function labelNamed(labels: Label[], name: string): Label | undefined {
  const wanted = slugify(name);
  if (!wanted) return undefined;
  // Countries before themes: the importer makes a tag naming a country a country.
  const ordered = labels.toSorted((a, b) =>
    a.kind === b.kind ? 0 : a.kind === 'country' ? -1 : 1,
  );
  return (
    ordered.find((label) => label.slug === wanted) ??
    ordered.find((label) => slugify(label.name) === wanted)
  );
}

/**
 * Where an old site's tag, author or feed address leads here, or null when it is no such
 * address or names nothing here. Authors have no page of their own yet: their old pages lead
 * home, but only for a name that wrote something public.
 */
export async function findOldSiteRedirect(db: Db, address: string): Promise<string | null> {
  const old = parseOldSiteAddress(address);
  if (!old) return null;
  if (old.kind === 'feed') return `/feed.${old.format}`;
  if (old.kind === 'label') {
    const label = labelNamed(await listLabels(db), old.name);
    if (!label) return null;
    return old.feed ? `${label.path}/feed.${old.feed}` : label.path;
  }
  const wanted = slugify(old.name);
  const names = await selectPublicAuthorNames(db, { now: currentTimestamp() });
  if (!wanted || !names.some((name) => slugify(name) === wanted)) return null;
  return old.feed ? `/feed.${old.feed}` : '/';
}
