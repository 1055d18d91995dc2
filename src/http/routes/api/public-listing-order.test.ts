import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createOrganization } from '../../../domain/organizations/organization-service.ts';

/** The same instant for every organisation: only the tie-breaker can order them. */
const SAME_DATE = '2021-03-01T00:00:00.000Z';

describeEachDatabase('public listings of items that share a date', (database) => {
  let app: FastifyInstance;
  /** Slugs in the one order both engines must give: newest first, then by id, descending. */
  let expected: string[];

  before(async () => {
    const { db } = database();
    const names = [
      ['Kiln Workers Union', 'KWU'],
      ['Asia Social Protection Network', 'ASPN'],
      ['Domestic Workers Fund', 'DWF'],
      ['Home-Based Workers Alliance', 'HBWA'],
      ['Garment Workers Federation', 'GWF'],
      ['Fisherfolk Cooperative', 'FC'],
    ] as const;
    const created: { id: string; slug: string }[] = [];
    for (const [name, acronym] of names) {
      const id = await createOrganization(db, {
        name,
        acronym,
        kind: 'ngo',
        relationship: 'partner',
        country: null,
        publishedAt: SAME_DATE,
      });
      const row = await db
        .selectFrom('content_items')
        .select('slug')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      created.push({ id, slug: row.slug });
    }
    expected = created
      .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .map((organization) => organization.slug);
    app = await buildTestApp(database());
  });

  after(async () => {
    await app?.close();
  });

  it('lists them in the API newest first, ties broken by id', async () => {
    const response = await app.inject('/api/v1/organizations');
    assert.equal(response.statusCode, 200, response.body);
    const { items } = response.json<{ items: { slug: string }[] }>();
    assert.deepEqual(
      items.map((item) => item.slug),
      expected,
    );
  });

  it('lists them in the sitemap in the same order', async () => {
    const response = await app.inject('/sitemap.xml');
    assert.equal(response.statusCode, 200);
    const slugs = [...response.body.matchAll(/<loc>[^<]*\/organizations\/([^<]+)<\/loc>/g)].map(
      (match) => match[1],
    );
    assert.deepEqual(slugs, expected);
  });
});
