import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ImportFileError,
  importBundleSchema,
  type ImportBundle,
  type ImportedItem,
} from '../import-bundle.ts';
import { parseWordPressExport } from './parse-wxr.ts';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../../test/fixtures/import/${name}`, import.meta.url));

function item(bundle: ImportBundle, sourceId: string): ImportedItem {
  const found = bundle.items.find((candidate) => candidate.sourceId === sourceId);
  assert.ok(found, `no item ${sourceId}`);
  return found;
}

/** Writes a small export into a fresh temp dir and parses it. */
async function parseXml(xml: string): Promise<ImportBundle> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wxr-parse-'));
  const file = path.join(dir, 'wordpress.xml');
  await fs.writeFile(file, xml);
  return parseWordPressExport(file);
}

const WP = 'http://wordpress.org/export/1.2/';
function wxr({ version = '1.2', items = '', wp = WP } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="${wp}" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Test</title>
  <link>https://example.org</link>
  ${version ? `<wp:wxr_version>${version}</wp:wxr_version>` : ''}
  ${items}
</channel>
</rss>
`;
}

async function rejects(xml: string, message: RegExp): Promise<void> {
  await assert.rejects(parseXml(xml), (error: unknown) => {
    assert.ok(error instanceof ImportFileError, `not an ImportFileError: ${String(error)}`);
    assert.match(error.message, message);
    return true;
  });
}

