import path from 'node:path';
import {
  ImportFileError,
  type ImportBundle,
  type ImportedAuthor,
  type ImportedItem,
} from '../import-bundle.ts';
import { childNamed, readXmlRecords, type XmlElement } from '../xml-records.ts';
import { shortId, threadComments } from './blogger-comments.ts';
import {
  ATOM,
  BLOGGER_2018,
  BLOGGER_ANY_YEAR,
  linksOf,
  slugOf,
  textOf,
  type BloggerCommentEntry,
  type BloggerEntry,
  type BloggerItemEntry,
} from './blogger-vocabulary.ts';
import { entryContext } from './entry-context.ts';
import { classicKindOf, readClassicEntry } from './read-classic-entry.ts';
import { readTakeoutEntry } from './read-takeout-entry.ts';

export interface ParseBloggerOptions {
  /** The time of parsing: a live post dated after it is scheduled. */
  now?: Date;
}

/**
 * Reads a Blogger export into an import bundle. Both shapes are read, told apart entry by
 * entry by their content: today's Takeout `feed.atom` (`blogger:type`, `blogger:status`,
 * `blogger:filename`) and the older "Back up content" file (kind categories, `app:draft`,
 * `thr:in-reply-to`). Posts and pages become items, comments keep their threads, and
 * templates, settings and other kinds are counted as ignored.
 *
 * @throws ImportFileError for a file that is not well-formed XML, not a Blogger export, in a
 *   Blogger vocabulary this does not read, or with an entry missing what its shape requires.
 */
export async function parseBloggerExport(
  file: string,
  options: ParseBloggerOptions = {},
): Promise<ImportBundle> {
  const fileName = path.basename(file);
  const now = options.now ?? new Date();
  const entries: BloggerEntry[] = [];
  const lineOfId = new Map<string, number>();
  let index = 0;
  /** Entries in no Blogger shape: an error only once the file is known as Blogger's. */
  const foreignEntries: { index: number; line: number }[] = [];

  const root = await readXmlRecords(file, {
    isRecord: (element, depth) => depth === 1 && element.local === 'entry' && element.uri === ATOM,
    onRecord: (record) => {
      index++;
      const context = entryContext({ fileName, entry: record, index, now });
      const read = readerFor(record, context.fail);
      if (!read) {
        foreignEntries.push({ index, line: record.line });
        return;
      }
      const id = textOf(record, ATOM, 'id');
      if (!id) throw context.fail('has no <id>.');
      const earlier = lineOfId.get(id);
      if (earlier !== undefined) {
        throw context.fail(`has the id ${id}, already used by the entry on line ${earlier}.`);
      }
      lineOfId.set(id, record.line);
      entries.push(read(record, id, context));
    },
  });

  const blogId = blogIdOf(root, [...lineOfId.keys()]);
  if (root.uri !== ATOM || root.local !== 'feed' || (lineOfId.size === 0 && !blogId)) {
    throw new ImportFileError(
      `${fileName} is not a Blogger export (an Atom feed whose entries carry blogger:type ` +
        'or a Blogger kind category).',
    );
  }
  const [foreign] = foreignEntries;
  if (foreign) {
    const { index: at, line } = foreign;
    throw new ImportFileError(
      `${fileName} line ${line}: entry ${at} has neither a blogger:type nor a Blogger kind category.`,
    );
  }

  const items = entries.filter((entry): entry is BloggerItemEntry => entry.type === 'item');
  const comments = entries.filter(
    (entry): entry is BloggerCommentEntry => entry.type === 'comment',
  );
  const ignored: Record<string, number> = {};
  for (const entry of entries) {
    if (entry.type === 'ignored') ignored[entry.kind] = (ignored[entry.kind] ?? 0) + 1;
  }
  const feedId = textOf(root, ATOM, 'id');
  const siteKey = blogId ?? feedId;
  if (!siteKey) throw new ImportFileError(`${fileName} names no blog: its feed has no <id>.`);

  return {
    source: 'blogger',
    siteKey: `blogger:${siteKey}`,
    siteUrl: siteUrlOf(root, items),
    authors: authorsOf(items),
    labels: [...new Set(items.flatMap((item) => item.labels))].map((name) => ({
      name,
      slug: null,
      description: null,
    })),
    items: items.map((item): ImportedItem => ({
      sourceId: item.id,
      kind: item.kind,
      title: item.title,
      slug: slugOf(item.oldPaths[0]),
      html: item.html,
      excerpt: item.excerpt,
      status: item.status,
      publishedAt: item.publishedAt,
      updatedAt: item.updatedAt,
      authorSourceId: item.author ? authorIdOf(item.author) : null,
      labels: item.labels,
      oldPaths: item.oldPaths,
      featuredImageUrl: item.thumbnailUrl,
      // Blogger keeps one language per blog, none per post.
      locale: null,
      origin: originOf(item),
    })),
    comments: threadComments(items, comments),
    attachments: [],
    ignored,
  };
}

type EntryReader = typeof readTakeoutEntry;

/** Which shape the entry is written in, by its content; null for neither. */
function readerFor(
  entry: XmlElement,
  fail: (problem: string) => ImportFileError,
): EntryReader | null {
  if (childNamed(entry, BLOGGER_2018, 'type')) return readTakeoutEntry;
  const other = entry.children.find((child) => BLOGGER_ANY_YEAR.test(child.uri));
  if (other) {
    throw fail(
      `is written in the Blogger vocabulary ${other.uri}; this reads Takeout's ${BLOGGER_2018} ` +
        'and the older backup export.',
    );
  }
  return classicKindOf(entry) ? readClassicEntry : null;
}

/** The blog's number, from the feed's id or else its entries' (`tag:…:blog-123.post-4`). */
function blogIdOf(root: XmlElement, entryIds: string[]): string | null {
  for (const id of [textOf(root, ATOM, 'id') ?? '', ...entryIds]) {
    const found = /(?:^|[:,])blog-(\d+)/.exec(id);
    if (found?.[1]) return found[1];
  }
  return null;
}

/** The feed's own address; the backup gives it, Takeout does not, so items' links may. */
function siteUrlOf(root: XmlElement, items: BloggerItemEntry[]): string | null {
  const feedLink = linksOf(root, 'alternate').find((href) => URL.canParse(href));
  if (feedLink) return feedLink.replace(/\/+$/, '');
  return items.find((item) => item.siteOrigin)?.siteOrigin ?? null;
}

function authorIdOf(author: NonNullable<BloggerItemEntry['author']>): string {
  return author.uri ?? author.name ?? author.email ?? 'unknown';
}

/** Each item author once, by profile address or else name, in the file's order. */
function authorsOf(items: BloggerItemEntry[]): ImportedAuthor[] {
  const authors = new Map<string, ImportedAuthor>();
  for (const item of items) {
    if (!item.author) continue;
    const sourceId = authorIdOf(item.author);
    if (authors.has(sourceId)) continue;
    authors.set(sourceId, {
      sourceId,
      name: item.author.name ?? '',
      email: item.author.email,
      origin: `author of ${originOf(item)}`,
    });
  }
  return [...authors.values()];
}

function originOf(item: BloggerItemEntry): string {
  const title = item.title ? ` "${item.title}"` : '';
  return `${item.kind} ${shortId(item.id)}${title} (line ${item.line})`;
}
