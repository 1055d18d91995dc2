import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { encodeForm } from '../../../../test/support/content-test-visitor.ts';
import { createPublishedPost } from '../../../../test/support/content-fixtures.ts';
import { createTestPerson } from '../../../../test/support/newsroom-fixtures.ts';
import { type SmtpSink, startSmtpSink } from '../../../../test/support/smtp-sink.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import { issueFormStamp } from '../../../domain/comments/form-stamp.ts';
import { changePublicContent } from '../../../domain/content/public-content-change.ts';
import { MAX_COMMENTS_PER_EMAIL } from '../../../domain/comments/comment-abuse.ts';
import { updateDialogueSettings } from '../../../domain/settings/dialogue-settings.ts';

/**
 * Readers' comments end to end through the HTTP contract, form-encoded as a browser without
 * JavaScript posts them, with the author's notices read from a real SMTP server.
 */

let addressCount = 0;
/** A client address of its own, so one test's per-address limit touches no other. */
const freshAddress = () => `10.88.${Math.floor(++addressCount / 250)}.${addressCount % 250}`;
let emailCount = 0;
const freshEmail = () => `Reader${++emailCount}@Example.org`;

/** A stamp from a form drawn ten seconds ago: a person's pace. */
const oldStamp = (db: Db) => issueFormStamp(db, new Date(Date.now() - 10_000));

async function approveAll(db: Db, email: string): Promise<void> {
  await changePublicContent(db, (trx) =>
    trx
      .updateTable('comments')
      .set({ status: 'approved' })
      .where('author_email', '=', email.toLowerCase())
      .execute(),
  );
}

