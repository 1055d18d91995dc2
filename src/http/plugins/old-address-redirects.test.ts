import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublishedPost, createTestLabels } from '../../../test/support/content-fixtures.ts';
import { collectLogLines } from '../../../test/support/log-lines.ts';
import { testConfig } from '../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { createUser } from '../../domain/users/user-service.ts';
import { buildApp } from '../app.ts';

describeEachDatabase('addresses of the site imported from', (database) => {
  let app: FastifyInstance;
  const log = collectLogLines();

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    const authorId = await createUser(db, {
      email: 'mina@example.org',
      name: 'Mina Thapa',
      role: 'contributor',
    });
    const postId = await createPublishedPost(db, '2021-02-05T09:00:00.000Z', {
      slug: 'budget-day',
      authorId,
    });
    // Two old addresses of the post, as an import records them: one no route here knows,
    // one that looks like a post's and so reaches the post route first.
    await db
      .insertInto('legacy_paths')
      .values([
        { path: '/old/budget.html', content_id: postId },
        { path: '/2020/12/budget', content_id: postId },
      ])
      .execute();
    app = await buildApp({ config: testConfig(), database: database(), logStream: log.stream });
  });
  after(() => app.close());

  it('hardening old addresses: Ghost, WordPress and Blogger tags, authors and feeds redirect', async () => {
    const expected: [string, string][] = [
      // Ghost
      ['/tag/nepal/', '/countries/nepal'],
      ['/tag/youth', '/themes/youth'],
      ['/tag/nepal/rss/', '/countries/nepal/feed.rss'],
      ['/author/mina-thapa/', '/'],
      ['/author/mina-thapa/rss/', '/feed.rss'],
      ['/rss/', '/feed.rss'],
      // WordPress
      ['/category/asia/nepal/', '/countries/nepal'],
      ['/category/social-security/', '/themes/social-security'],
      ['/tag/social-security/feed/', '/themes/social-security/feed.rss'],
      ['/feed/', '/feed.rss'],
      // Blogger: labels by name
      ['/search/label/Social%20Security', '/themes/social-security'],
      ['/search/label/Nepal?max-results=20', '/countries/nepal'],
      ['/feeds/posts/default', '/feed.atom'],
      ['/feeds/posts/default?alt=rss', '/feed.rss'],
      ['/feeds/posts/default/-/Nepal', '/countries/nepal/feed.atom'],
    ];
    for (const [old, target] of expected) {
      const response = await app.inject(old);
      assert.equal(response.statusCode, 301, old);
      assert.equal(response.headers.location, target, old);
      assert.equal((await app.inject(target)).statusCode, 200, `${old} → ${target}`);
    }
  });

  it('hardening old addresses: a tag, label or author that names nothing here is not found', async () => {
    for (const old of [
      '/tag/atlantis/',
      '/tag/atlantis/rss/',
      '/category/asia/atlantis/',
      '/author/nobody/',
      '/search/label/Atlantis',
      '/feeds/posts/default/-/Atlantis',
      '/feeds/posts/summary/extra',
      '/tag/',
    ]) {
      const response = await app.inject(old);
      assert.equal(response.statusCode, 404, old);
      assert.equal(response.headers.location, undefined, old);
    }
  });

  it('hardening redirect answers once: no old address logs FST_ERR_REP_ALREADY_SENT', async () => {
    log.lines.length = 0;
    for (const old of ['/old/budget.html', '/old/budget.html/', '/2020/12/budget', '/tag/nepal/']) {
      const response = await app.inject(old);
      assert.equal(response.statusCode, 301, old);
    }
    const answered = log.lines.filter((line) => line.msg === 'request completed');
    assert.equal(answered.length, 4, 'the log is being read');
    const complaints = log.lines.filter((line) => Number(line.level) >= 40);
    assert.deepEqual(
      complaints.map((line) => line.msg),
      [],
      'no warning or error: each redirect answered once',
    );
    assert.doesNotMatch(JSON.stringify(log.lines), /FST_ERR_REP_ALREADY_SENT/);
  });
});
