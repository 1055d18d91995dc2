import {
  ImportFileError,
  type ImportBundle,
  type ImportedAuthor,
  type ImportedComment,
  type ImportedItem,
  type ImportedLabel,
  type ImportedStatus,
} from '../import-bundle.ts';
import type { GhostData, GhostPost } from './ghost-export-schema.ts';
import { ghostBodyHtml, resolveGhostUrl, UnreadableEditorDocumentError } from './ghost-body.ts';
import { readGhostExport } from './read-ghost-export.ts';

/**
 * Reads a Ghost JSON export (Ghost 1.x–5.x, with or without the `db` wrapper) into an import
 * bundle: users become authors, public tags labels, posts and pages items with their bodies
 * as Ghost rendered them, and Ghost 5's native comments, if the export has them, comments.
 *
 * @throws ImportFileError for a file that is not valid JSON, not a Ghost export, from an
 *   unsupported version, or with a row missing what Ghost requires.
 */
export async function parseGhostExport(
  file: string,
  options: {
    /**
     * The site's address, for an export that does not hold it (most do not): its
     * `__GHOST_URL__` links and images then point there instead of being left as paths.
     */
    siteUrl?: string;
  } = {},
): Promise<ImportBundle> {
  const { fileName, data, rawData } = await readGhostExport(file);
  const site = siteOf(data, options.siteUrl);
  const ignored: Record<string, number> = {};
  const countIgnored = (kind: string, count = 1): void => {
    if (count > 0) ignored[kind] = (ignored[kind] ?? 0) + count;
  };

  const authors = data.users.map((user, index): ImportedAuthor => ({
    sourceId: user.id,
    name: user.name ?? '',
    email: user.email,
    origin: `users[${index}]${quoted(user.name)}`,
  }));
  const authorIds = new Set(authors.map((author) => author.sourceId));

  const publicTags = new Map(
    data.tags
      .filter((tag) => tag.name.trim() !== '' && !isInternalTag(tag))
      .map((tag) => [tag.id, tag]),
  );
  const labels = [...publicTags.values()].map((tag): ImportedLabel => ({
    name: tag.name,
    slug: tag.slug,
    description: tag.description?.trim() ? tag.description : null,
  }));
  const labelsByPost = groupSorted(data.posts_tags, (link) => publicTags.get(link.tag_id)?.name);
  const authorsByPost = groupSorted(data.posts_authors, (link) =>
    authorIds.has(link.author_id) ? link.author_id : undefined,
  );

  const metaByPost = new Map(data.posts_meta.map((meta) => [meta.post_id, meta]));
  const items: ImportedItem[] = [];
  data.posts.forEach((post, index) => {
    const origin = `posts[${index}]${quoted(post.title)}`;
    const kind = kindOf(post);
    if (kind === null) {
      countIgnored(post.type ?? 'unknown post type');
      return;
    }
    const authorId = authorsByPost.get(post.id)?.[0] ?? post.author_id;
    items.push({
      sourceId: post.id,
      kind,
      title: post.title ?? '',
      slug: post.slug,
      html: resolveGhostUrl(bodyOf(post, `${fileName}: ${origin}`), site.address),
      excerpt: post.custom_excerpt?.trim() ? post.custom_excerpt : null,
      metaTitle: metaByPost.get(post.id)?.meta_title ?? post.meta_title,
      metaDescription: metaByPost.get(post.id)?.meta_description ?? post.meta_description,
      status: statusOf(post),
      publishedAt: post.published_at,
      updatedAt: post.updated_at,
      authorSourceId: authorId !== null && authorIds.has(authorId) ? authorId : null,
      labels: [...new Set(labelsByPost.get(post.id) ?? [])],
      // Ghost's default routes serve posts and pages alike at /slug/, under the site's path.
      oldPaths: post.slug ? [`${site.path}/${post.slug}/`] : [],
      featuredImageUrl: post.feature_image ? pictureAddress(post.feature_image, site) : null,
      locale: post.locale,
      origin,
    });
  });

  const comments = commentsOf(data, new Set(items.map((item) => item.sourceId)), site.address);
  countIgnored('comment', data.comments.length - comments.length);
  // Members are readers' accounts and snippets editor templates: the site has neither.
  countIgnored('member', data.members.length);
  countIgnored('snippet', Array.isArray(rawData.snippets) ? rawData.snippets.length : 0);

  return {
    source: 'ghost',
    siteKey: site.key,
    siteUrl: site.url ? new URL(site.url).origin : null,
    language: siteLanguageOf(data),
    authors,
    labels,
    items,
    comments,
    attachments: [],
    ignored,
  };
}

interface GhostSite {
  /**
   * Tells this site's records from another's: taken from the export alone (its URL, else its
   * title), so importing it again with or without `siteUrl` matches the same items.
   */
  key: string;
  /** The site's URL, without a trailing slash; null if neither exported nor given. */
  url: string | null;
  /** What `__GHOST_URL__` stands for: the URL, or `''` to leave site-relative paths. */
  address: string;
  /** The path a site served from a subdirectory lives under (`/blog`), else `''`. */
  path: string;
}

