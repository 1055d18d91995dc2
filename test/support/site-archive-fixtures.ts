/**
 * A small but complete site for export and restore tests (imported by tests only): every
 * exported table holds rows, and the transient ones too, to prove they are left out.
 */
import { type MediaStore, mediaStoreOf } from '../../src/domain/media/media-storage.ts';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { createPublishedPost, createTestLabels } from './content-fixtures.ts';
import { createEvent } from './event-fixtures.ts';
import { createItemInStatus, newsroomFor } from './newsroom-fixtures.ts';
import type { Db } from '../../src/db/connection.ts';
import { createApiToken } from '../../src/domain/auth/api-token-service.ts';
import { makeImage, MINIMAL_PDF } from './media-test-files.ts';
import { uploadMedia } from '../../src/domain/media/media-service.ts';
import { createOrganization } from '../../src/domain/organizations/organization-service.ts';
import { createUser, getActorByEmail } from '../../src/domain/users/user-service.ts';

export const POST_SLUG = 'social-protection-for-home-based-workers-in-nepal';
export const POST_PUBLISHED_AT = '2021-03-08T06:30:00.000Z';
/** A word only the post uses, to find it by search after a restore. */
export const POST_SEARCH_WORD = 'bidi';

export interface SiteFixture {
  postId: string;
  mediaFiles: string[];
}

/**
 * Fills `db` (and `media`) with a site: labels, two people with passwords, an upload with
 * its variants and a PDF, a post, an event, an organisation, an item with revisions, a token,
 * a comment and its reply, an imported item's source and old address, and a session.
 */
/** `media`: a local folder, or any store (the S3 tests give the bucket). */
export async function buildSiteFixture(db: Db, media: string | MediaStore): Promise<SiteFixture> {
  await createTestLabels(db);
  await createUser(db, {
    email: 'sabina@gefont.example',
    name: 'Sabina Rai',
    role: 'administrator',
    password: 'rice fields in the terai',
  });
  await createUser(db, {
    email: 'dev@nidan.example',
    name: 'Dev Sharma',
    role: 'editor',
    countries: ['india'],
    password: 'pensions for street vendors',
  });
  const admin = await getActorByEmail(db, 'sabina@gefont.example');
  if (!admin) throw new Error('The fixture administrator was not created.');
  const store = typeof media === 'string' ? { mediaDir: media } : { mediaStore: media };
  const deps = { db, ...store, maxBytes: 5 * 1024 * 1024 };
  const photo = await uploadMedia(deps, admin, {
    bytes: await makeImage('jpeg', 1200, 800),
    originalName: 'home-based-workers-meeting.jpg',
    alt: 'Home-based workers meeting in Lalitpur',
  });
  await uploadMedia(deps, admin, { bytes: MINIMAL_PDF, originalName: 'contribution-rates.pdf' });

  const postId = await createPublishedPost(db, POST_PUBLISHED_AT, {
    title: 'Social protection for home-based workers in Nepal',
    slug: POST_SLUG,
    html:
      `<p>Women rolling ${POST_SEARCH_WORD} cigarettes at home in Nepal now register for ` +
      'the contribution-based social security scheme through their union.</p>',
    labels: [
      { kind: 'country', slug: 'nepal' },
      { kind: 'theme', slug: 'social-security' },
    ],
    featuredMediaId: photo.id,
    authorId: admin.id,
  });
  await createEvent(db, {
    title: 'Webinar: maternity benefits for garment workers in Cambodia',
    startsAt: '2021-05-12T09:00',
    endsAt: '2021-05-12T10:30',
    timeZone: 'Asia/Phnom_Penh',
  });
  await createOrganization(db, {
    acronym: 'NIDAN',
    name: 'NIDAN, street vendors’ organisation of India',
    kind: 'ngo',
    relationship: 'partner',
    country: 'india',
  });
  await createItemInStatus(newsroomFor(db), {
    author: admin,
    decider: admin,
    status: 'published',
    input: {
      title: 'Health insurance for migrant workers in the Philippines',
      html: '<p>PhilHealth cover for workers returning from abroad.</p>',
    },
  });
  // An expiring token, so that the round trip carries a token's expiry too.
  await createApiToken(db, admin, { name: 'Newsletter sync', expiresInDays: 30 });

  // A reply whose id sorts before its parent's: restoring in key order must still work.
  await db
    .insertInto('comments')
    .values([
      {
        id: 'ffffffff-0000-4000-8000-000000000001',
        content_id: postId,
        parent_id: null,
        author_name: 'Mina',
        author_email: 'mina@example.org',
        author_url: null,
        body_html: '<p>Our cooperative in Bhaktapur registered forty members.</p>',
        status: 'approved',
        created_at: '2021-03-09T10:00:00.000Z',
      },
      {
        id: '00000000-0000-4000-8000-000000000002',
        content_id: postId,
        parent_id: 'ffffffff-0000-4000-8000-000000000001',
        author_name: 'Ramesh',
        author_email: null,
        author_url: 'https://example.org/ramesh',
        body_html: '<p>How long did the registration take?</p>',
        status: 'pending',
        created_at: '2021-03-10T08:00:00.000Z',
      },
    ])
    .execute();
  await db
    .insertInto('import_sources')
    .values({
      source: 'wordpress:https://old.example.org',
      entity: 'item',
      source_id: '123',
      entity_id: postId,
      imported_at: '2024-01-02T03:04:05.000Z',
    })
    .execute();
  await db.insertInto('legacy_paths').values({ path: '/?p=123', content_id: postId }).execute();
  await db
    .insertInto('media_references')
    .values({ content_id: postId, url: 'https://old.example.org/photo.jpg', media_id: photo.id })
    .execute();
  await db
    .insertInto('sessions')
    .values({
      id_hash: 'a'.repeat(64),
      user_id: admin.id,
      created_at: '2024-01-01T00:00:00.000Z',
      expires_at: '2999-01-01T00:00:00.000Z',
    })
    .execute();
  await addDialogueRows(db, { postId, adminId: admin.id });
  return { postId, mediaFiles: [...(await mediaStoreOf(store).list()).keys()].sort() };
}

