import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import { importBundleSchema, type ImportedItem } from '../import-bundle.ts';
import { readXmlRecords } from '../xml-records.ts';
import { parseWordPressExport } from './parse-wxr.ts';
import { textOf, rawTextOf } from './wxr-vocabulary.ts';

/**
 * WordPress's own theme unit test data: a real WordPress.com export (https:// namespaces)
 * full of edge cases, kept with the other import fixtures.
 */
const file = fileURLToPath(
  new URL('../../../test/fixtures/import/wordpress-theme-unit-test.xml', import.meta.url),
);
const TODAY = '2026-12-03T00:00:00Z';

/** The words of some HTML, its markup, comments and entities gone. */
function wordsOf(html: string): Set<string> {
  const text = decodeHTML(html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' '));
  return new Set(text.split(/\s+/).filter(Boolean));
}

/** Every post and page body as the file stores it, by post id. */
async function storedBodies(): Promise<Map<string, string>> {
  const bodies = new Map<string, string>();
  await readXmlRecords(file, {
    isRecord: (element, depth) => depth === 2 && element.local === 'item',
    onRecord: (item) => {
      const type = textOf(item, 'wp', 'post_type');
      if (type === 'post' || type === 'page') {
        bodies.set(textOf(item, 'wp', 'post_id') ?? '', rawTextOf(item, 'content', 'encoded'));
      }
    },
  });
  return bodies;
}

describe('parseWordPressExport on the WordPress theme unit test data', async () => {
  const bundle = await parseWordPressExport(file);
  const posts = bundle.items.filter((item) => item.kind === 'post');
  const titled = (title: string): ImportedItem => {
    const found = bundle.items.find((item) => item.title === title);
    assert.ok(found, `no item titled ${title}`);
    return found;
  };

  it('produces a bundle that matches the contract', () => {
    assert.doesNotThrow(() => importBundleSchema.parse(bundle));
    assert.equal(bundle.siteKey, 'wordpress:https://wpthemetestdata.wordpress.com');
    assert.equal(bundle.siteUrl, 'https://wpthemetestdata.wordpress.com');
  });

  it('holds the posts, pages, attachments and menu items WordPress lists', () => {
    const statuses = (kind: string): Record<string, number> => {
      const counts: Record<string, number> = {};
      for (const item of bundle.items.filter((entry) => entry.kind === kind)) {
        counts[item.status] = (counts[item.status] ?? 0) + 1;
      }
      return counts;
    };
    assert.deepEqual(statuses('post'), { published: 55, private: 1, scheduled: 1, draft: 1 });
    assert.deepEqual(statuses('page'), { published: 21 });
    assert.equal(bundle.attachments.length, 37);
    assert.deepEqual(bundle.ignored, { nav_menu_item: 70 });
  });

  it('keeps the password-protected post unpublished as private', () => {
    const [privatePost] = posts.filter((item) => item.status === 'private');
    assert.equal(privatePost?.title, 'Template: Password Protected (the password is "enter")');
  });

  it('keeps the scheduled post in the future (after 2026-12-03)', () => {
    const scheduled = titled('Scheduled');
    assert.equal(scheduled.status, 'scheduled');
    assert.equal(scheduled.publishedAt, '2030-01-01T19:00:18Z');
    assert.ok((scheduled.publishedAt ?? '') > TODAY);
    assert.equal(titled('Draft').status, 'draft');
  });

  it('reads threaded comments, ten levels deep on one post', () => {
    assert.equal(bundle.comments.length, 33);
    const byId = new Map(bundle.comments.map((comment) => [comment.sourceId, comment]));
    let depth = 0;
    for (let comment = byId.get('915'); comment?.parentSourceId; depth++) {
      comment = byId.get(comment.parentSourceId);
    }
    assert.equal(depth, 9);
    assert.ok(bundle.comments.some((comment) => comment.status === 'pending'));
  });

  it('parses the post without a title, and keeps the text of titles with markup', () => {
    const untitled = bundle.items.filter((item) => item.title === '');
    assert.equal(untitled.length, 1);
    assert.match(untitled[0]?.html ?? '', /This post has no title, but it still must link/);
    assert.ok(titled('Markup: Title With Markup'));
    assert.ok(titled('Markup: Title With Special Characters ~`!@#$%^&*()-_=+{}[]/\\;:\'"?,.>'));
    assert.ok(titled('Ελληνικά-Greek'));
  });

  it('loses no body text to the shortcode and paragraph handling', async () => {
    const stored = await storedBodies();
    for (const item of bundle.items) {
      // The source's words, the tags of the shortcodes it uses left out ("[simple boat]" is text).
      const source = (stored.get(item.sourceId) ?? '').replace(
        /\[\/?(?:caption|gallery|audio|video|embed)\b[^\]]*\]/g,
        ' ',
      );
      const kept = wordsOf(item.html);
      const lost = [...wordsOf(source)].filter((word) => !kept.has(word));
      assert.deepEqual(lost, [], `${item.origin} lost words`);
    }
    assert.match(titled('Post Format: Standard').html, /beaching their coracles \[simple boat\]\./);
    assert.match(
      titled('Post Format: Image (Caption)').html,
      /<figcaption>Bell on wharf in San Francisco<\/figcaption><\/figure>$/,
    );
    assert.match(
      titled('Markup: Image Alignment').html,
      /<figcaption>Look at 580x300 getting some <a [^>]*>caption<\/a>/,
    );
    assert.match(titled('Template: Paginated').html, /<p>Post Page 2<\/p>/);
  });

  it('turns galleries, audio and bare URLs into plain HTML', () => {
    const gallery = titled('Post Format: Gallery').html;
    assert.doesNotMatch(gallery, /\[gallery/);
    assert.match(
      gallery,
      /<li><a href="[^"]+canola2\.jpg"><img src="[^"]+canola2\.jpg" alt="canola2"><\/a><\/li>/,
    );
    assert.match(
      titled('Post Format: Audio').html,
      /<a href="https:\/\/wpthemetestdata\.files\.wordpress\.com\/2008\/06\/originaldixielandjazzbandwithalbernard-stlouisblues\.mp3">https:/,
    );
    assert.match(
      titled('Post Format: Video (YouTube)').html,
      /^<p><a href="https:\/\/www\.youtube\.com\/watch\?v=SQEQr7c0-dw">/,
    );
    for (const item of bundle.items)
      assert.doesNotMatch(item.html, /\[\/?(?:caption|gallery|audio|embed)\b/);
  });

  it('gives each item its ?p= path and its permalink', () => {
    assert.deepEqual(titled('Post Format: Standard').oldPaths, [
      '/?p=358',
      '/2010/10/05/post-format-standard/',
    ]);
    assert.deepEqual(titled('Draft').oldPaths, ['/?p=1164']);
  });
});
