import path from 'node:path';
import {
  ImportFileError,
  type ImportBundle,
  type ImportedAttachment,
  type ImportedAuthor,
  type ImportedComment,
  type ImportedItem,
  type ImportedLabel,
} from '../import-bundle.ts';
import { collectBundle, type ImportHeader, type ImportStream } from '../import-stream.ts';
import { readXmlRecords, streamXmlRecords } from '../xml-records.ts';
import {
  readWxrItem,
  type WxrAttachmentEntry,
  type WxrComment,
  type WxrPostEntry,
} from './read-wxr-item.ts';
import type { MediaFile } from './shortcodes.ts';
import { wpautop } from './wpautop.ts';
import { wordpressBodyHtml } from './wxr-body.ts';
import { readWxrChannel, type WxrChannel } from './wxr-channel.ts';
import { textOf } from './wxr-vocabulary.ts';

/**
 * Reads a WordPress export (WXR 1.0–1.2, from WordPress or WordPress.com) into an import
 * bundle: the channel's authors and terms, posts and pages as items with the HTML WordPress
 * would have displayed, their comments, the attachments as files, and the rest (menu items,
 * reusable blocks, custom post types) counted as ignored by post type.
 *
 * @throws ImportFileError for a file that is not well-formed XML, not a WordPress export, of
 *   another WXR version, or with an item missing what WXR requires.
 */
export async function parseWordPressExport(file: string): Promise<ImportBundle> {
  return collectBundle(await openWordPressExport(file));
}

/** What the first pass keeps of a post: enough to name its author and labels. */
type PostOutline = Pick<WxrPostEntry, 'postId' | 'title' | 'line' | 'creator' | 'categories'>;

/** What the first pass learns of the whole file. */
interface ExportOutline {
  channel: WxrChannel;
  posts: PostOutline[];
  attachments: WxrAttachmentEntry[];
  /** The posts other posts are WPML duplicates of. */
  duplicated: Set<string>;
  ignored: Record<string, number>;
}

/**
 * Opens a WordPress export as a stream, in two passes over the file. The first checks the
 * whole file and keeps only what every item may need (the channel, the attachments, which
 * posts WPML duplicated), so a broken file fails before anything is saved; the second yields
 * the posts and pages one by one, each converted with its comments. A 10,000-post export
 * (63 MB) is never in memory whole.
 *
 * @throws ImportFileError as {@link parseWordPressExport} does, from the first pass.
 */
export async function openWordPressExport(file: string): Promise<ImportStream> {
  const fileName = path.basename(file);
  // The outline is read and summed up by functions of their own: the closures the stream
  // keeps for the second pass share this scope, and would hold every post's outline (and
  // 4 times its size in peak memory, V8's heap growing with what survives) until the end.
  const outline = await readOutline(file, fileName);
  const { channel } = outline;
  const files = new Map<string, MediaFile>(
    outline.attachments.map((attachment) => [
      attachment.postId,
      { url: absoluteUrl(attachment.url, channel.siteUrl), title: attachment.title },
    ]),
  );
  const attachmentsByParent = groupAttachments(outline.attachments);
  const languageOf = translationsOf(outline.duplicated, channel);
  const itemOf = (post: WxrPostEntry): ImportedItem => {
    const thumbnail = post.thumbnailId ? files.get(post.thumbnailId) : undefined;
    return {
      ...languageOf(post),
      sourceId: post.postId,
      kind: post.type,
      title: post.title,
      slug: post.slug,
      html: wordpressBodyHtml(post.content, {
        attachments: files,
        attachmentsByParent,
        postId: post.postId,
      }),
      excerpt: post.excerpt,
      status: post.status,
      publishedAt: post.publishedAt,
      updatedAt: post.updatedAt,
      authorSourceId: post.creator,
      labels: [...new Set(post.categories.map((category) => category.name))],
      oldPaths: oldPathsOf(post, channel),
      featuredImageUrl: thumbnail?.url ?? null,
      origin: originOf(post.type === 'page' ? 'page' : 'item', post),
    };
  };

  return {
    header: headerOf(outline, files),
    itemCount: outline.posts.length,
    async *entries() {
      let index = 0;
      for await (const record of streamXmlRecords(file, { isRecord: isWxrItem })) {
        index++;
        // The first pass read the attachments and the rest; only posts and pages again.
        const postType = textOf(record, 'wp', 'post_type');
        if (postType !== 'post' && postType !== 'page') continue;
        const entry = readWxrItem(record, { fileName, index });
        if (entry.type !== 'post' && entry.type !== 'page') continue;
        yield { item: itemOf(entry), comments: commentsOf(entry, fileName) };
      }
    },
  };
}

