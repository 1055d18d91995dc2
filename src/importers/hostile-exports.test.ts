import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseBloggerExport } from './blogger/parse-blogger.ts';
import type { ImportBundle } from './import-bundle.ts';
import { parseWordPressExport } from './wordpress/parse-wxr.ts';

/**
 * Flat but huge exports: nothing nested deeply, just many of one thing. Each of these took
 * quadratic time (tens of seconds at these sizes, hours at a few megabytes); now linear.
 */

const COUNT = 20_000;
/** Attachments are cheap to read: more of them, so the old quadratic grouping stands out. */
const ATTACHMENTS = 30_000;

async function timedParse(
  name: string,
  xml: string,
  parse: (file: string) => Promise<ImportBundle>,
): Promise<ImportBundle> {
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'hostile-export-')), name);
  await fs.writeFile(file, xml);
  const started = performance.now();
  const bundle = await parse(file);
  const seconds = (performance.now() - started) / 1000;
  assert.ok(seconds < 5, `parsed in ${seconds.toFixed(1)} s`);
  return bundle;
}

function wxr(items: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Flat</title><link>https://old.example.org</link>
<wp:wxr_version>1.2</wp:wxr_version>
${items}
</channel></rss>`;
}

function post(id: number, { title = 'Post', body = '' } = {}): string {
  return `<item><title><![CDATA[${title}]]></title><wp:post_id>${id}</wp:post_id>
<wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
<wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt>
<content:encoded><![CDATA[${body}]]></content:encoded></item>`;
}

describe('flat but huge exports', () => {
  it('hardening 13: a post of 20,000 unclosed shortcodes, <pre> blocks and tags reads in linear time', async () => {
    const body = '[gallery ids="2"] <pre>kept\n as is</pre>\n\nText [b \n'.repeat(COUNT);
    const bundle = await timedParse(
      'body.xml',
      wxr(post(1, { title: `A <b title ${'<i '.repeat(COUNT)}`, body })),
      parseWordPressExport,
    );
    const html = bundle.items[0]?.html ?? '';
    assert.equal(html.split('<pre>kept\n as is</pre>').length - 1, COUNT);
    assert.equal(bundle.items[0]?.title.slice(0, 6), 'A <b t', 'unclosed "tags" stay text');
  });

  it('hardening 13: 30,000 attachments of one post are grouped in linear time', async () => {
    const attachments = Array.from(
      { length: ATTACHMENTS },
      (_, index) => `<item><title>File ${index}</title><wp:post_id>${index + 2}</wp:post_id>
<wp:post_type>attachment</wp:post_type><wp:post_parent>1</wp:post_parent>
<wp:attachment_url>https://old.example.org/f${index}.jpg</wp:attachment_url></item>`,
    );
    const bundle = await timedParse(
      'attachments.xml',
      wxr([post(1, { body: '[gallery]' }), ...attachments].join('\n')),
      parseWordPressExport,
    );
    assert.equal(bundle.attachments.length, ATTACHMENTS);
    assert.ok(bundle.attachments.every((attachment) => attachment.parentSourceId === '1'));
    assert.equal(
      bundle.items[0]?.html.split('<img').length,
      ATTACHMENTS + 1,
      'the gallery shows all',
    );
  });

  it('hardening 13: a Blogger thread of 20,000 replies, each to the one before, reads in linear time', async () => {
    const blog = 'tag:blogger.com,1999:blog-1';
    const replies = Array.from(
      { length: COUNT },
      (_, index) => `<entry><id>${blog}.post-${index + 10}</id><blogger:type>COMMENT</blogger:type>
<blogger:status>LIVE</blogger:status><content type="html">reply</content>
<blogger:parent>${blog}.post-${index === 0 ? 1 : index + 9}</blogger:parent>
<published>2020-01-02T00:00:00Z</published></entry>`,
    );
    const bundle = await timedParse(
      'thread.atom',
      `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:blogger="http://schemas.google.com/blogger/2018">
<id>${blog}</id><title>Thread</title>
<entry><id>${blog}.post-1</id><blogger:type>POST</blogger:type><blogger:status>LIVE</blogger:status>
<title type="html">${'&lt;i '.repeat(COUNT)}</title><content type="html">x</content>
<published>2020-01-01T00:00:00Z</published><blogger:filename>/2020/01/p.html</blogger:filename></entry>
${replies.join('\n')}
</feed>`,
      (file) => parseBloggerExport(file),
    );
    assert.equal(bundle.comments.length, COUNT);
    assert.ok(bundle.comments.every((comment) => comment.itemSourceId === `${blog}.post-1`));
    assert.equal(bundle.comments.at(-1)?.parentSourceId, `${blog}.post-${COUNT + 8}`);
  });
});