describeEachDatabase('readers’ comments', (database) => {
  let app: FastifyInstance;
  let sink: SmtpSink;
  let postPath: string;
  let postId: string;
  let otherPath: string;

  const commentCount = async (contentId = postId) =>
    Number(
      (
        await database()
          .db.selectFrom('comments')
          .select((eb) => eb.fn.countAll<number | string>().as('count'))
          .where('content_id', '=', contentId)
          .executeTakeFirstOrThrow()
      ).count,
    );

  async function send(
    path: string,
    fields: Record<string, string>,
    options: { ip?: string; stamp?: string } = {},
  ) {
    return app.inject({
      method: 'POST',
      url: `${path}/comments`,
      remoteAddress: options.ip ?? freshAddress(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: encodeForm({
        website: '',
        stamp: options.stamp ?? (await oldStamp(database().db)),
        ...fields,
      }),
    });
  }

  before(async () => {
    const { db } = database();
    sink = await startSmtpSink();
    app = await buildTestApp(database(), { config: { smtpUrl: sink.url } });
    const author = await createTestPerson(db, {
      email: 'author@example.org',
      name: 'Author',
      role: 'contributor',
    });
    postId = await createPublishedPost(db, '2021-03-04T10:00:00.000Z', {
      title: 'Wages in the garment sector',
      authorId: author.id,
    });
    postPath = '/2021/03/wages-in-the-garment-sector';
    await createPublishedPost(db, '2021-03-05T10:00:00.000Z', { title: 'Another post' });
    otherPath = '/2021/03/another-post';
  });
  after(async () => {
    await app.close();
    await sink.close();
  });

  it('holds a first comment, shows later ones from the approved address, and tells the author', async () => {
    const { db } = database();
    const email = freshEmail();
    sink.clear();
    const first = await send(postPath, { name: 'Asha', email, text: 'First thoughts' });
    assert.equal(first.statusCode, 200, first.body);
    assert.match(first.body, /waits for a moderator/);
    const page = await app.inject({ url: postPath });
    assert.doesNotMatch(page.body, /First thoughts/);
    const [held] = await sink.waitFor(1, 5000);
    assert.deepEqual(held?.envelopeTo, ['author@example.org']);
    assert.match(held?.subject ?? '', /waits for moderation/);
    assert.match(held?.text ?? '', /First thoughts/);
    assert.doesNotMatch(held?.raw ?? '', new RegExp(email, 'i'), 'no commenter address');

    await approveAll(db, email);
    sink.clear();
    const second = await send(postPath, { name: 'Asha', email, text: 'Second thoughts' });
    assert.equal(second.statusCode, 303);
    const id = /#comment-([0-9a-f-]{36})$/.exec(second.headers.location as string)?.[1];
    assert.ok(id, String(second.headers.location));
    const shown = await app.inject({ url: postPath });
    assert.match(shown.body, new RegExp(`id="comment-${id}"`));
    assert.match(shown.body, /2 comments/);
    assert.match(shown.body, /First thoughts[\s\S]*Second thoughts/, 'oldest first');
    assert.doesNotMatch(shown.body, /@example\.org/i, 'no email address on the page');
    const [notice] = await sink.waitFor(1, 5000);
    assert.match(notice?.subject ?? '', /New comment on “Wages in the garment sector”/);
    assert.ok(notice?.html?.includes(`comment-${id}`), 'links to the comment');

    const listing = await app.inject({ url: '/' });
    assert.match(listing.body, /2 comments/, 'the count in the listing');
  });

  it('keeps the page cache when a comment is only held', async () => {
    const before = await database()
      .db.selectFrom('site_state')
      .select('version')
      .executeTakeFirstOrThrow();
    await send(postPath, { name: 'Held', email: freshEmail(), text: 'Waiting my turn' });
    const after = await database()
      .db.selectFrom('site_state')
      .select('version')
      .executeTakeFirstOrThrow();
    assert.equal(String(after.version), String(before.version));
  });

  it('answers a filled honeypot as if held and stores nothing', async () => {
    const stored = await commentCount();
    const response = await send(postPath, {
      name: 'Bot',
      email: freshEmail(),
      text: 'Buy now',
      website: 'https://spam.example',
    });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /waits for a moderator/);
    assert.equal(await commentCount(), stored);
  });

  it('refuses a form sent back too fast, keeping the text', async () => {
    const stamp = await issueFormStamp(database().db, new Date());
    const response = await send(
      postPath,
      { name: 'Quick', email: freshEmail(), text: 'Typed in a flash' },
      { stamp },
    );
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /quicker than a person types/);
    assert.match(response.body, /<textarea[^>]*>Typed in a flash<\/textarea>/);
    const forged = await send(
      postPath,
      { name: 'Quick', email: freshEmail(), text: 'Forged' },
      { stamp: `1.${'A'.repeat(43)}` },
    );
    assert.equal(forged.statusCode, 400);
  });

  it('counts parallel posts before storing them: no more than the limit, the rest 429', async () => {
    const email = freshEmail();
    const ip = freshAddress();
    const stamp = await oldStamp(database().db);
    const before = await commentCount();
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        send(postPath, { name: 'Flood', email, text: `Flood number ${index}` }, { ip, stamp }),
      ),
    );
    const refused = responses.filter((response) => response.statusCode === 429);
    assert.equal(await commentCount(), before + MAX_COMMENTS_PER_EMAIL);
    assert.equal(refused.length, 30 - MAX_COMMENTS_PER_EMAIL);
    assert.ok(Number(refused[0]?.headers['retry-after']) > 0);
    assert.match(refused[0]?.body ?? '', /Flood number/, 'the text is kept');
  });

  it('refuses the same comment twice with a 409', async () => {
    const email = freshEmail();
    assert.equal(
      (await send(postPath, { name: 'Twice', email, text: 'Same words' })).statusCode,
      200,
    );
    const again = await send(postPath, { name: 'Twice', email, text: '  same   WORDS ' });
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /already sent this comment/);
  });

  it('refuses bad fields, huge input and a parent from another item with 4xx and the text kept', async () => {
    const bad = await send(postPath, { name: '', email: 'not an address', text: 'Kept text' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /href="#comment-name"/);
    assert.match(bad.body, /href="#comment-email"/);
    assert.match(bad.body, /Kept text/);
    const long = await send(postPath, {
      name: 'Long',
      email: freshEmail(),
      text: 'x'.repeat(5001),
    });
    assert.equal(long.statusCode, 422);
    const huge = await send(postPath, {
      name: 'Huge',
      email: freshEmail(),
      text: 'x'.repeat(200_000),
    });
    assert.equal(huge.statusCode, 413);

    const email = freshEmail();
    await send(otherPath, { name: 'Elsewhere', email, text: 'On another post' });
    await approveAll(database().db, email);
    const elsewhere = await database()
      .db.selectFrom('comments')
      .select('id')
      .where('author_email', '=', email.toLowerCase())
      .executeTakeFirstOrThrow();
    const reply = await send(postPath, {
      name: 'Replier',
      email: freshEmail(),
      text: 'Crossing items',
      parent_id: elsewhere.id,
    });
    assert.equal(reply.statusCode, 422);
    assert.match(reply.body, /Crossing items/);
  });

  it('never lets a hostile body become markup, nor an address leak to the feed or the API', async () => {
    const { db } = database();
    const email = freshEmail();
    await send(postPath, { name: 'Trusted', email, text: 'hello' });
    await approveAll(db, email);
    const vectors = [
      '<script>alert("owned")</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '<a href="javascript:alert(1)">click</a>',
      '<iframe srcdoc="<script>x()</script>"><script>y()</script></iframe>',
      '<style>p { color: red }</style><form action="/steal"><input name="a"></form>',
    ];
    // In three comments: the address may post five in ten minutes.
    for (const text of [vectors.slice(0, 2), vectors.slice(2, 4), vectors.slice(4)]) {
      const response = await send(postPath, {
        name: '<b>Mallory</b>',
        email,
        text: text.join('\n\n'),
      });
      assert.equal(response.statusCode, 303, text.join());
    }
    const page = (await app.inject({ url: postPath })).body;
    const comments = [...page.matchAll(/<article class="comment"[\s\S]*?<\/article>/g)]
      .map((match) => match[0])
      .join('\n');
    assert.ok(comments.includes('Mallory'), 'the comments are there');
    for (const forbidden of [
      /<script/i,
      /<img\b/i,
      /<a [^>]*href="javascript:/i,
      /<iframe/i,
      /<form/i,
    ]) {
      assert.doesNotMatch(comments, forbidden);
    }
    assert.doesNotMatch(comments, /<b>Mallory/);
    assert.match(comments, /&lt;script&gt;alert/);

    const feed = await app.inject({ url: `${postPath}/comments.atom` });
    assert.equal(feed.statusCode, 200);
    assert.match(feed.headers['content-type'] as string, /atom/);
    assert.doesNotMatch(feed.body, /@example\.org/i);
    assert.doesNotMatch(feed.body, /<script/i);
    assert.match(page, /<link rel="alternate" type="application\/atom\+xml" title="Comments on/);

    const api = await app.inject({ url: '/api/v1/posts' });
    assert.equal(api.statusCode, 200);
    assert.doesNotMatch(api.body, /@example\.org/i);
    assert.match(api.body, /"comment_count":[1-9]/);
  });

  it('closes comments: the page says so and a post is refused with 403, text kept', async () => {
    const { db } = database();
    const closedId = await createPublishedPost(db, '2021-03-06T10:00:00.000Z', {
      title: 'Closed post',
    });
    await changePublicContent(db, (trx) =>
      trx
        .updateTable('content_items')
        .set({ comments_mode: 'closed' })
        .where('id', '=', closedId)
        .execute(),
    );
    const response = await send('/2021/03/closed-post', {
      name: 'Late',
      email: freshEmail(),
      text: 'Too late to say',
    });
    assert.equal(response.statusCode, 403);
    assert.match(response.body, /Too late to say/);
    assert.equal(await commentCount(closedId), 0);
    const page = await app.inject({ url: '/2021/03/closed-post' });
    assert.doesNotMatch(page.body, /class="comments"/, 'no section without comments');
  });

  it('shows imported comments with their dates and threads, and a reply page for each', async () => {
    const { db } = database();
    const itemId = await createPublishedPost(db, '2021-03-07T10:00:00.000Z', {
      title: 'Imported discussion',
    });
    const top = randomUUID();
    const reply = randomUUID();
    const deeper = randomUUID();
    const imported = (id: string, parent: string | null, name: string, at: string) => ({
      id,
      content_id: itemId,
      parent_id: parent,
      author_name: name,
      author_email: `${name.toLowerCase()}@example.org`,
      author_url: 'https://blog.example/',
      body_html: `<p>Words of ${name}</p>`,
      status: 'approved' as const,
      created_at: at,
    });
    await changePublicContent(db, (trx) =>
      trx
        .insertInto('comments')
        .values([
          imported(deeper, reply, 'Chandra', '2019-05-03T08:00:00.000Z'),
          imported(top, null, 'Anil', '2019-05-01T08:00:00.000Z'),
          imported(reply, top, 'Bina', '2019-05-02T08:00:00.000Z'),
        ])
        .execute(),
    );
    const page = (await app.inject({ url: '/2021/03/imported-discussion' })).body;
    assert.match(page, /3 comments/);
    assert.match(page, /datetime="2019-05-01T08:00:00.000Z"/);
    assert.match(
      page,
      /Words of Anil[\s\S]*comment-replies[\s\S]*Words of Bina[\s\S]*in reply to Bina[\s\S]*Words of Chandra/,
    );
    assert.match(page, /href="https:\/\/blog.example\/" rel="nofollow ugc noopener"/);
    assert.doesNotMatch(page, /@example\.org/);

    const replyPage = await app.inject({
      url: `/2021/03/imported-discussion/comments/reply/${reply}`,
    });
    assert.equal(replyPage.statusCode, 200);
    assert.match(replyPage.body, /name="parent_id" value="/);
    assert.equal(replyPage.headers['cache-control'], 'no-store');
  });

  it('asks for confirmation by email when set: the link shows a button, only the button confirms', async () => {
    const { db } = database();
    await updateDialogueSettings(db, { confirmCommenterEmail: true });
    try {
      sink.clear();
      const email = freshEmail();
      const response = await send(postPath, { name: 'Careful', email, text: 'Please confirm me' });
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /Check your email/);
      // Earlier tests' notices to the author may still arrive meanwhile.
      let mail = sink.messages.find((message) => message.envelopeTo.includes(email.toLowerCase()));
      for (let wait = 0; !mail && wait < 500; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        mail = sink.messages.find((message) => message.envelopeTo.includes(email.toLowerCase()));
      }
      assert.match(mail?.subject ?? '', /Confirm your comment/);
      const link = /http:\/\/site\.test(\/comments\/confirm\/[A-Za-z0-9_-]{43})/.exec(
        mail?.text ?? '',
      )?.[1];
      assert.ok(link, mail?.text);
      const scanned = await app.inject({ url: link });
      assert.equal(scanned.statusCode, 200);
      assert.match(scanned.body, /Confirm my comment/);
      const stored = () =>
        db
          .selectFrom('comments')
          .select('status')
          .where('author_email', '=', email.toLowerCase())
          .executeTakeFirstOrThrow();
      assert.equal((await stored()).status, 'unconfirmed', 'a GET confirms nothing');
      const confirmed = await app.inject({ method: 'POST', url: link });
      assert.equal(confirmed.statusCode, 200);
      assert.match(confirmed.body, /waits for a moderator/);
      assert.equal((await stored()).status, 'pending');
      const again = await app.inject({ method: 'POST', url: link });
      assert.equal(again.statusCode, 404, 'a link works once');
    } finally {
      await updateDialogueSettings(db, { confirmCommenterEmail: false });
    }
  });

  it('answers under a language prefix in that language', async () => {
    const response = await send(`/ne${postPath}`, {
      name: 'नीमा',
      email: freshEmail(),
      text: 'नमस्ते',
    });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<html lang="ne"/);
    assert.match(response.body, new RegExp(`href="/ne${postPath}"`));
    const page = await app.inject({ url: `/ne${postPath}` });
    assert.match(page.body, new RegExp(`action="/ne${postPath}/comments"`));
  });
});