/** The first pass: checks the whole file and keeps what {@link ExportOutline} holds. */
async function readOutline(file: string, fileName: string): Promise<ExportOutline> {
  const posts: PostOutline[] = [];
  const attachments: WxrAttachmentEntry[] = [];
  const duplicated = new Set<string>();
  const ignored: Record<string, number> = {};
  const countIgnored = (kind: string, count = 1): void => {
    if (count > 0) ignored[kind] = (ignored[kind] ?? 0) + count;
  };
  let itemCount = 0;
  // The version sits in the channel, whose tree is only complete at the end: an item's error
  // waits until the file is known to be WXR, so an RSS feed is called that, not a broken item.
  let firstItemError: ImportFileError | null = null;

  const root = await readXmlRecords(file, {
    isRecord: isWxrItem,
    onRecord: (record) => {
      itemCount++;
      if (firstItemError) return;
      try {
        const entry = readWxrItem(record, { fileName, index: itemCount });
        if (entry.type === 'attachment') {
          attachments.push(entry);
          countIgnored('comment', entry.commentCount);
        } else if (entry.type === 'other') {
          countIgnored(entry.postType);
          countIgnored('comment', entry.commentCount);
        } else {
          checkCommentDates(entry, fileName);
          const { postId, title, line, creator, categories } = entry;
          posts.push({ postId, title, line, creator, categories });
          if (entry.languages.duplicateOf) duplicated.add(entry.languages.duplicateOf);
        }
      } catch (error) {
        if (!(error instanceof ImportFileError)) throw error;
        firstItemError = error;
      }
    },
  });
  const channel = readWxrChannel(root, fileName);
  if (firstItemError) throw firstItemError;
  rejectDuplicateIds(fileName, [...posts, ...attachments]);
  return { channel, posts, attachments, duplicated, ignored };
}

/** What the save step needs before the first item: the site, its authors, labels and files. */
function headerOf(outline: ExportOutline, files: Map<string, MediaFile>): ImportHeader {
  const { channel, posts, attachments } = outline;
  const itemIds = new Set(posts.map((post) => post.postId));
  return {
    source: 'wordpress',
    siteKey: channel.siteKey,
    siteUrl: channel.siteUrl,
    language: channel.language,
    authors: withCreators(channel.authors, posts),
    labels: withUndeclaredLabels(channel.labels, posts),
    attachments: attachments.map((attachment): ImportedAttachment => ({
      sourceId: attachment.postId,
      url: files.get(attachment.postId)?.url ?? attachment.url,
      title: attachment.title,
      parentSourceId:
        attachment.parentId && itemIds.has(attachment.parentId) ? attachment.parentId : null,
      origin: originOf('attachment', attachment),
    })),
    ignored: outline.ignored,
  };
}

function isWxrItem(element: { uri: string; local: string }, depth: number): boolean {
  return depth === 2 && element.local === 'item' && element.uri === '';
}

/**
 * Each post's language and translation group: its own (Polylang's taxonomies, WPML's fields),
 * else the channel's Polylang groups. A post WPML duplicated shares a group with its copies,
 * as their original.
 */
function translationsOf(
  /** The posts other posts are WPML duplicates of. */
  duplicated: Set<string>,
  channel: WxrChannel,
): (post: WxrPostEntry) => Pick<ImportedItem, 'locale' | 'translationKey' | 'isOriginal'> {
  return (post) => {
    const { language, translationKey, isOriginal, duplicateOf } = post.languages;
    const declared = channel.polylangMembers.get(post.postId);
    const duplicateKey = duplicateOf ?? (duplicated.has(post.postId) ? post.postId : null);
    return {
      locale: language ?? declared?.language ?? null,
      translationKey:
        translationKey ??
        declared?.translationKey ??
        (duplicateKey ? `wpml-duplicate:${duplicateKey}` : null),
      isOriginal: isOriginal || (!translationKey && duplicated.has(post.postId)),
    };
  };
}

function originOf(kind: string, entry: { postId: string; title: string; line: number }): string {
  return `${kind} ${entry.postId}${entry.title ? ` "${entry.title}"` : ''} (line ${entry.line})`;
}

function rejectDuplicateIds(fileName: string, entries: { postId: string; line: number }[]): void {
  const lines = new Map<string, number>();
  for (const entry of entries) {
    const earlier = lines.get(entry.postId);
    if (earlier !== undefined) {
      throw new ImportFileError(
        `${fileName} line ${entry.line}: wp:post_id ${entry.postId} was already used by the item on line ${earlier}.`,
      );
    }
    lines.set(entry.postId, entry.line);
  }
}