describe('parseWordPressExport on a WXR 1.2 export of a network blog', async () => {
  const bundle = await parseWordPressExport(fixture('wordpress-network.xml'));

  it('produces a bundle that matches the contract', () => {
    assert.doesNotThrow(() => importBundleSchema.parse(bundle));
    assert.equal(bundle.source, 'wordpress');
    // The blog's own address: the network's base_site_url is shared by all its blogs.
    assert.equal(bundle.siteKey, 'wordpress:https://network.example.org/news');
    assert.equal(bundle.siteUrl, 'https://network.example.org/news');
  });

  it('reads the listed authors and adds unlisted creators', () => {
    assert.deepEqual(
      bundle.authors.map(({ sourceId, name, email }) => ({ sourceId, name, email })),
      [
        { sourceId: 'sunita', name: 'Sunita Rai', email: 'sunita.rai@network.example.org' },
        { sourceId: 'sokha', name: 'Sokha Chan & team', email: 'sokha.chan@network.example.org' },
        { sourceId: 'editor', name: 'editor', email: null },
        { sourceId: 'guest-writer', name: 'guest-writer', email: null },
      ],
    );
    assert.equal(item(bundle, '102').authorSourceId, 'guest-writer');
    assert.equal(item(bundle, '103').authorSourceId, null);
  });

  it('reads categories and tags, plus categories only items name', () => {
    assert.deepEqual(
      bundle.labels.map((label) => label.name),
      [
        'Nepal',
        'Bangladesh',
        'Cambodia',
        'Philippines',
        'Pensions',
        'Maternity protection',
        'Health & care',
        'Indonesia',
      ],
    );
    assert.deepEqual(bundle.labels[0], {
      name: 'Nepal',
      slug: 'nepal',
      description: 'News from GEFONT, NTUC and partners',
    });
    assert.deepEqual(bundle.labels.at(-1), {
      name: 'Indonesia',
      slug: 'indonesia',
      description: null,
    });
    // The post format is no label, and a category named twice counts once.
    assert.deepEqual(item(bundle, '101').labels, ['Nepal', 'Pensions']);
    // WordPress's default category says nothing about a post: no label is made of it.
    assert.deepEqual(item(bundle, '106').labels, []);
  });

  it('maps post types to kinds, attachments and ignored records', () => {
    assert.deepEqual(
      bundle.items.map((entry) => [entry.sourceId, entry.kind]),
      [
        ['101', 'post'],
        ['102', 'post'],
        ['103', 'post'],
        ['104', 'post'],
        ['105', 'post'],
        ['106', 'post'],
        ['107', 'post'],
        ['108', 'post'],
        ['109', 'post'],
        ['110', 'page'],
      ],
    );
    assert.deepEqual(bundle.ignored, {
      nav_menu_item: 1,
      wp_block: 1,
      tribe_events: 1,
      comment: 1,
    });
    assert.deepEqual(
      bundle.attachments.map(({ sourceId, url, title, parentSourceId }) => ({
        sourceId,
        url,
        title,
        parentSourceId,
      })),
      [
        {
          sourceId: '201',
          url: 'https://network.example.org/news/wp-content/uploads/2021/02/kathmandu-rally.jpg',
          title: 'Rally in Kathmandu',
          parentSourceId: '101',
        },
        {
          sourceId: '202',
          url: 'https://network.example.org/news/wp-content/uploads/2021/03/gazipur-creche.jpg',
          title: 'Factory crèche in Gazipur',
          parentSourceId: '102',
        },
        {
          sourceId: '203',
          url: 'https://network.example.org/news/wp-content/uploads/2021/04/annual-report-2020.pdf',
          title: 'Annual report 2020 (PDF)',
          parentSourceId: null,
        },
      ],
    );
  });

  it('maps statuses, password protection included', () => {
    assert.deepEqual(
      bundle.items.map((entry) => [entry.sourceId, entry.status]),
      [
        ['101', 'published'],
        ['102', 'published'],
        ['103', 'draft'],
        ['104', 'scheduled'],
        ['105', 'private'],
        ['106', 'private'],
        ['107', 'draft'],
        ['108', 'trashed'],
        ['109', 'published'],
        ['110', 'published'],
      ],
    );
  });

  it('reads GMT dates, a draft’s local date as UTC, and none for a never-dated draft', () => {
    assert.equal(item(bundle, '101').publishedAt, '2021-02-05T09:15:00Z');
    assert.equal(item(bundle, '101').updatedAt, '2021-03-01T07:00:00Z');
    assert.equal(item(bundle, '103').publishedAt, '2021-04-12T14:30:00Z');
    assert.equal(item(bundle, '104').publishedAt, '2027-03-01T01:00:00Z');
    assert.equal(item(bundle, '107').publishedAt, null);
    assert.equal(item(bundle, '107').updatedAt, null);
  });

  it('keeps titles, slugs and text in every script, slugs URL-decoded', () => {
    const bengali = item(bundle, '102');
    assert.equal(bengali.title, 'বাংলাদেশ: maternity benefit for garment workers');
    assert.equal(bengali.slug, 'বাংলাদেশ-মাতৃত্বকালীন-ভাতা');
    assert.match(bengali.html, /মাতৃত্বকালীন ভাতা is now paid/);
    assert.match(item(bundle, '101').html, /सामाजिक सुरक्षा सबैको अधिकार हो/);
    assert.match(item(bundle, '103').html, /ការគាំពារសង្គមសម្រាប់ទាំងអស់គ្នា/);
    assert.match(item(bundle, '104').html, /การคุ้มครองทางสังคมสำหรับทุกคน/);
    assert.equal(item(bundle, '103').slug, null);
    assert.equal(item(bundle, '107').title, '');
    // Duplicate slugs are kept: the save step makes them unique.
    assert.equal(item(bundle, '108').slug, 'maternity-benefits');
    assert.equal(item(bundle, '109').slug, 'maternity-benefits');
  });

  it('gives classic content WordPress’s paragraphs and keeps entities and markup', () => {
    const html = item(bundle, '101').html;
    assert.match(
      html,
      /^<p>GEFONT and NTUC ran awareness campaigns in all seven provinces &amp; reached about 200,000 workers\.<br \/>\nMost of them/,
    );
    assert.match(
      html,
      /<p>The programme had three parts:<\/p>\n<ol>\n<li>Campaigns on rights\n<ul>/,
    );
    assert.ok(
      html.includes('<pre>reached   400,000+\nbudget    €87,813\n\npartners  GEFONT, NTUC</pre>'),
    );
    assert.match(html, /workers &lt;11%&gt; and employers &lt;20%&gt;\.<\/p>$/);
    assert.doesNotMatch(html, /more-->/);
    assert.match(
      html,
      /<figure><img [^>]*kathmandu-rally\.jpg[^>]*\/><figcaption>Workers march for the Social Security Fund in Kathmandu<\/figcaption><\/figure>/,
    );
  });

  it('keeps iframes and scripts for the sanitizer, links bare URLs, expands galleries', () => {
    const html = item(bundle, '102').html;
    assert.match(html, /<iframe src="https:\/\/www\.youtube\.com\/embed\/NGWF2020"/);
    assert.match(html, /<script>trackVisit\("bangladesh"\);<\/script>/);
    assert.match(
      html,
      /<p><a href="https:\/\/www\.youtube\.com\/watch\?v=NGWF2020&amp;t=30">https:\/\/www\.youtube\.com\/watch\?v=NGWF2020&amp;t=30<\/a><\/p>/,
    );
    // The gallery's ids in their order; the id missing from the export is left out.
    assert.match(
      html,
      /<ul>\n<li><a href="[^"]*gazipur-creche\.jpg"><img src="[^"]*gazipur-creche\.jpg" alt="Factory crèche in Gazipur"><\/a><\/li>\n<li><a href="[^"]*kathmandu-rally\.jpg">/,
    );
    assert.equal(html.match(/<li>/g)?.length, 2);
  });

  it('leaves block-editor content as written', () => {
    assert.equal(
      item(bundle, '104').html,
      '<!-- wp:paragraph -->\n<p>The Senate hears the SSS pension reform bill on 1 March.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Thai partners send greetings: การคุ้มครองทางสังคมสำหรับทุกคน</p>\n<!-- /wp:paragraph -->',
    );
  });

  it('removes unknown shortcodes keeping their text, and links media shortcodes', () => {
    assert.equal(
      item(bundle, '109').html,
      '<p>In Cambodia and Nepal maternity cash benefits rose this year [sic] after long campaigns.<br />\nBoth schemes now pay 70% of wages.</p>',
    );
    assert.equal(
      item(bundle, '110').html,
      '<p>We are trade unions and NGOs from six countries.</p>\n' +
        '<p>Listen to our radio spot: <a href="https://network.example.org/news/wp-content/uploads/2021/01/radio-spot.mp3">https://network.example.org/news/wp-content/uploads/2021/01/radio-spot.mp3</a></p>\n' +
        '<p>Watch the launch: <a href="https://vimeo.com/123456">https://vimeo.com/123456</a></p>',
    );
  });

  it('reads excerpts as plain text and featured images from _thumbnail_id', () => {
    assert.equal(item(bundle, '101').excerpt, 'Campaigns, training & legal aid in Nepal.');
    assert.equal(item(bundle, '102').excerpt, null);
    assert.equal(
      item(bundle, '101').featuredImageUrl,
      'https://network.example.org/news/wp-content/uploads/2021/02/kathmandu-rally.jpg',
    );
    assert.equal(item(bundle, '102').featuredImageUrl, null);
  });

  it('gives old paths under the blog’s subfolder, permalink included', () => {
    assert.deepEqual(item(bundle, '101').oldPaths, [
      '/news/?p=101',
      '/news/2021/02/05/nepal-2020-in-numbers/',
    ]);
    assert.deepEqual(item(bundle, '103').oldPaths, ['/news/?p=103']);
    assert.deepEqual(item(bundle, '110').oldPaths, ['/news/?page_id=110', '/news/about/']);
    assert.match(item(bundle, '102').oldPaths[1] ?? '', /^\/news\/2021\/03\/08\/%e0%a6%ac/);
  });

  it('reads threaded comments with their statuses, a reply to a reply included', () => {
    assert.deepEqual(
      bundle.comments.map((comment) => [
        comment.sourceId,
        comment.itemSourceId,
        comment.parentSourceId,
        comment.status,
      ]),
      [
        ['501', '101', null, 'approved'],
        ['502', '101', '501', 'approved'],
        ['503', '101', '502', 'pending'],
        ['504', '101', null, 'spam'],
        ['505', '101', null, 'trashed'],
      ],
    );
    const [first, second, third, , pingback] = bundle.comments;
    assert.equal(
      first?.html,
      '<p>Does the fund cover workers in brick kilns?</p>\n<p>They are seasonal.</p>',
    );
    assert.equal(first?.authorUrl, null);
    assert.equal(first?.createdAt, '2021-02-06T04:15:00Z');
    assert.equal(second?.authorUrl, 'https://network.example.org/news');
    assert.equal(third?.authorEmail, null);
    assert.equal(third?.html, '<p>धन्यवाद! We will join the campaign.</p>');
    assert.equal(pingback?.authorName, 'ITUC Asia-Pacific » Nepal round-up');
    assert.match(third?.origin ?? '', /^comment 503 on item 101 \(line \d+\)$/);
  });

  it('names every record’s place in the file', () => {
    assert.match(
      item(bundle, '101').origin,
      /^item 101 "Nepal 2020: more than 400,000 workers reached" \(line \d+\)$/,
    );
    assert.match(item(bundle, '107').origin, /^item 107 \(line \d+\)$/);
    assert.match(item(bundle, '110').origin, /^page 110 "About the network" \(line \d+\)$/);
  });
});

