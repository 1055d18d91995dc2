import { ImportFileError, type ImportedComment, type ImportedStatus } from '../import-bundle.ts';
import type { XmlElement } from '../xml-records.ts';
import { type WxrItemLanguage, wxrItemLanguage } from './wxr-languages.ts';
import {
  isDefaultCategory,
  MalformedDateError,
  children,
  decodeSlug,
  plainText,
  rawTextOf,
  textOf,
  wxrDateOf,
} from './wxr-vocabulary.ts';

/** One `<item>` of a WXR file, read but not yet turned into bundle records. */
export type WxrEntry = WxrPostEntry | WxrAttachmentEntry | WxrOtherEntry;

export interface WxrComment {
  sourceId: string;
  parentId: string | null;
  authorName: string;
  authorEmail: string | null;
  authorUrl: string | null;
  /** As stored: classic text, paragraphs still to add. */
  content: string;
  createdAt: string | null;
  status: ImportedComment['status'];
  line: number;
}

export interface WxrCategory {
  domain: 'category' | 'post_tag';
  name: string;
  slug: string | null;
}

export interface WxrPostEntry {
  type: 'post' | 'page';
  postId: string;
  title: string;
  slug: string | null;
  status: ImportedStatus;
  publishedAt: string | null;
  updatedAt: string | null;
  /** The author's login (`dc:creator`). */
  creator: string | null;
  link: string | null;
  guid: string | null;
  /** As stored: shortcodes and, for classic content, paragraphs still to convert. */
  content: string;
  excerpt: string | null;
  categories: WxrCategory[];
  /** Its language and translations, as Polylang or WPML recorded them. */
  languages: WxrItemLanguage;
  thumbnailId: string | null;
  comments: WxrComment[];
  line: number;
}

export interface WxrAttachmentEntry {
  type: 'attachment';
  postId: string;
  title: string;
  url: string;
  parentId: string | null;
  menuOrder: number;
  commentCount: number;
  line: number;
}

export interface WxrOtherEntry {
  type: 'other';
  postType: string;
  commentCount: number;
}

/**
 * WordPress's post statuses. `inherit` belongs to attachments and revisions; on a post it and
 * any status a plugin invented (`pitch`, `in-progress`) keep the item unpublished as a draft.
 */
const STATUSES = new Map<string, ImportedStatus>([
  ['publish', 'published'],
  ['future', 'scheduled'],
  ['draft', 'draft'],
  ['pending', 'draft'],
  ['auto-draft', 'draft'],
  ['private', 'private'],
  ['trash', 'trashed'],
]);

const COMMENT_STATUSES = new Map<string, ImportedComment['status']>([
  ['1', 'approved'],
  ['approve', 'approved'],
  ['0', 'pending'],
  ['hold', 'pending'],
  ['spam', 'spam'],
  ['trash', 'trashed'],
  ['post-trashed', 'trashed'],
]);

