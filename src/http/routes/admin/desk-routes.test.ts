import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import {
  type NewsroomLabels,
  createItemInStatus,
  createNewsroomLabels,
  labelRefs,
  newsroomFor,
} from '../../../../test/support/newsroom-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  type FormValue,
  TEST_PASSWORD,
  type Visitor,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import type { Actor } from '../../../domain/auth/actor.ts';
import { BULK_REPORT_LIFETIME_MS, sealBulkReport } from '../../../domain/editorial/bulk-report.ts';
import { approveItem, createDraft } from '../../../domain/editorial/editorial-service.ts';
import type { Newsroom } from '../../../domain/editorial/newsroom.ts';
import { createUser, getActorByEmail } from '../../../domain/users/user-service.ts';

/** Titles of the items listed on a desk page, in order. */
function deskTitles(html: string): string[] {
  return [...html.matchAll(/<td class="title"><a href="\/admin\/items\/[0-9a-f-]+">([^<]*)<\/a>/g)]
    .map((match) => match[1] ?? '')
    .sort();
}

/** The desk's count line: "3 items", "52 items, page 2 of 2". */
function countLine(html: string): string | undefined {
  return /<p class="desk-count" role="status">([^<]*)<\/p>/.exec(html)?.[1];
}

/** The report's summary line, and the refusals it lists. */
function reportOf(html: string): { summary?: string; refused: string[]; done: string[] } {
  const list = (name: string) =>
    [
      ...(new RegExp(`<ul class="${name}">([\\s\\S]*?)</ul>`).exec(html)?.[1] ?? '').matchAll(
        /<li>([\s\S]*?)<\/li>/g,
      ),
    ].map((match) => (match[1] ?? '').replace(/<[^>]+>/g, ''));
  return {
    summary: /<p class="notice[^"]*" role="status">([^<]*)<\/p>/.exec(html)?.[1],
    refused: list('bulk-refused'),
    done: list('bulk-done'),
  };
}

/**
 * Sends a bulk form as the desk does and follows the redirect to its report, as a browser
 * would: the POST answers 303 to `/admin/bulk?report=…`, and that page is the report.
 */
async function runBulk(
  visitor: Visitor,
  form: Record<string, FormValue>,
): Promise<{ reportPath: string; page: LightMyRequestResponse }> {
  const sent = await visitor.post('/admin/bulk', form);
  assert.equal(sent.statusCode, 303, sent.body);
  const reportPath = String(sent.headers.location);
  assert.match(reportPath, /^\/admin\/bulk\?report=[\w.%-]+$/);
  const page = await visitor.get(reportPath);
  assert.equal(page.statusCode, 200, page.body);
  return { reportPath, page };
}

