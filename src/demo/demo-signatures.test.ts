import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, it } from 'node:test';
import { makeTemporaryMediaDir } from '../../test/support/media-test-files.ts';
import { describeEachDatabase } from '../../test/support/test-databases.ts';
import { getPublicItem } from '../domain/content/public-content-service.ts';
import { getSignatureSection } from '../domain/signatures/signature-section.ts';
import { findSignatureTarget } from '../domain/signatures/signature-target.ts';
import { createUser, getActorByEmail } from '../domain/users/user-service.ts';
import { demoSignatures } from './demo-signatures.ts';
import { loadDemoContent } from './load-demo.ts';
import { removeDemoContent } from './remove-demo.ts';

describeEachDatabase(
  'the demo’s taking part: an event to register for, a charter to sign',
  (database) => {
    let mediaDir: string;
    before(async () => {
      mediaDir = await makeTemporaryMediaDir();
      await loadDemoContent(database().db, { mediaDir });
    });
    after(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

    it('has an upcoming online event taking registrations, its joining link kept from readers', async () => {
      const event = await getPublicItem(database().db, {
        type: 'event',
        slug: 'home-based-workers-online-assembly',
      });
      assert.ok(Date.parse(event.startsAt ?? '') > Date.now() + 7 * 24 * 60 * 60 * 1000);
      assert.equal(event.fields.registrationOpen, true);
      assert.equal(event.fields.capacity, 100);
      assert.equal((event.fields.registrationQuestions as string[]).length, 2);
      assert.ok(!('joiningUrl' in event.fields), 'readers’ fields have no joining link');
      const stored = await database()
        .db.selectFrom('content_items')
        .select('fields')
        .where('id', '=', event.id)
        .executeTakeFirstOrThrow();
      assert.match(stored.fields, /"joiningUrl":"https:\/\/meet\.example\.org\//);
    });

    it('has an open call to action with approved, held and unlisted signatures', async () => {
      const { db } = database();
      const now = new Date();
      const target = await findSignatureTarget(db, 'home-based-workers-charter', now);
      assert.ok(target);
      assert.equal(target.fields.signingOpen, true);
      assert.equal(target.fields.signUrl, null);
      const section = await getSignatureSection(
        db,
        { id: target.id, fields: target.fields, endsAt: target.closesAt },
        now,
      );
      assert.equal(section.open, true);
      // Two organisations approved (a third held), three individuals counted, two named.
      assert.deepEqual(section.counts, { organizations: 2, individuals: 3 });
      assert.deepEqual(
        section.organizations.map((signature) => signature.organization),
        ['Self Employed Women’s Association (SEWA)', 'PATAMABA'],
      );
      assert.deepEqual(
        section.individuals.map((signature) => signature.name),
        ['Sarita Shrestha', 'Dewi Lestari'],
      );
      const held = await db
        .selectFrom('signatures')
        .select('organization')
        .where('status', '=', 'held')
        .execute();
      assert.deepEqual(held, [{ organization: 'National Garment Workers Federation (NGWF)' }]);
    });

    it('leaves with the demo’s items', async () => {
      const { db } = database();
      assert.equal(
        (await db.selectFrom('signatures').select('id').execute()).length,
        demoSignatures.length,
      );
      await createUser(db, { email: 'admin@example.org', name: 'Admin', role: 'administrator' });
      const actor = await getActorByEmail(db, 'admin@example.org');
      assert.ok(actor);
      await removeDemoContent({ db, mediaDir }, actor);
      assert.deepEqual(await db.selectFrom('signatures').select('id').execute(), []);
    });
  },
);
