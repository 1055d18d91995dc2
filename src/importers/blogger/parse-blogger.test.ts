import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import {
  importBundleSchema,
  type ImportBundle,
  type ImportedComment,
  type ImportedItem,
} from '../import-bundle.ts';
import { parseBloggerExport } from './parse-blogger.ts';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../../test/fixtures/import/${name}`, import.meta.url));

function item(bundle: ImportBundle, number: string): ImportedItem {
  const found = bundle.items.find((candidate) => candidate.sourceId.endsWith(`-${number}`));
  assert.ok(found, `no item ${number}`);
  return found;
}

function comment(bundle: ImportBundle, number: string): ImportedComment {
  const found = bundle.comments.find((candidate) => candidate.sourceId.endsWith(`-${number}`));
  assert.ok(found, `no comment ${number}`);
  return found;
}

const TAKEOUT_BLOG = 'tag:blogger.com,1999:blog-7301562984410237715';
const CLASSIC_BLOG = 'tag:blogger.com,1999:blog-2840166395728312044';

describe('parseBloggerExport on a Takeout feed.atom', async () => {
  const bundle = await parseBloggerExport(fixture('blogger-takeout.atom'));
  const nepal = item(bundle, '4418207730265551201');

  it('produces a bundle that matches the contract, keyed by the blog id', () => {
    assert.doesNotThrow(() => importBundleSchema.parse(bundle));
    assert.equal(bundle.source, 'blogger');
    assert.equal(bundle.siteKey, 'blogger:7301562984410237715');
    // Takeout gives no address for the blog, nor for its posts.
    assert.equal(bundle.siteUrl, null);
    assert.deepEqual(bundle.attachments, []);
    assert.deepEqual(bundle.ignored, {});
  });

  it('reads posts and pages with their ids, kinds and statuses', () => {
    assert.deepEqual(
      bundle.items.map((entry) => [
        entry.sourceId.replace(TAKEOUT_BLOG, ''),
        entry.kind,
        entry.status,
      ]),
      [
        ['.post-4418207730265551201', 'post', 'published'],
        ['.post-5902211784401923317', 'post', 'published'],
        ['.post-6120045873310927784', 'post', 'published'],
        ['.post-7788120045566118820', 'post', 'published'],
        ['.post-8012377741200981234', 'post', 'draft'],
        ['.post-2200123987004561111', 'post', 'trashed'],
        // LIVE, but dated 2099: Blogger will publish it then.
        ['.post-3300998877665544332', 'post', 'scheduled'],
        ['.page-1029384756102938475', 'page', 'published'],
      ],
    );
  });

  it('dates items in UTC and keeps what is missing as null', () => {
    assert.equal(nepal.publishedAt, '2021-02-05T04:45:00.000Z');
    assert.equal(nepal.updatedAt, '2021-02-06T11:02:19.877Z');
    assert.equal(item(bundle, '3300998877665544332').publishedAt, '2099-05-01T02:45:00.000Z');
    const about = item(bundle, '1029384756102938475');
    assert.equal(about.updatedAt, null);
    assert.equal(about.authorSourceId, null);
    assert.deepEqual(about.labels, []);
  });

  it('takes old paths from blogger:filename and slugs from their last segment', () => {
    assert.deepEqual(nepal.oldPaths, ['/2021/02/informal-workers-nepal-ssf.html']);
    assert.equal(nepal.slug, 'informal-workers-nepal-ssf');
    assert.deepEqual(item(bundle, '1029384756102938475').oldPaths, ['/p/about.html']);
    assert.equal(item(bundle, '1029384756102938475').slug, 'about');
    // Two posts share a slug; the save step makes them unique.
    assert.equal(item(bundle, '6120045873310927784').slug, 'workers-voices');
    assert.equal(item(bundle, '7788120045566118820').slug, 'workers-voices');
    const draft = item(bundle, '8012377741200981234');
    assert.deepEqual(draft.oldPaths, []);
    assert.equal(draft.slug, null);
    assert.deepEqual(item(bundle, '2200123987004561111').oldPaths, [
      '/2020/08/sss-forum-manila.html',
    ]);
  });

  it('keeps labels in order, country names and themes alike', () => {
    assert.deepEqual(nepal.labels, ['Nepal', 'Pensions']);
    assert.deepEqual(item(bundle, '5902211784401923317').labels, [
      'Cambodia',
      'Maternity protection',
    ]);
    assert.deepEqual(
      bundle.labels.map((label) => label.name),
      [
        'Nepal',
        'Pensions',
        'Cambodia',
        'Maternity protection',
        'Bangladesh',
        'Employment injury',
        'Migrant workers',
        'Indonesia',
        'Philippines',
      ],
    );
    assert.ok(bundle.labels.every((label) => label.slug === null && label.description === null));
  });

  it('keeps the HTML as written, with its entities, scripts and embeds, in every script', () => {
    assert.equal(nepal.title, 'Informal workers join Nepal’s Social Security Fund');
    assert.match(nepal.html, /GEFONT &amp; NTUC/);
    assert.match(nepal.html, /Contribution:&nbsp;a monthly/);
    assert.match(nepal.html, /<ul><li>Who can join:<ul><li>street vendors<\/li>/);
    assert.match(nepal.html, /अनौपचारिक क्षेत्रका श्रमिकहरू/);
    const cambodia = item(bundle, '5902211784401923317');
    assert.match(cambodia.html, /ប្រាក់ឧបត្ថម្ភមាតុភាពសម្រាប់កម្មករកាត់ដេរ/);
    assert.match(
      cambodia.html,
      /<iframe [^>]*src="https:\/\/www\.youtube\.com\/embed\/xyzMaternity1"/,
    );
    const dhaka = item(bundle, '6120045873310927784');
    assert.match(dhaka.html, /পোশাক শ্রমিকদের জন্য কর্মক্ষেত্রে দুর্ঘটনা বীমা/);
    assert.match(
      dhaka.html,
      /<script type="text\/javascript">document\.write\('share this post'\);<\/script>/,
    );
    assert.match(item(bundle, '7788120045566118820').html, /แรงงานข้ามชาติจากกัมพูชา/);
  });

  it('uses the search description as the excerpt, and has no locale or picture', () => {
    assert.equal(
      nepal.excerpt,
      'How self-employed workers in Nepal can now join the Social Security Fund.',
    );
    assert.equal(item(bundle, '5902211784401923317').excerpt, null);
    assert.ok(bundle.items.every((entry) => entry.locale === null));
    assert.ok(bundle.items.every((entry) => entry.featuredImageUrl === null));
  });

  it('names authors by profile address, dropping the noreply placeholder', () => {
    assert.deepEqual(
      bundle.authors.map(({ sourceId, name, email }) => ({ sourceId, name, email })),
      [
        {
          sourceId: 'https://www.blogger.com/profile/09875512346671230001',
          name: 'Sunita Rai',
          email: null,
        },
        {
          sourceId: 'https://www.blogger.com/profile/11223344556677889900',
          name: 'Sokha Chan',
          email: 'sokha.chan@example.org',
        },
      ],
    );
    assert.equal(nepal.authorSourceId, 'https://www.blogger.com/profile/09875512346671230001');
  });

  it('threads comments through blogger:inReplyTo, a reply to a reply included', () => {
    const question = comment(bundle, '9100000000000000001');
    const answer = comment(bundle, '9100000000000000002');
    const thanks = comment(bundle, '9100000000000000003');
    for (const entry of [question, answer, thanks])
      assert.equal(entry.itemSourceId, nepal.sourceId);
    assert.equal(question.parentSourceId, null);
    assert.equal(answer.parentSourceId, question.sourceId);
    assert.equal(thanks.parentSourceId, answer.sourceId);
    assert.equal(question.authorName, 'Ram Bahadur');
    assert.equal(question.authorUrl, 'https://www.blogger.com/profile/55554444333322221111');
    assert.equal(question.createdAt, '2021-02-06T03:00:00.000Z');
    assert.equal(
      question.html,
      'Does this cover workers in brick kilns?<br />के इँटा भट्टाका मजदुर पनि समेटिन्छन्?',
    );
    assert.equal(thanks.html, 'Thank you &amp; good luck with the campaign!');
    assert.match(
      thanks.origin,
      /^comment 9100000000000000003 on post 4418207730265551201 \(line \d+\)$/,
    );
    assert.ok(bundle.comments.every((entry) => entry.status === 'approved'));
  });

  it('calls a reader who left no name Anonymous', () => {
    const anonymous = comment(bundle, '9100000000000000004');
    assert.equal(anonymous.itemSourceId, item(bundle, '5902211784401923317').sourceId);
    assert.equal(anonymous.authorName, 'Anonymous');
    assert.equal(anonymous.authorEmail, null);
    assert.equal(anonymous.authorUrl, null);
    assert.equal(anonymous.html, 'អរគុណសម្រាប់ព័ត៌មាននេះ');
  });

  it('names where each item is in the file', () => {
    assert.match(
      nepal.origin,
      /^post 4418207730265551201 "Informal workers join Nepal’s Social Security Fund" \(line \d+\)$/,
    );
  });
});

describe('parseBloggerExport on the older backup export', async () => {
  const bundle = await parseBloggerExport(fixture('blogger-classic.atom'));
  const drivers = item(bundle, '1357924680135792468');

  it('produces a bundle that matches the contract, with the blog address', () => {
    assert.doesNotThrow(() => importBundleSchema.parse(bundle));
    assert.equal(bundle.siteKey, 'blogger:2840166395728312044');
    assert.equal(bundle.siteUrl, 'https://informalvoice.blogspot.com');
  });

  it('counts the template and settings entries as ignored', () => {
    assert.deepEqual(bundle.ignored, { template: 1, settings: 2 });
  });

  it('reads kinds and statuses; a draft stays a draft even when dated in the future', () => {
    assert.deepEqual(
      bundle.items.map((entry) => [
        entry.sourceId.replace(CLASSIC_BLOG, ''),
        entry.kind,
        entry.status,
      ]),
      [
        ['.post-1357924680135792468', 'post', 'published'],
        ['.post-2468013579246801357', 'post', 'published'],
        ['.post-3579246801357924680', 'post', 'published'],
        ['.post-4680135792468013579', 'post', 'published'],
        // app:draft under http://purl.org/atom/app#
        ['.post-5791357924680135791', 'post', 'draft'],
        // app:draft under http://www.w3.org/2007/app, dated 2099: Blogger's scheduled post.
        ['.post-6802468013579246802', 'post', 'draft'],
        ['.page-7913579246801357913', 'page', 'published'],
      ],
    );
    assert.equal(item(bundle, '6802468013579246802').publishedAt, '2099-03-08T02:00:00.000Z');
  });

  it('converts dates with offsets to UTC', () => {
    assert.equal(drivers.publishedAt, '2019-05-14T02:30:00.000Z');
    assert.equal(drivers.updatedAt, '2019-05-15T03:00:00.000Z');
    assert.equal(item(bundle, '2468013579246801357').publishedAt, '2019-06-03T02:15:00.000Z');
  });

  it('makes the alternate link host-relative, and the slug its last segment', () => {
    assert.deepEqual(drivers.oldPaths, ['/2019/05/platform-drivers-old-age-savings.html']);
    assert.equal(drivers.slug, 'platform-drivers-old-age-savings');
    assert.deepEqual(item(bundle, '7913579246801357913').oldPaths, ['/p/contact.html']);
    assert.equal(item(bundle, '2468013579246801357').slug, 'blog-post');
    assert.equal(item(bundle, '3579246801357924680').slug, 'blog-post');
    assert.deepEqual(item(bundle, '5791357924680135791').oldPaths, []);
    assert.equal(item(bundle, '5791357924680135791').slug, null);
  });

  it('reads labels from the label scheme only, not the kind', () => {
    assert.deepEqual(drivers.labels, ['Indonesia', 'Pensions']);
    assert.deepEqual(
      bundle.labels.map((label) => label.name),
      ['Indonesia', 'Pensions', 'Nepal', 'Cambodia', 'Maternity protection', 'Bangladesh'],
    );
  });

  it('keeps titles and bodies in every script, entities, CDATA, iframes and scripts', () => {
    assert.equal(drivers.title, "Old-age savings for Indonesia's platform drivers");
    assert.match(drivers.html, /<ol><li>Programmes they joined:<ul><li>work accident insurance/);
    assert.match(drivers.html, /Rp 36,800 a month &amp; up/);
    assert.equal(item(bundle, '2468013579246801357').title, 'जेष्ठ नागरिक भत्ता');
    const khmer = item(bundle, '3579246801357924680');
    assert.equal(khmer.title, 'ប្រាក់ឧបត្ថម្ភមាតុភាព');
    assert.match(khmer.html, /สิทธิประโยชน์กรณีคลอดบุตร/);
    assert.match(khmer.html, /<iframe src="https:\/\/www\.youtube\.com\/embed\/khmerMaternity2"/);
    const garment = item(bundle, '4680135792468013579');
    assert.equal(garment.title, 'Garment workers & the health card');
    assert.match(garment.html, /পোশাক শ্রমিকদের স্বাস্থ্য কার্ড/);
    assert.match(garment.html, /NGWF &amp; GK/);
    assert.match(
      garment.html,
      /<script src="https:\/\/widgets\.example\.com\/counter\.js"><\/script>/,
    );
    assert.equal(
      item(bundle, '7913579246801357913').html,
      '<p>Write to the editors: <a href="mailto:editors@example.org">editors@example.org</a> &amp; we answer within a week.</p>',
    );
  });

  it('keeps the media:thumbnail as the featured image', () => {
    assert.equal(
      drivers.featuredImageUrl,
      'https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh1/s72-c/ojek.jpg',
    );
    assert.equal(item(bundle, '2468013579246801357').featuredImageUrl, null);
  });

  it('keeps a real author email and drops noreply@blogger.com', () => {
    assert.deepEqual(
      bundle.authors.map(({ sourceId, email }) => ({ sourceId, email })),
      [
        { sourceId: 'https://www.blogger.com/profile/07766554433221100998', email: null },
        {
          sourceId: 'https://www.blogger.com/profile/03344556677889900112',
          email: 'bishnu@example.org',
        },
      ],
    );
  });

  it('threads comments: thr:in-reply-to names the post, a related link the comment answered', () => {
    const question = comment(bundle, '8024680135792468024');
    const answer = comment(bundle, '8135792468013579135');
    const thanks = comment(bundle, '8246801357924680246');
    for (const entry of [question, answer, thanks]) {
      assert.equal(entry.itemSourceId, drivers.sourceId);
      assert.equal(entry.status, 'approved');
    }
    assert.equal(question.parentSourceId, null);
    assert.equal(answer.parentSourceId, question.sourceId);
    assert.equal(thanks.parentSourceId, answer.sourceId);
    assert.equal(answer.html, 'Yes, anywhere in Indonesia. <b>Keep your card</b> with you.');
    assert.equal(thanks.html, 'Terima kasih &amp; salam solidaritas!');
    assert.equal(question.createdAt, '2019-05-15T04:00:00.000Z');
    assert.equal(question.authorEmail, null);
  });

  it('keeps the name Blogger gives anonymous readers', () => {
    const anonymous = comment(bundle, '8357924680135792357');
    assert.equal(anonymous.itemSourceId, item(bundle, '3579246801357924680').sourceId);
    assert.equal(anonymous.authorName, 'Anonymous');
    assert.equal(anonymous.authorEmail, null);
    assert.equal(anonymous.html, 'សូមអរគុណ');
  });
});

describe('parseBloggerExport and the time of parsing', () => {
  it('publishes a live post once its date has passed', async () => {
    const later = await parseBloggerExport(fixture('blogger-takeout.atom'), {
      now: new Date('2100-01-01T00:00:00Z'),
    });
    assert.equal(item(later, '3300998877665544332').status, 'published');
    const earlier = await parseBloggerExport(fixture('blogger-takeout.atom'), {
      now: new Date('2021-03-01T00:00:00Z'),
    });
    // Dated after that moment: it was waiting to go out.
    assert.equal(item(earlier, '5902211784401923317').status, 'scheduled');
    assert.equal(item(earlier, '4418207730265551201').status, 'published');
  });
});