function siteOf(data: GhostData, givenUrl: string | undefined): GhostSite {
  const setting = (key: string): string | null => {
    const value = data.settings.find((row) => row.key === key)?.value;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  };
  const withoutSlash = (url: URL): string => url.href.replace(/\/+$/, '');
  const exportedUrl = setting('url');
  const exported = exportedUrl && URL.canParse(exportedUrl) ? new URL(exportedUrl) : null;
  const title = setting('title');
  const parsed = givenUrl ? new URL(givenUrl) : exported;
  return {
    key: exported ? `ghost:${withoutSlash(exported)}` : title ? `ghost:${title}` : 'ghost',
    url: parsed ? withoutSlash(parsed) : null,
    address: parsed ? withoutSlash(parsed) : '',
    path: parsed ? parsed.pathname.replace(/\/+$/, '') : '',
  };
}

/**
 * The site's language: Ghost 5 calls the setting `locale`, Ghost 1 to 4 `lang`, Ghost 0.x
 * `defaultLang` (`en_US`). A post's own `locale` (Ghost 1) wins over it.
 */
function siteLanguageOf(data: GhostData): string | null {
  for (const key of ['locale', 'lang', 'defaultLang', 'default_locale']) {
    const value = data.settings.find((row) => row.key === key)?.value;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

/**
 * A picture's address: `__GHOST_URL__` resolved, and a path (as Ghost 1 wrote them) made
 * absolute when the site's URL is known. Without it the path stays, for `--media-dir`.
 */
function pictureAddress(value: string, site: GhostSite): string {
  const resolved = resolveGhostUrl(value, site.address);
  if (site.url && resolved.startsWith('/') && !resolved.startsWith('//')) {
    return new URL(resolved, site.url).href;
  }
  return resolved;
}

function isInternalTag(tag: { name: string; visibility: string | null }): boolean {
  return tag.visibility === 'internal' || tag.name.startsWith('#');
}

/** Values per post, in the links' `sort_order` (ties keep the file's order). */
function groupSorted<Link extends { post_id: string; sort_order: number }>(
  links: Link[],
  valueOf: (link: Link) => string | undefined,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const link of [...links].sort((a, b) => a.sort_order - b.sort_order)) {
    const value = valueOf(link);
    if (value === undefined) continue;
    // Appended in place: copying the list for each link was quadratic in a post's links.
    const group = groups.get(link.post_id);
    if (group) group.push(value);
    else groups.set(link.post_id, [value]);
  }
  return groups;
}

function kindOf(post: GhostPost): 'post' | 'page' | null {
  if (post.type !== null) return post.type === 'post' || post.type === 'page' ? post.type : null;
  return post.page === true || post.page === 1 ? 'page' : 'post';
}

/**
 * Drafts stay drafts. Anything else for members only (`members`, `paid`, `tiers`) is private:
 * this site has no members to show it to. A `sent` post went out only as a newsletter, so it
 * was published, just not on the web.
 */
function statusOf(post: GhostPost): ImportedStatus {
  if (post.status === 'draft') return 'draft';
  if ((post.visibility ?? 'public') !== 'public') return 'private';
  return post.status === 'scheduled' ? 'scheduled' : 'published';
}

function bodyOf(post: GhostPost, where: string): string {
  try {
    return ghostBodyHtml(post);
  } catch (error) {
    if (error instanceof UnreadableEditorDocumentError) {
      throw new ImportFileError(`${where}: ${error.message}`);
    }
    throw error;
  }
}

const COMMENT_STATUSES: Record<string, ImportedComment['status']> = {
  published: 'approved',
  hidden: 'pending',
  deleted: 'trashed',
};

/** Comments on imported items, threaded by the reply they answer, else their thread's top. */
function commentsOf(data: GhostData, itemIds: Set<string>, siteAddress: string): ImportedComment[] {
  const members = new Map(data.members.map((member) => [member.id, member]));
  const commentIds = new Set(data.comments.map((comment) => comment.id));
  return data.comments.flatMap((comment, index): ImportedComment[] => {
    if (!itemIds.has(comment.post_id)) return [];
    const member = comment.member_id ? members.get(comment.member_id) : undefined;
    const answered = [comment.in_reply_to_id, comment.parent_id].find(
      (id): id is string => id !== null && commentIds.has(id),
    );
    return [
      {
        sourceId: comment.id,
        itemSourceId: comment.post_id,
        parentSourceId: answered ?? null,
        authorName: member?.name ?? '',
        authorEmail: member?.email ?? null,
        authorUrl: null,
        html: resolveGhostUrl(comment.html ?? '', siteAddress),
        createdAt: comment.created_at,
        status: COMMENT_STATUSES[comment.status ?? 'published'] ?? 'pending',
        origin: `comments[${index}]`,
      },
    ];
  });
}

function quoted(title: string | null): string {
  return title ? ` ("${title}")` : '';
}
