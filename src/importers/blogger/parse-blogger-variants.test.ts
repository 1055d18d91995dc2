import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ImportFileError, importBundleSchema, type ImportBundle } from '../import-bundle.ts';
import { parseBloggerExport } from './parse-blogger.ts';

/** Writes a small export into a fresh temp dir and parses it. */
async function parseXml(xml: string, name = 'feed.atom'): Promise<ImportBundle> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'blogger-parse-'));
  const file = path.join(dir, name);
  await fs.writeFile(file, xml);
  const bundle = await parseBloggerExport(file);
  importBundleSchema.parse(bundle);
  return bundle;
}

async function rejects(xml: string, message: RegExp): Promise<void> {
  await assert.rejects(parseXml(xml), (error: unknown) => {
    assert.ok(error instanceof ImportFileError, `not an ImportFileError: ${String(error)}`);
    assert.match(error.message, message);
    return true;
  });
}

const BLOG = 'tag:blogger.com,1999:blog-42';

function takeout(entries: string, feedId = `<id>${BLOG}</id>`): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:blogger="http://schemas.google.com/blogger/2018">
  ${feedId}
  <title>Test</title>
${entries}
</feed>
`;
}

function post(number: number, status = 'LIVE', extra = ''): string {
  return `<entry><id>${BLOG}.post-${number}</id><blogger:type>POST</blogger:type>
  <blogger:status>${status}</blogger:status><title>Post ${number}</title>
  <content type="html">&lt;p&gt;Body ${number}&lt;/p&gt;</content>
  <published>2021-01-0${number % 9}T00:00:00Z</published>${extra}</entry>`;
}

function reply(
  number: number,
  parent: string,
  options: { status?: string; replyTo?: string } = {},
) {
  return `<entry><id>${BLOG}.post-${number}</id><blogger:type>COMMENT</blogger:type>
  <blogger:status>${options.status ?? 'LIVE'}</blogger:status>
  <blogger:parent>${parent}</blogger:parent>
  ${options.replyTo ? `<blogger:inReplyTo>${options.replyTo}</blogger:inReplyTo>` : ''}
  <author><name>Reader ${number}</name></author>
  <content type="html">Comment ${number}</content><published>2021-02-01T00:00:00Z</published></entry>`;
}

function classic(entries: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">
<id>${BLOG}.archive</id>
<link rel="alternate" type="text/html" href="https://test.blogspot.com/"/>
${entries}
</feed>
`;
}

const KIND = 'http://schemas.google.com/blogger/2008/kind#';
function kind(name: string): string {
  return `<category scheme="http://schemas.google.com/g/2005#kind" term="${KIND}${name}"/>`;
}

describe('parseBloggerExport on less common Takeout content', () => {
  it('follows a blogger:parent that names a comment up to its post', async () => {
    const bundle = await parseXml(
      takeout(
        [
          post(1),
          reply(11, `${BLOG}.post-1`),
          reply(12, `${BLOG}.post-11`),
          reply(13, `${BLOG}.post-12`),
        ].join('\n'),
      ),
    );
    const [first, second, third] = bundle.comments;
    assert.ok(first && second && third);
    assert.deepEqual(
      bundle.comments.map((entry) => entry.itemSourceId),
      Array(3).fill(`${BLOG}.post-1`),
    );
    assert.equal(first.parentSourceId, null);
    assert.equal(second.parentSourceId, first.sourceId);
    assert.equal(third.parentSourceId, second.sourceId);
  });

  it('reads comment statuses, holding back one it does not know', async () => {
    const bundle = await parseXml(
      takeout(
        [
          post(1),
          reply(11, `${BLOG}.post-1`, { status: 'PENDING' }),
          reply(12, `${BLOG}.post-1`, { status: 'SPAM_COMMENT' }),
          reply(13, `${BLOG}.post-1`, { status: 'SOFT_TRASHED' }),
          reply(14, `${BLOG}.post-1`, { status: 'REVIEWING' }),
        ].join('\n'),
      ),
    );
    assert.deepEqual(
      bundle.comments.map((entry) => entry.status),
      ['pending', 'spam', 'trashed', 'pending'],
    );
  });

  it('reads SCHEDULED, keeps an unknown status unpublished and counts other types', async () => {
    const bundle = await parseXml(
      takeout(
        [
          post(1, 'SCHEDULED'),
          post(2, 'IMPORTED'),
          `<entry><id>${BLOG}.template-1</id><blogger:type>TEMPLATE</blogger:type></entry>`,
        ].join('\n'),
      ),
    );
    assert.deepEqual(
      bundle.items.map((entry) => entry.status),
      ['scheduled', 'draft'],
    );
    assert.deepEqual(bundle.ignored, { template: 1 });
  });

  it('keeps the id of a post the file lacks, and a reply whose parent is missing on its own', async () => {
    const bundle = await parseXml(
      takeout(
        [
          post(1),
          reply(11, `${BLOG}.post-9`),
          reply(12, `${BLOG}.post-1`, { replyTo: `${BLOG}.post-99` }),
        ].join('\n'),
      ),
    );
    const [orphan, lonely] = bundle.comments;
    assert.equal(orphan?.itemSourceId, `${BLOG}.post-9`);
    assert.equal(lonely?.itemSourceId, `${BLOG}.post-1`);
    assert.equal(lonely?.parentSourceId, null);
  });

  it('keeps an alternate link as a second old path, and its origin as the site', async () => {
    const bundle = await parseXml(
      takeout(
        post(
          1,
          'LIVE',
          `<blogger:filename>/2021/01/one.html</blogger:filename>
           <link rel="alternate" href="https://news.example.org/2021/01/one.html?m=1"/>`,
        ),
      ),
    );
    assert.deepEqual(bundle.items[0]?.oldPaths, ['/2021/01/one.html', '/2021/01/one.html?m=1']);
    assert.equal(bundle.siteUrl, 'https://news.example.org');
  });

  it('keys the site by the feed id when no id holds a blog number', async () => {
    const bundle = await parseXml(
      takeout(
        post(1).replace(`${BLOG}.post-1`, 'tag:blogger.com,1999:blog.post-p1'),
        '<id>tag:blogger.com,1999:blog.news</id>',
      ),
    );
    assert.equal(bundle.siteKey, 'blogger:tag:blogger.com,1999:blog.news');
  });

  it('reads a Blogger feed with no entries as an empty blog', async () => {
    const bundle = await parseXml(takeout(''));
    assert.equal(bundle.siteKey, 'blogger:42');
    assert.deepEqual(bundle.items, []);
  });
});

