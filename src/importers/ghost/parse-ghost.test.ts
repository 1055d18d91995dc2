import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundleSchema, type ImportBundle, type ImportedItem } from '../import-bundle.ts';
import { parseGhostExport } from './parse-ghost.ts';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../../test/fixtures/import/${name}`, import.meta.url));

function itemTitled(bundle: ImportBundle, title: string): ImportedItem {
  const item = bundle.items.find((candidate) => candidate.title === title);
  assert.ok(item, `no item titled ${title}`);
  return item;
}

/** Writes a small export into a fresh temp dir and parses it. */
async function parseJsonExport(content: unknown): Promise<ImportBundle> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ghost-parse-'));
  const file = path.join(dir, 'ghost.json');
  await fs.writeFile(file, JSON.stringify(content));
  return parseGhostExport(file);
}

describe('parseGhostExport on a Ghost 5 export (db-wrapped)', async () => {
  const bundle = await parseGhostExport(fixture('ghost-5.json'));

  it('produces a bundle that matches the contract', () => {
    assert.doesNotThrow(() => importBundleSchema.parse(bundle));
    assert.equal(bundle.source, 'ghost');
    assert.equal(bundle.siteKey, 'ghost:https://socialprotection-asia.example.org');
    assert.equal(bundle.siteUrl, 'https://socialprotection-asia.example.org');
    assert.deepEqual(bundle.attachments, []);
  });

  it('maps users to authors', () => {
    assert.deepEqual(
      bundle.authors.map(({ sourceId, name, email }) => ({ sourceId, name, email })),
      [
        {
          sourceId: '6541a0c0e4b0a1b2c3d4e501',
          name: 'Sunita Rai',
          email: 'sunita.rai@network.example.org',
        },
        {
          sourceId: '6541a0c0e4b0a1b2c3d4e502',
          name: 'Sokha Chan',
          email: 'sokha.chan@network.example.org',
        },
        {
          sourceId: '6541a0c0e4b0a1b2c3d4e503',
          name: 'Maria Santos',
          email: 'maria.santos@network.example.org',
        },
      ],
    );
  });

  it('keeps public tags as labels and leaves internal ones out', () => {
    assert.deepEqual(
      bundle.labels.map((label) => label.name),
      ['Nepal', 'Cambodia', 'Philippines', 'Pensions', 'Maternity protection', 'Bangladesh'],
    );
    assert.deepEqual(
      bundle.labels.find((label) => label.name === 'Pensions'),
      { name: 'Pensions', slug: 'pensions', description: 'Old-age income security' },
    );
    assert.deepEqual(
      bundle.labels.find((label) => label.name === 'Bangladesh'),
      {
        name: 'Bangladesh',
        slug: null,
        description: null,
      },
    );
  });

  it('reads every post and page with its kind and status', () => {
    assert.deepEqual(
      bundle.items.map((item) => [item.slug, item.kind, item.status]),
      [
        ['gefont-pensions-construction-nepal', 'post', 'published'],
        ['cambodia-nssf-maternity-benefits', 'post', 'published'],
        ['philippines-platform-workers-webinar', 'post', 'scheduled'],
        ['draft-bpjs-lessons', 'post', 'draft'],
        ['bangladesh-employment-injury-scheme-briefing', 'post', 'private'],
        ['newsletter-april-round-up', 'post', 'published'],
        ['social-protection-week', 'page', 'published'],
        ['social-protection-week', 'post', 'published'],
        ['about', 'page', 'private'],
      ],
    );
  });

  it('maps a published post in full, with __GHOST_URL__ resolved to the site', () => {
    const post = itemTitled(
      bundle,
      'GEFONT wins contribution-based pensions for construction workers in Nepal',
    );
    assert.equal(post.sourceId, '6541a0c0e4b0a1b2c3d4e701');
    assert.equal(post.publishedAt, '2024-03-12T04:15:00.000Z');
    assert.equal(post.updatedAt, '2024-03-14T11:20:05.000Z');
    assert.equal(
      post.excerpt,
      "Construction workers in Nepal can now join the Social Security Fund's pension scheme.",
    );
    assert.equal(
      post.featuredImageUrl,
      'https://socialprotection-asia.example.org/content/images/2024/03/gefont-pension-campaign.jpg',
    );
    assert.ok(
      post.html.includes(
        'src="https://socialprotection-asia.example.org/content/images/2024/03/kathmandu-rally.jpg"',
      ),
    );
    assert.ok(
      post.html.includes(
        'href="https://socialprotection-asia.example.org/social-protection-week/"',
      ),
    );
    assert.ok(!post.html.includes('__GHOST_URL__'));
    assert.deepEqual(post.oldPaths, ['/gefont-pensions-construction-nepal/']);
    assert.ok(post.origin.startsWith('posts[0] ("GEFONT wins'));
  });

  it('keeps the HTML as Ghost wrote it: entities, nested lists, unicode, iframe and script', () => {
    const nepal = itemTitled(
      bundle,
      'GEFONT wins contribution-based pensions for construction workers in Nepal',
    );
    assert.ok(nepal.html.includes('नेपालका निर्माण मजदुरहरूले'));
    assert.ok(nepal.html.includes('NPR&nbsp;17,300 &mdash; &#8220;a first step&#8221;'));
    assert.ok(
      nepal.html.includes('<ul><li>Old-age pension after 15 years of contributions<ul><li>'),
    );
    const cambodia = itemTitled(
      bundle,
      'Garment workers in Cambodia claim maternity benefits through NSSF',
    );
    assert.ok(cambodia.html.includes('កម្មករកាត់ដេរនៅកម្ពុជា'));
    assert.ok(cambodia.html.includes('<iframe width="560"'));
    assert.ok(cambodia.html.includes("<script>window.trackEmbed && window.trackEmbed('nssf');"));
    assert.equal(cambodia.locale, 'km');
    const bangladesh = itemTitled(
      bundle,
      "Members' briefing: Bangladesh garment sector injury scheme",
    );
    assert.ok(bangladesh.html.includes('বাংলাদেশের পোশাক শ্রমিকদের'));
  });

  it('takes the first author by sort_order from posts_authors', () => {
    const post = itemTitled(
      bundle,
      'GEFONT wins contribution-based pensions for construction workers in Nepal',
    );
    assert.equal(post.authorSourceId, '6541a0c0e4b0a1b2c3d4e502');
    const webinar = itemTitled(
      bundle,
      'Webinar: social protection for platform workers in the Philippines',
    );
    assert.equal(webinar.authorSourceId, '6541a0c0e4b0a1b2c3d4e503');
  });

  it('orders labels by sort_order and skips internal tags', () => {
    const nepal = itemTitled(
      bundle,
      'GEFONT wins contribution-based pensions for construction workers in Nepal',
    );
    assert.deepEqual(nepal.labels, ['Nepal', 'Pensions']);
    const cambodia = itemTitled(
      bundle,
      'Garment workers in Cambodia claim maternity benefits through NSSF',
    );
    assert.deepEqual(cambodia.labels, ['Cambodia', 'Maternity protection']);
  });

  it('keeps a scheduled post future-dated and a draft undated', () => {
    const webinar = itemTitled(
      bundle,
      'Webinar: social protection for platform workers in the Philippines',
    );
    assert.equal(webinar.publishedAt, '2030-06-15T01:00:00.000Z');
    const draft = itemTitled(bundle, 'Draft: lessons from the Indonesian BPJS campaign');
    assert.equal(draft.publishedAt, null);
    assert.deepEqual(draft.labels, []);
    assert.equal(draft.excerpt, null);
    assert.equal(draft.featuredImageUrl, null);
  });

  it('makes members-only and paid items private, and a sent newsletter published', () => {
    assert.equal(
      itemTitled(bundle, "Members' briefing: Bangladesh garment sector injury scheme").status,
      'private',
    );
    assert.equal(itemTitled(bundle, 'About the network').status, 'private');
    const newsletter = itemTitled(bundle, 'Newsletter: April round-up');
    assert.equal(newsletter.status, 'published');
    assert.equal(newsletter.publishedAt, '2024-04-30T07:00:00.000Z');
  });

  it('builds paragraphs from plaintext when html is null, escaping the text', () => {
    const post = itemTitled(bundle, 'Social Protection Week opens in Kathmandu');
    assert.equal(
      post.html,
      [
        '<p>Delegates from India, Bangladesh, Nepal, Cambodia, Indonesia and the Philippines met for the opening session.</p>',
        "<p>SEWA's speaker said coverage for home-based workers is still &lt;10% in many states &amp; districts.</p>",
        '<p>सबैका लागि सामाजिक सुरक्षा!</p>',
      ].join('\n'),
    );
    assert.equal(post.updatedAt, null);
  });

  it('builds paragraphs from the Lexical document when there is neither html nor plaintext', () => {
    const draft = itemTitled(bundle, 'Draft: lessons from the Indonesian BPJS campaign');
    assert.equal(
      draft.html,
      [
        '<p>Pekerja informal di Indonesia kini bisa mendaftar BPJS Ketenagakerjaan.</p>',
        '<p>Outreach in markets</p>',
        '<p>Jakarta</p>',
        '<p>Surabaya</p>',
        '<p>Help desks run by KSBSI</p>',
        '<p>Next steps: &lt;to be decided&gt; &amp; reviewed.</p>',
      ].join('\n'),
    );
  });

  it('keeps both items that share a slug, each with its old path', () => {
    const sharing = bundle.items.filter((item) => item.slug === 'social-protection-week');
    assert.deepEqual(
      sharing.map((item) => [item.kind, item.oldPaths]),
      [
        ['page', ['/social-protection-week/']],
        ['post', ['/social-protection-week/']],
      ],
    );
  });

  it('threads comments by the reply they answer and maps their statuses', () => {
    assert.deepEqual(
      bundle.comments.map((comment) => [
        comment.sourceId.slice(-3),
        comment.parentSourceId?.slice(-3) ?? null,
        comment.authorName,
        comment.status,
      ]),
      [
        ['901', null, 'Ramesh Thapa', 'approved'],
        ['902', '901', 'Dara Sok', 'approved'],
        ['903', '902', 'Ramesh Thapa', 'approved'],
        ['904', null, '', 'pending'],
        ['905', null, '', 'trashed'],
      ],
    );
    const reply = bundle.comments[2];
    assert.equal(reply?.itemSourceId, '6541a0c0e4b0a1b2c3d4e701');
    assert.equal(reply?.authorEmail, 'ramesh.thapa@example.net');
    assert.equal(reply?.html, '<p>धन्यवाद! Glad to hear it.</p>');
    assert.equal(reply?.createdAt, '2024-03-13T01:10:00.000Z');
    assert.equal(bundle.comments[4]?.html, '');
  });

  it('counts members and snippets as ignored', () => {
    assert.deepEqual(bundle.ignored, { member: 3, snippet: 1 });
  });
});

describe('parseGhostExport on a Ghost 1 export (unwrapped)', async () => {
  const bundle = await parseGhostExport(fixture('ghost-1.json'));

  it('produces a bundle that matches the contract, keyed by the site title', () => {
    assert.doesNotThrow(() => importBundleSchema.parse(bundle));
    assert.equal(bundle.siteKey, 'ghost:Social Protection Asia (archive)');
    assert.equal(bundle.siteUrl, null);
    assert.deepEqual(bundle.ignored, {});
    assert.deepEqual(bundle.comments, []);
  });

  it('reads the boolean page column and author_id', () => {
    assert.deepEqual(
      bundle.items.map((item) => [item.title, item.kind, item.status, item.authorSourceId]),
      [
        ['KSBSI brings informal workers into BPJS Ketenagakerjaan', 'post', 'published', '1'],
        ['About us', 'page', 'published', '1'],
        ['Notes for the Manila meeting', 'post', 'draft', '5a0c1f2e3d4b5a6978800002'],
        [
          'Maternity protection for Filipino domestic workers',
          'post',
          'published',
          '5a0c1f2e3d4b5a6978800002',
        ],
      ],
    );
  });

  it('keeps the per-post locale, labels in sort_order and relative images', () => {
    const ksbsi = itemTitled(bundle, 'KSBSI brings informal workers into BPJS Ketenagakerjaan');
    assert.equal(ksbsi.locale, 'id');
    assert.deepEqual(ksbsi.labels, ['Indonesia', 'Pensions']);
    assert.equal(ksbsi.featuredImageUrl, '/content/images/2018/05/ksbsi-registration.jpg');
    assert.ok(ksbsi.html.includes('Pensions &amp; work-injury cover'));
    const domestic = itemTitled(bundle, 'Maternity protection for Filipino domestic workers');
    assert.deepEqual(domestic.labels, ['Philippines', 'Maternity protection']);
    assert.equal(domestic.locale, 'fil');
    assert.equal(bundle.labels.find((label) => label.name === 'Pensions')?.description, null);
  });

  it('takes the site’s address from the command line when the export lacks it', async () => {
    const placed = await parseGhostExport(fixture('ghost-1.json'), {
      siteUrl: 'https://archive.example.org/',
    });
    // Still the same site as without the address, so a repeat import matches its items.
    assert.equal(placed.siteKey, bundle.siteKey);
    assert.equal(placed.siteUrl, 'https://archive.example.org');
    const ksbsi = itemTitled(placed, 'KSBSI brings informal workers into BPJS Ketenagakerjaan');
    assert.equal(
      ksbsi.featuredImageUrl,
      'https://archive.example.org/content/images/2018/05/ksbsi-registration.jpg',
    );
  });

  it('reads zoneless database dates as UTC and rebuilds a Mobiledoc-only body', () => {
    const notes = itemTitled(bundle, 'Notes for the Manila meeting');
    assert.equal(notes.updatedAt, '2018-06-11T05:00:00.000Z');
    assert.equal(notes.publishedAt, null);
    assert.equal(
      notes.html,
      [
        '<p>Agenda for the meeting with SSS officials:</p>',
        '<p>Coverage of kasambahay (domestic workers)</p>',
        '<p>Maternity benefit of 105 days under RA 11210</p>',
      ].join('\n'),
    );
  });
});

describe('parseGhostExport on small exports', () => {
  const minimal = (data: Record<string, unknown>, version = '5.10.0') => ({
    meta: { exported_on: 1700000000000, version },
    data,
  });
  const post = {
    id: 'p1',
    title: 'Pension reform in Nepal',
    slug: 'pension-reform',
    html: '<img src="__GHOST_URL__/content/images/a.jpg">',
    feature_image: '__GHOST_URL__/content/images/b.jpg',
    status: 'published',
    published_at: '2024-01-01T00:00:00.000Z',
  };

  it('leaves site-relative paths where __GHOST_URL__ was, when the site URL is unknown', async () => {
    const bundle = await parseJsonExport(minimal({ posts: [post] }));
    assert.equal(bundle.items[0]?.html, '<img src="/content/images/a.jpg">');
    assert.equal(bundle.items[0]?.featuredImageUrl, '/content/images/b.jpg');
    assert.equal(bundle.siteKey, 'ghost');
    assert.equal(bundle.siteUrl, null);
    assert.equal(bundle.items[0]?.authorSourceId, null);
  });

  it('puts old paths under the subdirectory a site was served from', async () => {
    const bundle = await parseJsonExport(
      minimal({ posts: [post], settings: [{ key: 'url', value: 'https://example.org/blog/' }] }),
    );
    assert.equal(bundle.siteUrl, 'https://example.org');
    assert.equal(bundle.siteKey, 'ghost:https://example.org/blog');
    assert.deepEqual(bundle.items[0]?.oldPaths, ['/blog/pension-reform/']);
    assert.equal(
      bundle.items[0]?.html,
      '<img src="https://example.org/blog/content/images/a.jpg">',
    );
  });

  it('counts posts of types the site has no place for', async () => {
    const bundle = await parseJsonExport(
      minimal({ posts: [post, { ...post, id: 'p2', type: 'newsletter-template' }] }),
    );
    assert.equal(bundle.items.length, 1);
    assert.deepEqual(bundle.ignored, { 'newsletter-template': 1 });
  });

  it('accepts numeric ids and epoch-millisecond dates', async () => {
    const bundle = await parseJsonExport(
      minimal({ posts: [{ ...post, id: 7, published_at: 1704067200000 }] }, '2.38.0'),
    );
    assert.equal(bundle.items[0]?.sourceId, '7');
    assert.equal(bundle.items[0]?.publishedAt, '2024-01-01T00:00:00.000Z');
  });

  it('keeps the search and sharing fields, from posts_meta (Ghost 4+) or the post (older)', async () => {
    const bundle = await parseJsonExport(
      minimal({
        posts: [post, { ...post, id: 'p2', meta_title: 'Old-style title' }],
        posts_meta: [
          { post_id: 'p1', meta_title: 'Nepal pensions', meta_description: 'What changed.' },
        ],
      }),
    );
    assert.deepEqual(
      bundle.items.map((item) => [item.metaTitle, item.metaDescription]),
      [
        ['Nepal pensions', 'What changed.'],
        ['Old-style title', null],
      ],
    );
  });

  it('gives an empty body when a post has no content at all', async () => {
    const bundle = await parseJsonExport(minimal({ posts: [{ ...post, html: null }] }));
    assert.equal(bundle.items[0]?.html, '');
  });
});