describe('parseWordPressExport on a WXR 1.1 export with other prefixes', async () => {
  const bundle = await parseWordPressExport(fixture('wordpress-classic-1.1.xml'));

  it('matches elements by namespace, whatever their prefix', () => {
    assert.doesNotThrow(() => importBundleSchema.parse(bundle));
    assert.equal(bundle.siteKey, 'wordpress:http://dwf.example.net');
    assert.deepEqual(
      bundle.items.map((entry) => [entry.sourceId, entry.kind, entry.status]),
      [
        ['21', 'post', 'published'],
        ['2', 'page', 'published'],
        ['23', 'post', 'draft'],
      ],
    );
    assert.deepEqual(
      bundle.authors.map((author) => author.name),
      ['Priya Sharma'],
    );
    assert.deepEqual(bundle.ignored, { nav_menu_item: 1 });
    assert.deepEqual(
      bundle.attachments.map((attachment) => attachment.parentSourceId),
      ['21'],
    );
  });

  it('reads labels, with entities decoded, and tags declared only on items', () => {
    assert.deepEqual(
      bundle.labels.map((label) => label.name),
      ['India', 'Wages & rights', 'Welfare boards', 'Nepal'],
    );
    assert.deepEqual(item(bundle, '21').labels, ['India', 'Wages & rights', 'Welfare boards']);
  });

  it('converts the body: blockquote, table, old-style caption and an escaped shortcode', () => {
    const post = item(bundle, '21');
    assert.equal(post.title, 'Domestic workers’ welfare board in Tamil Nadu');
    assert.match(
      post.html,
      /<blockquote><p>Now I have an identity card, and my daughter gets a scholarship\.<\/p><\/blockquote>/,
    );
    assert.match(post.html, /<table>\n<tr>\n<th>District<\/th>/);
    assert.match(
      post.html,
      /<figure><img src="http:\/\/dwf\.example\.net\/files\/2012\/09\/camp\.jpg"[^>]*\/><figcaption>Registration camp in Chennai<\/figcaption><\/figure>/,
    );
    assert.match(post.html, /<p>To show a gallery, write \[gallery\]\.<\/p>$/);
    assert.equal(item(bundle, '2').excerpt, 'How to become a member.');
  });

  it('gives root-relative old paths and dates a draft by its local date', () => {
    assert.deepEqual(item(bundle, '21').oldPaths, ['/?p=21', '/2012/09/welfare-board/']);
    assert.deepEqual(item(bundle, '2').oldPaths, ['/?page_id=2', '/join-us/']);
    assert.equal(item(bundle, '23').publishedAt, '2013-01-20T18:45:00Z');
    assert.equal(
      bundle.comments[0]?.html,
      '<p>Is the board open to workers from Nepal?<br />\nWe work in Bengaluru.</p>',
    );
  });
});