describe('parseBloggerExport on less common backup content', () => {
  it('finds the post of a comment without thr:in-reply-to from its own feed address', async () => {
    const bundle = await parseXml(
      classic(`
<entry><id>${BLOG}.post-1</id>${kind('post')}<title>One</title><content type="html">x</content>
  <published>2021-01-01T00:00:00.000+07:00</published></entry>
<entry><id>${BLOG}.post-11</id>${kind('comment')}<content type="html">Hello</content>
  <published>2021-01-02T00:00:00.000+07:00</published>
  <link rel="self" href="https://www.blogger.com/feeds/42/1/comments/default/11"/>
  <author><name>Anonymous</name><email>noreply@blogger.com</email></author></entry>`),
    );
    assert.equal(bundle.comments[0]?.itemSourceId, `${BLOG}.post-1`);
    assert.equal(bundle.comments[0]?.createdAt, '2021-01-01T17:00:00.000Z');
  });

  it('schedules an entry that is no draft but dated in the future, and ignores unknown kinds', async () => {
    const bundle = await parseXml(
      classic(`
<entry><id>${BLOG}.post-1</id>${kind('post')}<title>Later</title><content type="html">x</content>
  <published>2099-01-01T00:00:00.000+07:00</published></entry>
<entry><id>${BLOG}.post-2</id>${kind('blogroll')}<title>Links</title></entry>`),
    );
    assert.equal(bundle.items[0]?.status, 'scheduled');
    assert.deepEqual(bundle.ignored, { blogroll: 1 });
  });
});

describe('parseBloggerExport on files it cannot read', () => {
  it('rejects a truncated file, naming the line', async () => {
    const truncated = takeout(post(1)).slice(0, -40);
    await rejects(truncated, /^feed\.atom is not well-formed XML: line \d+, column \d+/);
  });

  it('rejects what is not a Blogger export', async () => {
    await rejects(
      '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
      /^feed\.atom is not a Blogger export/,
    );
    await rejects(
      `<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:uuid:1</id>
       <entry><id>urn:uuid:2</id><title>Plain Atom</title></entry></feed>`,
      /^feed\.atom is not a Blogger export/,
    );
  });

  it('rejects a Blogger vocabulary it does not read, naming it', async () => {
    await rejects(
      `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:b="http://schemas.google.com/blogger/2031">
       <id>${BLOG}</id><entry><id>${BLOG}.post-1</id><b:type>POST</b:type></entry></feed>`,
      /line 2: entry 1 is written in the Blogger vocabulary http:\/\/schemas\.google\.com\/blogger\/2031/,
    );
    await rejects(
      classic(`<entry><id>${BLOG}.post-1</id>
        <category scheme="http://schemas.google.com/g/2005#kind" term="http://schemas.google.com/blogger/2012/kind#post"/></entry>`),
      /entry 1 has the kind http:\/\/schemas\.google\.com\/blogger\/2012\/kind#post/,
    );
  });

  it('rejects an entry missing what its shape requires, naming its line', async () => {
    await rejects(
      takeout(post(1).replace(/<id>[^<]*<\/id>/, '')),
      /^feed\.atom line 5: entry 1 \("Post 1"\) has no <id>\.$/,
    );
    await rejects(
      takeout(post(1).replace(/<blogger:status>[^<]*<\/blogger:status>/, '')),
      /entry 1 \("Post 1"\) \(POST .*post-1\) has no blogger:status\./,
    );
    await rejects(
      takeout(reply(11, '').replace('<blogger:parent></blogger:parent>', '')),
      /entry 1 \(comment .*post-11\) has no blogger:parent\./,
    );
    await rejects(
      classic(
        `<entry><id>${BLOG}.post-11</id>${kind('comment')}<published>2021-01-01T00:00:00Z</published></entry>`,
      ),
      /entry 1 \(comment .*post-11\) has no thr:in-reply-to\./,
    );
  });

  it('rejects a malformed date and a repeated id', async () => {
    await rejects(
      takeout(post(1).replace('2021-01-01T00:00:00Z', '1 January 2021')),
      /entry 1 \("Post 1"\) has a malformed <published>: "1 January 2021" is not an Atom date\./,
    );
    await rejects(
      takeout(`${post(1)}\n${post(1)}`),
      /line \d+: entry 2 \("Post 1"\) has the id tag:blogger\.com,1999:blog-42\.post-1, already used by the entry on line 5\./,
    );
  });

  it('rejects an entry in no Blogger shape inside a Blogger export', async () => {
    await rejects(
      takeout(`${post(1)}\n<entry><id>urn:x</id><title>Stray</title></entry>`),
      /line \d+: entry 2 has neither a blogger:type nor a Blogger kind category\./,
    );
  });
});