describeEachDatabase('the desk: finding items and bulk actions', (database) => {
  let app: FastifyInstance;
  let newsroom: Newsroom;
  let labels: NewsroomLabels;
  let people: Record<'ada' | 'nima' | 'chan' | 'cora' | 'carl', Actor>;
  let visitors: Record<'ada' | 'nima' | 'chan' | 'cora' | 'carl', Visitor>;
  const ids: Record<string, string> = {};

  before(async () => {
    const { db } = database();
    labels = await createNewsroomLabels(db);
    const accounts = [
      ['ada', 'Ada Admin', 'administrator', []],
      ['nima', 'Nima Editor', 'editor', ['nepal']],
      ['chan', 'Chan Editor', 'editor', ['cambodia']],
      ['cora', 'Cora Writer', 'contributor', []],
      ['carl', 'Carl Writer', 'contributor', []],
    ] as const;
    const found: Partial<typeof people> = {};
    for (const [key, name, role, countries] of accounts) {
      const email = `${key}@example.org`;
      await createUser(db, {
        email,
        name,
        role,
        countries: [...countries],
        password: TEST_PASSWORD,
      });
      found[key] = await getActorByEmail(db, email);
    }
    people = found as typeof people;
    newsroom = newsroomFor(db);
    const { ada, cora, carl } = people;
    const nepal = labelRefs(labels.nepal);
    const cambodia = labelRefs(labels.cambodia);
    const make = async (
      key: string,
      options: Parameters<typeof createItemInStatus>[1],
    ): Promise<void> => {
      ids[key] = await createItemInStatus(newsroom, options);
    };
    await make('wages', {
      author: cora,
      decider: ada,
      status: 'review',
      input: {
        title: 'Garment wages rise',
        html: '<p>A new MINIMUM wage for Kathmandu.</p>',
        labels: nepal,
      },
    });
    await make('kiln', {
      author: cora,
      decider: ada,
      status: 'review',
      input: {
        title: 'Brick kiln strike',
        html: '<p>Workers stop the kilns.</p>',
        labels: cambodia,
      },
    });
    await make('union', {
      author: cora,
      decider: ada,
      status: 'published',
      input: { title: 'Union wins its case', html: '<p>The court agreed.</p>', labels: nepal },
    });
    await make('notes', {
      author: cora,
      decider: ada,
      status: 'draft',
      input: { title: 'Notes: 100% done_now', html: '<p>Private notes.</p>', labels: nepal },
    });
    await make('carlDraft', {
      author: carl,
      decider: ada,
      status: 'draft',
      input: { title: 'Carl drafts on wages', html: '<p>Another draft.</p>', labels: nepal },
    });
    ids.sewa = (
      await createDraft(newsroom, ada, {
        type: 'organization',
        title: 'Self Employed Women’s Association',
        html: '',
        labels: nepal,
        fields: { acronym: 'SEWA', kind: 'ngo', relationship: 'partner' },
      })
    ).id;
    // One item last changed long ago, for the date filters.
    await db
      .updateTable('content_items')
      .set({ updated_at: '2020-01-15T10:00:00.000Z' })
      .where('id', '=', ids.union ?? '')
      .execute();

    app = await buildTestApp(database());
    const signedInVisitors: Partial<typeof visitors> = {};
    for (const key of Object.keys(people) as (keyof typeof people)[]) {
      signedInVisitors[key] = await signedIn(app, db, `${key}@example.org`);
    }
    visitors = signedInVisitors as typeof visitors;
  });
  after(() => app.close());

  it('lists everything but organisations by default, and organisations under their own type', async () => {
    const desk = await visitors.ada.get('/admin');
    assert.equal(desk.statusCode, 200);
    assert.deepEqual(deskTitles(desk.body), [
      'Brick kiln strike',
      'Carl drafts on wages',
      'Garment wages rise',
      'Notes: 100% done_now',
      'Union wins its case',
    ]);
    assert.equal(countLine(desk.body), '5 items');
    const directory = await visitors.ada.get('/admin?type=organization');
    assert.deepEqual(deskTitles(directory.body), ['Self Employed Women’s Association']);
    assert.equal(countLine(directory.body), '1 item');
    assert.match(
      directory.body,
      /<option value="organization" selected>Organisations \(directory\)/,
    );
    assert.deepEqual(deskTitles((await visitors.ada.get('/admin?type=post')).body).length, 5);
  });

  it('finds words in titles and text, ignoring case, and drafts of the one who may see them', async () => {
    assert.deepEqual(deskTitles((await visitors.ada.get('/admin?q=WAGES')).body), [
      'Carl drafts on wages',
      'Garment wages rise',
    ]);
    assert.deepEqual(deskTitles((await visitors.ada.get('/admin?q=minimum+kathmandu')).body), [
      'Garment wages rise',
    ]);
    // Cora sees her own draft, not Carl's; Nima sees neither draft.
    assert.deepEqual(deskTitles((await visitors.cora.get('/admin?q=notes')).body), [
      'Notes: 100% done_now',
    ]);
    assert.deepEqual(deskTitles((await visitors.cora.get('/admin?q=carl')).body), []);
    assert.deepEqual(deskTitles((await visitors.nima.get('/admin?q=wages')).body), [
      'Garment wages rise',
    ]);
    assert.deepEqual(deskTitles((await visitors.chan.get('/admin?q=wages')).body), []);
  });

  it('matches % and _ as themselves, not as wildcards', async () => {
    assert.deepEqual(deskTitles((await visitors.ada.get('/admin?q=100%25')).body), [
      'Notes: 100% done_now',
    ]);
    assert.deepEqual(deskTitles((await visitors.ada.get('/admin?q=%25')).body), [
      'Notes: 100% done_now',
    ]);
    assert.deepEqual(deskTitles((await visitors.ada.get('/admin?q=done_now')).body), [
      'Notes: 100% done_now',
    ]);
    assert.deepEqual(deskTitles((await visitors.ada.get('/admin?q=e_w')).body), []);
    assert.deepEqual(deskTitles((await visitors.ada.get('/admin?q=%5C')).body), []);
  });

  it('filters by status, country, author and date of the last change, together', async () => {
    assert.deepEqual(deskTitles((await visitors.ada.get('/admin?status=review')).body), [
      'Brick kiln strike',
      'Garment wages rise',
    ]);
    assert.deepEqual(deskTitles((await visitors.ada.get('/admin?country=cambodia')).body), [
      'Brick kiln strike',
    ]);
    assert.deepEqual(deskTitles((await visitors.ada.get(`/admin?author=${people.carl.id}`)).body), [
      'Carl drafts on wages',
    ]);
    assert.deepEqual(
      deskTitles((await visitors.ada.get('/admin?status=review&country=nepal&q=garment')).body),
      ['Garment wages rise'],
    );
    assert.deepEqual(
      deskTitles((await visitors.ada.get('/admin?from=2020-01-15&to=2020-01-15')).body),
      ['Union wins its case'],
    );
    assert.deepEqual(deskTitles((await visitors.ada.get('/admin?to=2020-01-14')).body), []);
    assert.equal(deskTitles((await visitors.ada.get('/admin?from=2020-01-16')).body).length, 4);
    // Empty values are no filter, as a GET form sends them.
    const empty = await visitors.ada.get(
      '/admin?q=&type=&status=&country=&author=&from=&to=&page=',
    );
    assert.equal(countLine(empty.body), '5 items');
    // The status tabs keep the other filters.
    assert.match(
      (await visitors.ada.get('/admin?q=wages&country=nepal')).body,
      /<a href="\/admin\?q=wages&amp;status=review&amp;country=nepal">/,
    );
  });

  it('offers only the authors and countries there are to choose', async () => {
    const desk = await visitors.nima.get('/admin');
    assert.match(desk.body, /<option value="[0-9a-f-]+">Cora Writer<\/option>/);
    assert.doesNotMatch(desk.body, /Carl Writer/, 'Carl has nothing Nima may see');
    assert.match(desk.body, /<option value="cambodia">Cambodia<\/option>/);
  });

  it('refuses filters it cannot apply with 400 and a message naming them', async () => {
    const refused = [
      '/admin?status=lost',
      '/admin?type=poem',
      '/admin?country=atlantis',
      '/admin?country=Not%20a%20slug',
      '/admin?author=someone',
      '/admin?from=2020-13-01',
      '/admin?from=2021-02-30',
      '/admin?from=2021-02-03&to=2021-02-01',
      '/admin?page=0',
      '/admin?page=two',
      `/admin?q=${'x'.repeat(201)}`,
    ];
    for (const url of refused) {
      const response = await visitors.ada.get(url);
      assert.equal(response.statusCode, 400, url);
    }
    const badDates = await visitors.ada.get('/admin?from=2021-02-03&to=2021-02-01');
    assert.match(badDates.body, /must not be before the from date/);
    const unknownCountry = await visitors.ada.get('/admin?country=atlantis');
    assert.match(unknownCountry.body, /the country &quot;atlantis&quot; is not one of the site/);
  });

  it('counts matches and pages them, fifty a page', async () => {
    const { db } = database();
    for (let index = 0; index < 52; index++) {
      await createDraft(newsroom, people.carl, {
        title: `Batch draft ${index}`,
        html: '<p>Batch.</p>',
      });
    }
    const first = await visitors.carl.get('/admin?q=batch');
    assert.equal(countLine(first.body), '52 items, page 1 of 2');
    assert.equal(deskTitles(first.body).length, 50);
    assert.match(
      first.body,
      /<a href="\/admin\?q=batch&amp;page=2" aria-current="page"|<a href="\/admin\?q=batch&amp;page=2"[^>]*>2<\/a>/,
    );
    const second = await visitors.carl.get('/admin?q=batch&page=2');
    assert.equal(countLine(second.body), '52 items, page 2 of 2');
    assert.equal(deskTitles(second.body).length, 2);
    const beyond = await visitors.carl.get('/admin?q=batch&page=3');
    assert.equal(beyond.statusCode, 200);
    assert.match(beyond.body, /There is no page 3/);
    await db.deleteFrom('content_items').where('title', 'like', 'Batch draft %').execute();
  });

  it('approves the chosen items an editor may approve, and says why the others were refused', async () => {
    const { page: response } = await runBulk(visitors.nima, {
      action: 'approve',
      ids: [ids.wages ?? '', ids.kiln ?? '', ids.union ?? ''],
      back: '/admin?status=review',
    });
    const report = reportOf(response.body);
    assert.equal(report.summary, '1 approved; 2 refused.');
    assert.deepEqual(report.done, ['Garment wages rise']);
    assert.deepEqual(report.refused.sort(), [
      'An item you cannot see: There is no such item.',
      'Union wins its case: You cannot publish this item: it needs an editor of one of its countries.',
    ]);
    assert.match(response.body, /<a href="\/admin\?status=review">Back to the desk<\/a>/);
    const statuses = await database()
      .db.selectFrom('content_items')
      .select(['id', 'status'])
      .where('id', 'in', [ids.wages ?? '', ids.kiln ?? ''])
      .execute();
    const statusOf = (id: string | undefined) => statuses.find((row) => row.id === id)?.status;
    assert.equal(statusOf(ids.wages), 'published');
    assert.equal(statusOf(ids.kiln), 'review', 'the Cambodia item is untouched');
  });

  it('lets a contributor submit her own drafts in bulk, not anyone else’s', async () => {
    const { page: response } = await runBulk(visitors.cora, {
      action: 'submit',
      ids: [ids.notes ?? '', ids.carlDraft ?? ''],
      back: 'https://elsewhere.example/',
    });
    const report = reportOf(response.body);
    assert.equal(report.summary, '1 submitted for review; 1 refused.');
    assert.deepEqual(report.done, ['Notes: 100% done_now']);
    assert.match(response.body, /<a href="\/admin">Back to the desk<\/a>/, 'never a link away');
  });

  it('unpublishes in bulk for an administrator', async () => {
    const { page: response } = await runBulk(visitors.ada, {
      action: 'unpublish',
      ids: [ids.union ?? ''],
      back: '/admin',
    });
    assert.equal(reportOf(response.body).summary, '1 unpublished.');
  });

  it('shows the report again on reload without running the action again', async () => {
    const { db } = database();
    const statusOf = async (id: string | undefined) =>
      (
        await db
          .selectFrom('content_items')
          .select('status')
          .where('id', '=', id ?? '')
          .executeTakeFirstOrThrow()
      ).status;
    await approveItem(newsroom, people.ada, ids.union ?? '');
    const { reportPath, page } = await runBulk(visitors.ada, {
      action: 'unpublish',
      ids: [ids.union ?? ''],
      back: '/admin?status=published',
    });
    assert.equal(reportOf(page.body).summary, '1 unpublished.');
    assert.equal(await statusOf(ids.union), 'unpublished');
    // Published again since: a second run would unpublish it again, or be refused.
    await approveItem(newsroom, people.ada, ids.union ?? '');
    const reloaded = await visitors.ada.get(reportPath);
    assert.equal(reloaded.statusCode, 200);
    assert.deepEqual(reportOf(reloaded.body), reportOf(page.body));
    assert.match(reloaded.body, /<a href="\/admin\?status=published">Back to the desk<\/a>/);
    assert.equal(await statusOf(ids.union), 'published', 'the reload ran nothing');
  });

  it('shows a report only to the session it was made for, and only for a while', async () => {
    const { reportPath } = await runBulk(visitors.ada, {
      action: 'submit',
      ids: [ids.kiln ?? ''],
      back: '/admin',
    });
    // Another person, or the same person signed in elsewhere: another session's key.
    assert.equal((await visitors.nima.get(reportPath)).statusCode, 410);
    const again = await signedIn(app, database().db, 'ada@example.org');
    assert.equal((await again.get(reportPath)).statusCode, 410);
    const token = new URLSearchParams(reportPath.split('?')[1]).get('report') ?? '';
    const [payload, signature] = token.split('.');
    const altered = `${payload}x.${signature}`;
    assert.equal((await visitors.ada.get(`/admin/bulk?report=${altered}`)).statusCode, 410);
    assert.equal((await visitors.ada.get('/admin/bulk')).statusCode, 410);
    const secret = visitors.ada.cookie.split('=')[1] ?? '';
    const outcome = {
      action: 'submit' as const,
      done: [{ id: ids.kiln ?? '', title: null }],
      refused: [],
    };
    const now = Date.now();
    const fresh = sealBulkReport(secret, outcome, { back: '/admin', now });
    const stale = sealBulkReport(secret, outcome, {
      back: '/admin',
      now: now - BULK_REPORT_LIFETIME_MS - 1000,
    });
    assert.equal((await visitors.ada.get(`/admin/bulk?report=${fresh}`)).statusCode, 200);
    const expired = await visitors.ada.get(`/admin/bulk?report=${stale}`);
    assert.equal(expired.statusCode, 410);
    assert.match(expired.body, /no longer available/);
  });

  it('moves chosen items to the trash, off the desk, only where allowed', async () => {
    const { page: refused } = await runBulk(visitors.cora, {
      action: 'trash',
      ids: [ids.carlDraft ?? ''],
      back: '/admin',
    });
    assert.equal(reportOf(refused.body).summary, '0 moved to the trash; 1 refused.');
    assert.ok(deskTitles((await visitors.ada.get('/admin')).body).includes('Carl drafts on wages'));
    const { page: trashed } = await runBulk(visitors.ada, {
      action: 'trash',
      ids: [ids.carlDraft ?? ''],
      back: '/admin',
    });
    assert.equal(reportOf(trashed.body).summary, '1 moved to the trash.');
    assert.deepEqual(reportOf(trashed.body).done, ['Carl drafts on wages'], 'named in the trash');
    assert.ok(
      !deskTitles((await visitors.ada.get('/admin')).body).includes('Carl drafts on wages'),
    );
    assert.deepEqual(deskTitles((await visitors.ada.get('/admin?q=carl')).body), []);
  });

  it('refuses bulk forms it cannot run with 400, and forged ones with 403', async () => {
    const nothingChosen = await visitors.ada.post('/admin/bulk', { action: 'approve', back: '' });
    assert.equal(nothingChosen.statusCode, 400);
    assert.match(nothingChosen.body, /choose at least one item/);
    const badAction = await visitors.ada.post('/admin/bulk', {
      action: 'explode',
      ids: [ids.kiln ?? ''],
    });
    assert.equal(badAction.statusCode, 400);
    const noAction = await visitors.ada.post('/admin/bulk', { ids: [ids.kiln ?? ''] });
    assert.equal(noAction.statusCode, 400);
    const badId = await visitors.ada.post('/admin/bulk', { action: 'approve', ids: ['1 OR 1=1'] });
    assert.equal(badId.statusCode, 400);
    const forged = await app.inject({
      method: 'POST',
      url: '/admin/bulk',
      headers: { cookie: visitors.ada.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `action=approve&ids=${ids.kiln}`,
    });
    assert.equal(forged.statusCode, 403);
    const kiln = await database()
      .db.selectFrom('content_items')
      .select('status')
      .where('id', '=', ids.kiln ?? '')
      .executeTakeFirst();
    assert.equal(kiln?.status, 'review');
  });
});
