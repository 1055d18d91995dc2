import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  signedIn,
  TEST_PASSWORD,
  type Visitor,
} from '../../../test/support/content-test-visitor.ts';
import { buildTestApp } from '../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { createUser } from '../../domain/users/user-service.ts';

/**
 * Inside the admin, a missing or forbidden page is the admin's own page, with its navigation,
 * for someone signed in; the public site's 404 is for readers.
 */
describeEachDatabase('error pages inside the admin', (database) => {
  let app: FastifyInstance;
  let contributor: Visitor;

  before(async () => {
    const { db } = database();
    await createUser(db, {
      email: 'cora@example.org',
      name: 'Cora',
      role: 'contributor',
      password: TEST_PASSWORD,
    });
    app = await buildTestApp(database());
    contributor = await signedIn(app, db, 'cora@example.org');
  });
  after(() => app.close());

  function assertAdminPage(body: string): void {
    assert.match(body, /<header class="admin-header">/);
    assert.match(body, /<nav aria-label="Admin">/);
    assert.doesNotMatch(body, /class="site-header"/);
  }

  it('shows a missing item as an admin page with the navigation', async () => {
    const response = await contributor.get(`/admin/items/${randomUUID()}`);
    assert.equal(response.statusCode, 404);
    assertAdminPage(response.body);
    assert.match(response.body, /Back to the desk/);
  });

  it('shows an unknown admin address as an admin page too', async () => {
    const response = await contributor.get('/admin/no-such-page');
    assert.equal(response.statusCode, 404);
    assertAdminPage(response.body);
  });

  it('shows a refusal as an admin page', async () => {
    const response = await contributor.get('/admin/users');
    assert.equal(response.statusCode, 403);
    assertAdminPage(response.body);
  });

  it('gives readers who are not signed in the public page', async () => {
    const response = await app.inject('/admin/no-such-page');
    assert.equal(response.statusCode, 404);
    assert.match(response.body, /class="site-header"/);
  });
});
