import { type Db, inTransaction } from '../db/connection.ts';
import { insertDemoRecords } from '../db/repositories/demo-record-repository.ts';
import type { ContentType, DemoRecordsTable } from '../db/schema.ts';
import type { Actor } from '../domain/auth/actor.ts';
import { type CreateContentInput, createContentItem } from '../domain/content/content-service.ts';
import { createLabel, listLabels } from '../domain/labels/label-service.ts';
import { uploadMedia } from '../domain/media/media-service.ts';
import { type MediaStoreChoice, mediaStoreOf } from '../domain/media/media-storage.ts';
import {
  createOrganization,
  setSteeringMember,
} from '../domain/organizations/organization-service.ts';
import { updateSiteSettings } from '../domain/settings/settings-service.ts';
import { createUser, getActorByEmail } from '../domain/users/user-service.ts';
import { demoAuthors } from './demo-authors.ts';
import { insertDemoComments } from './demo-comments.ts';
import { insertDemoSignatures } from './demo-signatures.ts';
import { demoCountries, demoThemes } from './demo-labels.ts';
import { demoOrganizations, demoSteeringCommittee } from './demo-organizations.ts';
import { makeSimplePdf } from './demo-pdf.ts';
import { drawDemoPictures, uploadDemoPicture } from './demo-picture-upload.ts';
import { demoSettings } from './demo-settings.ts';
import { demoStreamItems } from './demo-stream.ts';
import { demoTranslations } from './demo-translations.ts';
import type { DemoPublication } from './demo-types.ts';

function hoursAfter(instant: string | null | undefined, hours: number): string {
  return new Date(Date.parse(instant ?? '') + hours * 60 * 60 * 1000).toISOString();
}

/** True when the site has no labels yet: the sign of a database that was never filled. */
export async function isSiteEmpty(db: Db): Promise<boolean> {
  return (await listLabels(db)).length === 0;
}

/** Where the demo's uploads (pictures, the publication's PDFs) are stored: the site's store. */
export type DemoDependencies = MediaStoreChoice;

/** Generous: the demo's files are a few kilobytes each (pictures 6–25 KB). */
const DEMO_UPLOAD_LIMIT = 1024 * 1024;

/** Uploads one PDF per language and returns the publication's fields with the files' ids. */
async function uploadPublicationFiles(
  deps: DemoDependencies & { db: Db },
  uploader: Actor,
  publication: DemoPublication,
  stored: string[],
  records: DemoRecordsTable[],
): Promise<Record<string, unknown>> {
  const files = [];
  for (const file of publication.files) {
    const media = await uploadMedia(
      { db: deps.db, mediaStore: mediaStoreOf(deps), maxBytes: DEMO_UPLOAD_LIMIT },
      uploader,
      {
        bytes: makeSimplePdf({ title: file.title, lines: file.lines, language: file.language }),
        originalName: file.fileName,
        alt: file.title,
      },
    );
    stored.push(media.storedName);
    records.push({ entity: 'media', entity_id: media.id });
    files.push({ language: file.language, mediaId: media.id });
  }
  return { ...publication.fields, files };
}

/**
 * Fills an empty site with the network's spring-2021 content, through the same domain
 * functions an editor's changes go through: organisations, then posts, reports, events,
 * publications (with their files), stories and statements, most of them with a picture
 * (drawn, see demo-pictures.ts) uploaded to the media library as their featured image; then
 * six posts' versions in the network's other languages, linked to their originals. Returns the
 * number of items of the news stream created, translations included (organisations not counted).
 */
export async function loadDemoContent(database: Db, deps: DemoDependencies): Promise<number> {
  // Files cannot join the transaction: if it fails, the files written so far are removed.
  const storedFiles: string[] = [];
  // Drawn on libvips' threads while the first part of the load runs; awaited before the items.
  const drawing = drawDemoPictures(demoStreamItems);
  drawing.catch(() => undefined);
  try {
    // All or nothing: an interrupted load leaves the site empty, so the next start tries again.
    return await inTransaction(database, async (db) => {
      await updateSiteSettings(db, demoSettings);
      for (const [position, label] of [...demoCountries, ...demoThemes].entries()) {
        await createLabel(db, { ...label, position });
      }
      // Everything made here is noted, so that `inspir demo --remove` removes exactly it.
      const records: DemoRecordsTable[] = [];
      for (const organization of demoOrganizations) {
        const id = await createOrganization(db, {
          ...organization,
          publishedAt: '2021-01-01T00:00:00Z',
        });
        records.push({ entity: 'item', entity_id: id });
      }
      for (const member of demoSteeringCommittee) await setSteeringMember(db, member);

      const authorIds = new Map<string, string>();
      for (const author of demoAuthors) {
        const id = await createUser(db, { ...author, role: 'contributor' });
        authorIds.set(author.key, id);
        records.push({ entity: 'user', entity_id: id });
      }
      const uploader = await getActorByEmail(db, demoAuthors[0]?.email ?? '');
      if (!uploader) throw new Error('The demo authors were not created.');

      const pictures = await drawing;
      const originals = new Map<string, { id: string; create: CreateContentInput }>();
      // Oldest first, so creation order follows publication order.
      for (const item of [...demoStreamItems].reverse()) {
        const type: ContentType = 'type' in item ? item.type : 'post';
        const fields =
          'type' in item
            ? item.type === 'publication'
              ? await uploadPublicationFiles({ ...deps, db }, uploader, item, storedFiles, records)
              : item.fields
            : { organizations: item.organizations ?? [] };
        const drawn = pictures.get(item.slug);
        const featuredMediaId = drawn
          ? await uploadDemoPicture(
              { db, mediaStore: mediaStoreOf(deps), maxBytes: DEMO_UPLOAD_LIMIT },
              uploader,
              {
                slug: item.slug,
                drawn,
                stored: storedFiles,
                records,
              },
            )
          : null;
        const create: CreateContentInput = {
          type,
          title: item.title,
          slug: item.slug,
          excerpt: item.excerpt,
          html: item.html,
          status: 'published',
          publishedAt: item.publishedAt,
          authorId: authorIds.get(item.author) ?? null,
          labels: [
            ...item.countries.map((slug) => ({ kind: 'country' as const, slug })),
            ...item.themes.map((slug) => ({ kind: 'theme' as const, slug })),
          ],
          fields,
          featuredMediaId,
        };
        const id = await createContentItem(db, create);
        originals.set(item.slug, { id, create });
        records.push({ entity: 'item', entity_id: id });
      }
      for (const translation of demoTranslations) {
        const original = originals.get(translation.of);
        if (!original) throw new Error(`No demo post "${translation.of}" to translate.`);
        const id = await createContentItem(db, {
          ...original.create,
          title: translation.title,
          slug: translation.slug,
          excerpt: translation.excerpt,
          html: translation.html,
          locale: translation.locale,
          // Published the same day, a few hours after the original, as translations follow.
          publishedAt: hoursAfter(original.create.publishedAt, 6),
          translationGroup: original.id,
          translatedFromVersion: 1,
        });
        records.push({ entity: 'item', entity_id: id });
      }
      await insertDemoComments(db);
      await insertDemoSignatures(db);
      await insertDemoRecords(db, records);
      return demoStreamItems.length + demoTranslations.length;
    });
  } catch (error) {
    await mediaStoreOf(deps).remove(storedFiles);
    throw error;
  }
}
