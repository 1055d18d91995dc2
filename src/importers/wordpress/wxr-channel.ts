import { ImportFileError, type ImportedAuthor, type ImportedLabel } from '../import-bundle.ts';
import type { XmlElement } from '../xml-records.ts';
import { polylangMembers } from './wxr-languages.ts';
import {
  isDefaultCategory,
  SUPPORTED_WXR_VERSIONS,
  child,
  children,
  decodeSlug,
  plainText,
  textOf,
} from './wxr-vocabulary.ts';

/** What a WXR file says about the site as a whole, outside its items. */
export interface WxrChannel {
  siteKey: string;
  /** The blog's address (`<link>`), with its subfolder if it has one. */
  siteUrl: string | null;
  /** The subfolder the blog lives in (`/blog`), else `''`. */
  sitePath: string;
  authors: ImportedAuthor[];
  labels: ImportedLabel[];
  /** The site's language (`<language>`: `en-US`), if it says. */
  language: string | null;
  /** Polylang's groups, by post id (see wxr-languages.ts). */
  polylangMembers: Map<string, { translationKey: string; language: string }>;
}

/**
 * The `<channel>` of a WXR file, once its version is known to be one this reads.
 *
 * @throws ImportFileError when the file is not a WXR export, or of another version.
 */
export function readWxrChannel(root: XmlElement, fileName: string): WxrChannel {
  const channel = root.local === 'rss' ? child(root, 'rss', 'channel') : undefined;
  const version = channel ? textOf(channel, 'wp', 'wxr_version') : null;
  if (!channel || version === null) {
    throw new ImportFileError(`${fileName} is not a WordPress export (no wp:wxr_version).`);
  }
  if (!(SUPPORTED_WXR_VERSIONS as readonly string[]).includes(version)) {
    throw new ImportFileError(
      `${fileName} is a WordPress export of WXR version ${version}; ` +
        `versions ${SUPPORTED_WXR_VERSIONS.join(', ')} are supported.`,
    );
  }

  const link = textOf(channel, 'rss', 'link');
  const siteUrl = link && URL.canParse(link) ? link.replace(/\/+$/, '') : null;
  // On a network (multisite, WordPress.com) base_site_url is the network's, shared by all its
  // blogs: the blog's own address is what keeps two blogs' post ids apart.
  const siteAddress =
    textOf(channel, 'wp', 'base_blog_url') ?? link ?? textOf(channel, 'wp', 'base_site_url');
  return {
    siteKey: `wordpress:${(siteAddress ?? fileName).replace(/\/+$/, '')}`,
    siteUrl,
    sitePath: siteUrl ? new URL(siteUrl).pathname.replace(/\/+$/, '') : '',
    authors: authorsOf(channel, fileName),
    labels: labelsOf(channel),
    language: textOf(channel, 'rss', 'language'),
    polylangMembers: polylangMembers(channel),
  };
}

function authorsOf(channel: XmlElement, fileName: string): ImportedAuthor[] {
  return children(channel, 'wp', 'author').map((author): ImportedAuthor => {
    const login = textOf(author, 'wp', 'author_login');
    if (!login) {
      throw new ImportFileError(
        `${fileName} line ${author.line}: a wp:author has no wp:author_login.`,
      );
    }
    return {
      sourceId: login,
      name: plainText(textOf(author, 'wp', 'author_display_name') ?? '') || login,
      email: textOf(author, 'wp', 'author_email'),
      origin: `wp:author "${login}" (line ${author.line})`,
    };
  });
}

/** The categories, then the tags, the channel declares. */
function labelsOf(channel: XmlElement): ImportedLabel[] {
  const declared = (
    local: string,
    names: { name: string; slug: string; description: string },
  ): ImportedLabel[] =>
    children(channel, 'wp', local).flatMap((term): ImportedLabel[] => {
      const name = plainText(textOf(term, 'wp', names.name) ?? '');
      const slug = decodeSlug(textOf(term, 'wp', names.slug));
      if (!name || (local === 'category' && isDefaultCategory(slug))) return [];
      const description = plainText(textOf(term, 'wp', names.description) ?? '');
      return [{ name, slug, description: description || null }];
    });
  return [
    ...declared('category', {
      name: 'cat_name',
      slug: 'category_nicename',
      description: 'category_description',
    }),
    ...declared('tag', { name: 'tag_name', slug: 'tag_slug', description: 'tag_description' }),
  ];
}