/**
 * Issue 19's rows: a subscriber following a country, a newsletter, an announced item, a
 * suppressed address, a comment with its later columns; and the left-out mail queue and
 * site secret, to prove they stay out.
 */
async function addDialogueRows(db: Db, ids: { postId: string; adminId: string }): Promise<void> {
  const nepal = await db
    .selectFrom('labels')
    .select('id')
    .where('slug', '=', 'nepal')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('subscribers')
    .values({
      id: '5b0c0000-0000-4000-8000-000000000001',
      email: 'asha@example.org',
      status: 'confirmed',
      frequency: 'weekly',
      language: 'ne',
      created_at: '2024-02-01T00:00:00.000Z',
      confirmed_at: '2024-02-01T00:05:00.000Z',
      unsubscribed_at: null,
      consent_text: 'Send me news from the network.',
      consent_at: '2024-02-01T00:00:00.000Z',
      consent_source: 'form',
      last_digest_at: null,
    })
    .execute();
  await db
    .insertInto('subscriber_segments')
    .values({
      subscriber_id: '5b0c0000-0000-4000-8000-000000000001',
      kind: 'country',
      value: nepal.id,
    })
    .execute();
  await db
    .insertInto('newsletters')
    .values({
      id: '4e000000-0000-4000-8000-000000000001',
      slug: 'march-2024',
      subject: 'News from the network, March 2024',
      body_html: '<p>Home-based workers register for social security.</p>',
      item_id: ids.postId,
      language: 'en',
      segments: '{"countries":[],"themes":[],"languages":[]}',
      status: 'sent',
      scheduled_at: null,
      queued_at: '2024-03-01T00:00:00.000Z',
      recipients: 1,
      created_by: ids.adminId,
      created_at: '2024-02-28T00:00:00.000Z',
      updated_at: '2024-03-01T00:00:00.000Z',
    })
    .execute();
  await db
    .insertInto('item_announcements')
    .values({ item_id: ids.postId, queued_at: '2021-03-08T06:31:00.000Z', recipients: 1 })
    .execute();
  await db
    .insertInto('mail_suppressions')
    .values({
      email: 'gone@example.org',
      reason: '550 no such user',
      created_at: '2024-03-02T00:00:00.000Z',
    })
    .execute();
  await db
    .insertInto('comments')
    .values({
      id: '7c000000-0000-4000-8000-000000000003',
      content_id: ids.postId,
      parent_id: null,
      author_name: 'Asha',
      author_email: 'asha@example.org',
      author_url: null,
      body_html: '<p>Which documents did members need?</p>',
      status: 'unconfirmed',
      created_at: '2024-03-03T00:00:00.000Z',
      body_text: 'Which documents did members need?',
      fingerprint: 'f'.repeat(64),
      moderated_at: null,
      moderated_by: null,
      confirm_token_hash: 'c'.repeat(64),
      confirmed_at: null,
    })
    .execute();
  await db.updateTable('users').set({ notify_comments: 0 }).where('id', '=', ids.adminId).execute();
  await db
    .updateTable('content_items')
    .set({ comments_mode: 'closed' })
    .where('id', '=', ids.postId)
    .execute();
  await db
    .insertInto('site_secrets')
    .values({ name: 'subscriber-links', value: 's'.repeat(64) })
    .execute();
  await db
    .insertInto('mail_queue')
    .values({
      id: '3a000000-0000-4000-8000-000000000001',
      kind: 'newsletter',
      recipient: 'asha@example.org',
      subject: null,
      body_text: null,
      status: 'queued',
      attempts: 0,
      last_error: null,
      created_at: '2024-03-01T00:00:00.000Z',
      next_attempt_at: '2024-03-01T00:00:00.000Z',
      claim_id: null,
      claimed_until: null,
      finished_at: null,
      ref_id: '4e000000-0000-4000-8000-000000000001',
    })
    .execute();
}

/** A fresh private folder, for archives and unpacked archives. */
export async function scratchFolder(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'inspir-archive-'));
}

/** Unpacks an archive into a new folder and returns the folder. */
export async function unpack(file: string): Promise<string> {
  const folder = await scratchFolder();
  await tar.extract({ file, cwd: folder });
  return folder;
}

/** Packs a folder (as `unpack` left it, maybe changed) into an archive, manifest first. */
export async function repack(folder: string, file: string): Promise<void> {
  const names = (await fs.readdir(folder)).sort((a, b) =>
    a === 'manifest.json' ? -1 : b === 'manifest.json' ? 1 : a.localeCompare(b),
  );
  await tar.create({ file, cwd: folder, gzip: true }, names);
}

/** Each file under `folder` with its bytes, by relative path. */
export async function filesUnder(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const names = (await fs.readdir(folder, { recursive: true })) as string[];
  for (const name of names.sort()) {
    const full = path.join(folder, name);
    if ((await fs.stat(full)).isFile()) files.set(name, await fs.readFile(full));
  }
  return files;
}
