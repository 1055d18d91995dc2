import assert from 'node:assert/strict';
import { it } from 'node:test';
import { filesIn, makeTemporaryMediaDir } from '../../test/support/media-test-files.ts';
import { describeEachDatabase } from '../../test/support/test-databases.ts';
import { selectItemById } from '../db/repositories/content-repository.ts';
import { createContentItem } from '../domain/content/content-service.ts';
import { createUser, getActorByEmail } from '../domain/users/user-service.ts';
import { demoAuthors } from './demo-authors.ts';
import { loadDemoContent } from './load-demo.ts';
import { removeDemoContent } from './remove-demo.ts';

describeEachDatabase('removing the demo content', (database) => {
  it('removes exactly what the demo loaded and keeps a newsroom’s own items', async () => {
    const { db } = database();
    const mediaDir = await makeTemporaryMediaDir();
    await loadDemoContent(db, { mediaDir });
    assert.ok((await filesIn(mediaDir)).length > 0);

    // The newsroom's own work: one by its own editor, one by an account the demo made.
    const editorId = await createUser(db, {
      email: 'own.editor@example.org',
      name: 'Own Editor',
      role: 'administrator',
    });
    const ownItem = await createContentItem(db, {
      title: 'Our first real story',
      html: '<p>Ours.</p>',
      status: 'published',
      authorId: editorId,
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    const keptAuthor = await getActorByEmail(db, demoAuthors[0]?.email ?? '');
    assert.ok(keptAuthor);
    const byDemoAuthor = await createContentItem(db, {
      title: 'Written with a demo account',
      html: '<p>Also ours.</p>',
      authorId: keptAuthor.id,
    });
    const actor = await getActorByEmail(db, 'own.editor@example.org');
    assert.ok(actor);

    const removed = await removeDemoContent({ db, mediaDir }, actor);
    assert.ok(removed.items > 10);
    // The publication's four PDFs and every drawn picture, with their WebP variants.
    assert.ok(removed.media > 20, `${removed.media} uploads removed`);
    assert.deepEqual(await db.selectFrom('media').select('id').execute(), []);
    assert.equal(removed.users, demoAuthors.length - 1);

    const remaining = await db.selectFrom('content_items').select('id').execute();
    assert.deepEqual(remaining.map((row) => row.id).sort(), [ownItem, byDemoAuthor].sort());
    assert.ok(await selectItemById(db, ownItem));
    assert.deepEqual(await filesIn(mediaDir), []);
    assert.ok(await getActorByEmail(db, keptAuthor.email));
    assert.equal(await getActorByEmail(db, demoAuthors[1]?.email ?? ''), undefined);
    // Run again, it finds nothing left to remove.
    assert.deepEqual(await removeDemoContent({ db, mediaDir }, actor), {
      items: 0,
      media: 0,
      users: 0,
    });
  });
});