function absoluteUrl(url: string, siteUrl: string | null): string {
  if (URL.canParse(url)) return url;
  return siteUrl && URL.canParse(url, `${siteUrl}/`) ? new URL(url, `${siteUrl}/`).href : url;
}

/** Each post's attachments in the order WordPress shows a gallery: menu order, then id. */
function groupAttachments(attachments: WxrAttachmentEntry[]): Map<string, string[]> {
  const sorted = [...attachments].sort(
    (a, b) => a.menuOrder - b.menuOrder || Number(a.postId) - Number(b.postId),
  );
  const groups = new Map<string, string[]>();
  for (const attachment of sorted) {
    if (!attachment.parentId) continue;
    // Appended in place: copying the list for each attachment was quadratic in a post's files.
    const group = groups.get(attachment.parentId);
    if (group) group.push(attachment.postId);
    else groups.set(attachment.parentId, [attachment.postId]);
  }
  return groups;
}

/**
 * The item's old addresses: the plain-permalink form WordPress always answers (`/?p=12`,
 * `/?page_id=7`, under the blog's subfolder), and its pretty permalink from `<link>`, or from
 * `<guid>` when that is a permalink on the same site.
 */
function oldPathsOf(post: WxrPostEntry, channel: WxrChannel): string[] {
  const query = post.type === 'page' ? 'page_id' : 'p';
  const paths = [`${channel.sitePath}/?${query}=${post.postId}`];
  const siteHost = channel.siteUrl ? new URL(channel.siteUrl).host : null;
  for (const address of [post.link, post.guid]) {
    if (!address || !URL.canParse(address)) continue;
    const url = new URL(address);
    // A guid is only an id; the old site's own host is what makes it an address.
    if (siteHost !== null && url.host !== siteHost) continue;
    if (/^\?(?:p|page_id|attachment_id)=\d+$/.test(url.search)) continue;
    paths.push(url.pathname + url.search);
  }
  return [...new Set(paths)];
}

/** The channel's authors, plus a bare record for each item creator it does not list. */
function withCreators(authors: ImportedAuthor[], posts: PostOutline[]): ImportedAuthor[] {
  const known = new Set(authors.map((author) => author.sourceId));
  const all = [...authors];
  for (const post of posts) {
    if (!post.creator || known.has(post.creator)) continue;
    known.add(post.creator);
    all.push({
      sourceId: post.creator,
      name: post.creator,
      email: null,
      origin: `dc:creator of ${originOf('item', post)}`,
    });
  }
  return all;
}

/** The channel's terms, plus those items use without the channel declaring them. */
function withUndeclaredLabels(labels: ImportedLabel[], posts: PostOutline[]): ImportedLabel[] {
  const byName = new Map<string, ImportedLabel>();
  for (const label of labels) if (!byName.has(label.name)) byName.set(label.name, label);
  for (const category of posts.flatMap((post) => post.categories)) {
    if (!byName.has(category.name)) {
      byName.set(category.name, { name: category.name, slug: category.slug, description: null });
    }
  }
  return [...byName.values()];
}

/** Fails, in the first pass, on a comment the second could not date. */
function checkCommentDates(post: WxrPostEntry, fileName: string): void {
  if (post.publishedAt !== null) return;
  const undated = post.comments.find((comment) => comment.createdAt === null);
  if (undated) throw undatedComment(undated, post, fileName);
}

function undatedComment(comment: WxrComment, post: WxrPostEntry, fileName: string) {
  return new ImportFileError(
    `${fileName} line ${comment.line}: comment ${comment.sourceId} on item ${post.postId} has no date.`,
  );
}

/** The post's comments, a reply pointing at the comment it answers when that one is here. */
function commentsOf(post: WxrPostEntry, fileName: string): ImportedComment[] {
  const ids = new Set(post.comments.map((comment) => comment.sourceId));
  return post.comments.map((comment): ImportedComment => {
    const createdAt = comment.createdAt ?? post.publishedAt;
    if (createdAt === null) throw undatedComment(comment, post, fileName);
    return {
      sourceId: comment.sourceId,
      itemSourceId: post.postId,
      parentSourceId: comment.parentId && ids.has(comment.parentId) ? comment.parentId : null,
      authorName: comment.authorName,
      authorEmail: comment.authorEmail,
      authorUrl: comment.authorUrl,
      html: wpautop(comment.content).trim(),
      createdAt,
      status: comment.status,
      origin: `comment ${comment.sourceId} on item ${post.postId} (line ${comment.line})`,
    };
  });
}
