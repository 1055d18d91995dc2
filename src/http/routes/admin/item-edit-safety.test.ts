import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createNewsroomLabels } from '../../../../test/support/newsroom-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  type FormValue,
  TEST_PASSWORD,
  type Visitor,
  itemIdFrom,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import { createUser } from '../../../domain/users/user-service.ts';

/** The item form of an edit page, as the browser would send it back (text fields only). */
function formOf(
  html: string,
  overrides: Record<string, FormValue> = {},
): Record<string, FormValue> {
  const value = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';
  const text = (name: string) =>
    new RegExp(`name="${name}"[^>]*>([^<]*)</textarea>`).exec(html)?.[1]?.replaceAll('&lt;', '<') ??
    '';
  return {
    version: value('version'),
    title: value('title'),
    slug: value('slug'),
    excerpt: text('excerpt'),
    html: text('html'),
    labels: [...html.matchAll(/name="labels" value="([^"]+)" checked/g)].map((m) => m[1] ?? ''),
    featuredMediaId: '',
    publishedAt: value('publishedAt'),
    ...overrides,
  };
}

describeEachDatabase('admin edit page: work is never lost', (database) => {
  let app: FastifyInstance;
  let contributor: Visitor;
  let editor: Visitor;

  before(async () => {
    const { db } = database();
    await createNewsroomLabels(db);
    await createUser(db, {
      email: 'cora@example.org',
      name: 'Cora',
      role: 'contributor',
      countries: [],
      password: TEST_PASSWORD,
    });
    await createUser(db, {
      email: 'nima@example.org',
      name: 'Nima',
      role: 'editor',
      countries: ['nepal'],
      password: TEST_PASSWORD,
    });
    app = await buildTestApp(database());
    contributor = await signedIn(app, db, 'cora@example.org');
    editor = await signedIn(app, db, 'nima@example.org');
  });
  after(() => app.close());

  async function draft(title: string): Promise<string> {
    const created = await contributor.post('/admin/items', {
      title,
      labels: ['country:nepal'],
      html: '<p>First words.</p>',
    });
    assert.equal(created.statusCode, 303, created.body);
    return itemIdFrom(created.headers.location);
  }

  it('saves the form with a workflow button: submit carries the unsaved edit', async () => {
    const id = await draft('Submitted with an edit');
    const page = await contributor.get(`/admin/items/${id}`);
    const sent = await contributor.post(
      `/admin/items/${id}/submit`,
      formOf(page.body, { html: '<p>Typed, never saved.</p>' }),
    );
    assert.equal(sent.statusCode, 303, sent.body);
    const after = await editor.get(`/admin/items/${id}`);
    assert.match(after.body, /Status: <strong>In review<\/strong>/);
    assert.match(after.body, /Typed, never saved\./);
  });

  it('approves and publishes the edit made in the same form', async () => {
    const id = await draft('Approved with an edit');
    await contributor.post(`/admin/items/${id}/submit`, {});
    const page = await editor.get(`/admin/items/${id}`);
    const approved = await editor.post(
      `/admin/items/${id}/approve`,
      formOf(page.body, { html: '<p>The editor’s last fix.</p>' }),
    );
    assert.equal(approved.statusCode, 303, approved.body);
    assert.match(String(approved.headers.location), /notice=published/);
    const published = await editor.get(`/admin/items/${id}`);
    assert.match(published.body, /Status: <strong>Published<\/strong>/);
    assert.match(published.body, /The editor’s last fix\./);
  });

  it('refuses a step without saving anything, showing what was typed under a focused summary', async () => {
    const id = await draft('Sent back without a note');
    await contributor.post(`/admin/items/${id}/submit`, {});
    const page = await editor.get(`/admin/items/${id}`);
    const refused = await editor.post(
      `/admin/items/${id}/send-back`,
      formOf(page.body, { title: 'A typed title', note: '' }),
    );
    assert.equal(refused.statusCode, 422, refused.body);
    // The summary comes first in the page, with its heading and a link to the note.
    const main = refused.body.slice(refused.body.indexOf('<main'));
    assert.match(main, /^<main[^>]*><h1>[^<]*<\/h1><div id="error-summary"[^>]*tabindex="-1"/);
    assert.match(main, /There is a problem/);
    assert.match(main, /<a href="#item-note">/);
    assert.match(refused.body, /<script src="\/assets\/admin-error-summary\.[0-9a-f]+\.js" defer>/);
    assert.match(refused.body, /name="title" value="A typed title"/);
    const stored = await editor.get(`/admin/items/${id}`);
    assert.match(stored.body, /Status: <strong>In review<\/strong>/);
    assert.match(stored.body, /name="title" value="Sent back without a note"/);
  });

  it('refuses a save made from an older version, showing theirs in the form and ours beside it', async () => {
    const id = await draft('Two sessions');
    const opened = await contributor.get(`/admin/items/${id}`);
    const first = await contributor.post(
      `/admin/items/${id}`,
      formOf(opened.body, { html: '<p>The first session’s text.</p>' }),
    );
    assert.equal(first.statusCode, 303, first.body);
    const second = await contributor.post(
      `/admin/items/${id}`,
      formOf(opened.body, { html: '<p>The second session’s text.</p>' }),
    );
    assert.equal(second.statusCode, 409, second.body);
    assert.match(second.body, /Someone else saved this item while you were editing it/);
    // The form holds the stored text (and its version); the refused text is shown beside it.
    assert.match(second.body, /name="html"[^>]*>&lt;p>The first session’s text\./);
    assert.match(second.body, /id="your-body"[^>]*>&lt;p>The second session’s text\./);
    assert.match(second.body, /name="revision" value="\d+"/);
    const stored = await contributor.get(`/admin/items/${id}`);
    assert.match(stored.body, /The first session’s text\./);
    assert.match(stored.body, /Not saved: someone else saved version/);
  });

  it('autosaves a draft, checked against its version, answering JSON', async () => {
    const id = await draft('Autosaved');
    const page = await contributor.get(`/admin/items/${id}`);
    const form = formOf(page.body, { html: '<p>Saved by itself.</p>' });
    const saved = await contributor.post(`/admin/items/${id}/autosave`, form);
    assert.equal(saved.statusCode, 200, saved.body);
    const answer = saved.json<{ version: number; is_applied: boolean }>();
    assert.equal(answer.version, Number(form.version) + 1);
    assert.equal(answer.is_applied, true);
    assert.match((await contributor.get(`/admin/items/${id}`)).body, /Saved by itself\./);
    // The same form again is now stale: refused, and the text kept as a revision.
    const stale = await contributor.post(`/admin/items/${id}/autosave`, {
      ...form,
      html: '<p>Stale.</p>',
    });
    assert.equal(stale.statusCode, 409, stale.body);
    const error = stale.json<{ error: { code: string; kept_revision: number } }>().error;
    assert.equal(error.code, 'edit_conflict');
    assert.ok(error.kept_revision > 1);
  });

  it('refuses an autosave without the CSRF token', async () => {
    const id = await draft('Forged');
    const forged = await app.inject({
      method: 'POST',
      url: `/admin/items/${id}/autosave`,
      headers: { cookie: contributor.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'title=Forged&html=x',
    });
    assert.equal(forged.statusCode, 403);
  });
});
