import type { Db } from '../../src/db/connection.ts';
import {
  type CreateContentInput,
  createContentItem,
} from '../../src/domain/content/content-service.ts';
import { createLabel } from '../../src/domain/labels/label-service.ts';

export const FAR_FUTURE = '2999-01-01T00:00:00.000Z';

/** Two countries and two themes, enough for label pages and filters. */
export async function createTestLabels(db: Db): Promise<void> {
  await createLabel(db, {
    kind: 'country',
    slug: 'nepal',
    name: 'Nepal',
    description: 'Nepal posts',
    position: 0,
  });
  await createLabel(db, {
    kind: 'country',
    slug: 'india',
    name: 'India',
    description: 'India posts',
    position: 1,
  });
  await createLabel(db, {
    kind: 'theme',
    slug: 'youth',
    name: 'Youth',
    description: 'Young workers',
    position: 2,
  });
  await createLabel(db, {
    kind: 'theme',
    slug: 'social-security',
    name: 'Social security',
    position: 3,
  });
}

/** A published post dated `publishedAt`; other fields may be overridden. */
export async function createPublishedPost(
  db: Db,
  publishedAt: string,
  overrides: Partial<CreateContentInput> = {},
): Promise<string> {
  return createContentItem(db, {
    title: `Post of ${publishedAt}`,
    html: `<p>Body written on ${publishedAt}.</p>`,
    status: 'published',
    publishedAt,
    ...overrides,
  });
}