/** Reads one `<item>`; `where` names the file, for error messages. */
export function readWxrItem(
  item: XmlElement,
  where: { fileName: string; index: number },
): WxrEntry {
  const title = plainText(textOf(item, 'rss', 'title') ?? '');
  const fail = (problem: string, line = item.line): ImportFileError =>
    new ImportFileError(
      `${where.fileName} line ${line}: item ${where.index}${title ? ` ("${title}")` : ''} ${problem}`,
    );
  const postId = textOf(item, 'wp', 'post_id');
  if (!postId) throw fail('has no wp:post_id.');
  if (!/^\d+$/.test(postId)) throw fail(`has a wp:post_id that is not a number: "${postId}".`);
  const postType = textOf(item, 'wp', 'post_type');
  if (!postType) throw fail(`(post ${postId}) has no wp:post_type.`);
  const dated = (gmtName: string, localName: string, element = item): string | null => {
    try {
      return wxrDateOf(element, gmtName, localName);
    } catch (error) {
      if (error instanceof MalformedDateError) {
        throw fail(`(post ${postId}): wp:${gmtName} ${error.message}.`, element.line);
      }
      throw error;
    }
  };
  const commentElements = children(item, 'wp', 'comment');

  if (postType === 'attachment') {
    const url = textOf(item, 'wp', 'attachment_url');
    if (!url) throw fail(`(attachment ${postId}) has no wp:attachment_url.`);
    const parentId = textOf(item, 'wp', 'post_parent');
    return {
      type: 'attachment',
      postId,
      title,
      url,
      parentId: parentId && parentId !== '0' ? parentId : null,
      menuOrder: Number(textOf(item, 'wp', 'menu_order') ?? 0) || 0,
      commentCount: commentElements.length,
      line: item.line,
    };
  }
  if (postType !== 'post' && postType !== 'page') {
    return { type: 'other', postType, commentCount: commentElements.length };
  }

  const wpStatus = textOf(item, 'wp', 'status');
  if (!wpStatus) throw fail(`(post ${postId}) has no wp:status.`);
  let status = STATUSES.get(wpStatus) ?? 'draft';
  // The site has no password-protected items: such an item stays unpublished as private.
  const isPasswordProtected = (textOf(item, 'wp', 'post_password') ?? '') !== '';
  if (isPasswordProtected && (status === 'published' || status === 'scheduled')) {
    status = 'private';
  }

  const thumbnail = children(item, 'wp', 'postmeta').find(
    (meta) => textOf(meta, 'wp', 'meta_key') === '_thumbnail_id',
  );
  return {
    type: postType,
    postId,
    title,
    slug: decodeSlug(textOf(item, 'wp', 'post_name')),
    status,
    publishedAt: dated('post_date_gmt', 'post_date'),
    updatedAt: dated('post_modified_gmt', 'post_modified'),
    creator: textOf(item, 'dc', 'creator'),
    link: textOf(item, 'rss', 'link'),
    guid: textOf(item, 'rss', 'guid'),
    content: rawTextOf(item, 'content', 'encoded'),
    excerpt: plainText(rawTextOf(item, 'excerpt', 'encoded')) || null,
    categories: categoriesOf(item),
    languages: wxrItemLanguage(item),
    thumbnailId: thumbnail ? textOf(thumbnail, 'wp', 'meta_value') : null,
    comments: commentElements.map((comment) => {
      const commentId = textOf(comment, 'wp', 'comment_id');
      if (!commentId)
        throw fail(`(post ${postId}) has a wp:comment without wp:comment_id.`, comment.line);
      const parentId = textOf(comment, 'wp', 'comment_parent');
      const approved = textOf(comment, 'wp', 'comment_approved') ?? '1';
      const authorUrl = textOf(comment, 'wp', 'comment_author_url');
      return {
        sourceId: commentId,
        parentId: parentId && parentId !== '0' ? parentId : null,
        authorName: plainText(textOf(comment, 'wp', 'comment_author') ?? ''),
        authorEmail: textOf(comment, 'wp', 'comment_author_email'),
        // WordPress's comment form leaves a bare scheme when the field was left as it was.
        authorUrl: authorUrl && !/^https?:\/\/$/i.test(authorUrl) ? authorUrl : null,
        content: rawTextOf(comment, 'wp', 'comment_content'),
        createdAt: dated('comment_date_gmt', 'comment_date', comment),
        status: COMMENT_STATUSES.get(approved) ?? 'pending',
        line: comment.line,
      };
    }),
    line: item.line,
  };
}

/**
 * Taxonomies that are labels, by `domain`. WXR 1.0 (WordPress 2.x) also writes each
 * category without a domain and calls tags `tag`. Post formats and other taxonomies
 * (`post_format`, `nav_menu`, a plugin's) are not labels.
 */
const LABEL_DOMAINS = new Map<string, WxrCategory['domain']>([
  ['', 'category'],
  ['category', 'category'],
  ['post_tag', 'post_tag'],
  ['tag', 'post_tag'],
]);

/** The item's categories and tags, in the file's order. */
function categoriesOf(item: XmlElement): WxrCategory[] {
  return children(item, 'rss', 'category').flatMap((category): WxrCategory[] => {
    const domain = LABEL_DOMAINS.get(category.attributes.domain ?? '');
    const name = plainText(category.text);
    const slug = decodeSlug(category.attributes.nicename ?? null);
    if (!domain || name === '' || (domain === 'category' && isDefaultCategory(slug))) return [];
    return [{ domain, name, slug }];
  });
}