describe('parseWordPressExport on other inputs', () => {
  it('reads WXR 1.0 with the https:// namespace and categories written the old way', async () => {
    const bundle = await parseXml(
      wxr({
        version: '1.0',
        wp: 'https://wordpress.org/export/1.0/',
        items: `<item><title>Old post</title><wp:post_id>4</wp:post_id><wp:post_type>post</wp:post_type>
          <wp:status>publish</wp:status><wp:post_date_gmt>2009-01-02 03:04:05</wp:post_date_gmt>
          <category><![CDATA[Philippines]]></category>
          <category domain="category" nicename="philippines"><![CDATA[Philippines]]></category>
          <category domain="tag"><![CDATA[Pensions]]></category></item>`,
      }),
    );
    assert.deepEqual(bundle.items[0]?.labels, ['Philippines', 'Pensions']);
    assert.equal(bundle.items[0]?.publishedAt, '2009-01-02T03:04:05Z');
    assert.equal(bundle.items[0]?.html, '');
  });

  it('rejects a file without wp:wxr_version, such as a plain RSS feed', async () => {
    await rejects(
      wxr({ version: '', items: '<item><title>News</title></item>' }),
      /^wordpress\.xml is not a WordPress export \(no wp:wxr_version\)\.$/,
    );
    await rejects(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>',
      /not a WordPress export/,
    );
  });

  it('rejects a version this does not read, naming it and the supported ones', async () => {
    await rejects(
      wxr({ version: '2.0' }),
      /WXR version 2\.0; versions 1\.0, 1\.1, 1\.2 are supported/,
    );
  });

  it('rejects a truncated file, naming the line', async () => {
    const truncated = wxr({
      items: '<item><title>Cut</title><wp:post_id>1</wp:post_id>',
    }).replace(/<\/channel>[\s\S]*$/, '');
    await rejects(truncated, /^wordpress\.xml is not well-formed XML: line \d+, column \d+/);
  });

  it('rejects an item without wp:post_id, naming its line', async () => {
    await rejects(
      wxr({ items: '\n  <item><title>No id</title><wp:post_type>post</wp:post_type></item>' }),
      /^wordpress\.xml line 9: item 1 \("No id"\) has no wp:post_id\.$/,
    );
  });

  it('rejects a malformed date and an attachment without its file', async () => {
    await rejects(
      wxr({
        items: `<item><wp:post_id>3</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
          <wp:post_date_gmt>2021-02-30 10:00:00</wp:post_date_gmt></item>`,
      }),
      /item 1 \(post 3\): wp:post_date_gmt "2021-02-30 10:00:00" is not a date/,
    );
    await rejects(
      wxr({
        items: '<item><wp:post_id>3</wp:post_id><wp:post_type>attachment</wp:post_type></item>',
      }),
      /attachment 3\) has no wp:attachment_url/,
    );
  });

  it('rejects two items with the same wp:post_id', async () => {
    const post =
      '<item><wp:post_id>9</wp:post_id><wp:post_type>post</wp:post_type><wp:status>draft</wp:status></item>';
    await rejects(wxr({ items: `${post}\n${post}` }), /wp:post_id 9 was already used/);
  });
});
