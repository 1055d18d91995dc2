import type { Db } from '../connection.ts';
import { type ContentRow, isPublicAt } from './content-visibility.ts';
import { isLanguageRepresentative } from './language-representative.ts';
import type { ContentOrganizationsTable } from '../schema.ts';

export type OrganizationLink = Omit<ContentOrganizationsTable, 'content_id'>;

/** Replaces the organisations an item names. Call inside the item's save transaction. */
export async function replaceOrganizationLinks(
  db: Db,
  contentId: string,
  links: OrganizationLink[],
): Promise<void> {
  await db.deleteFrom('content_organizations').where('content_id', '=', contentId).execute();
  if (links.length === 0) return;
  await db
    .insertInto('content_organizations')
    .values(links.map((link) => ({ ...link, content_id: contentId })))
    .execute();
}

export interface OrganizationRefRow {
  id: string;
  slug: string;
  title: string;
  fields: string;
}

/** Organisation items by slug or id, whatever their status (drafts can be named too). */
export async function selectOrganizationsByRefs(
  db: Db,
  refs: { slugs: string[]; ids: string[] },
): Promise<OrganizationRefRow[]> {
  if (refs.slugs.length === 0 && refs.ids.length === 0) return [];
  return db
    .selectFrom('content_items')
    .select(['id', 'slug', 'title', 'fields'])
    .where('type', '=', 'organization')
    .where((eb) => {
      const matches = [];
      if (refs.slugs.length > 0) matches.push(eb('slug', 'in', refs.slugs));
      if (refs.ids.length > 0) matches.push(eb('id', 'in', refs.ids));
      return eb.or(matches);
    })
    .execute();
}

export interface OrganizationMentionRow {
  content_id: string;
  organization_id: string;
  role: string;
  slug: string;
  title: string;
  fields: string;
}

/** The public organisations the given items name, by role and position. */
export async function selectPublicOrganizationMentions(
  db: Db,
  options: { itemIds: string[]; now: string },
): Promise<OrganizationMentionRow[]> {
  if (options.itemIds.length === 0) return [];
  return db
    .selectFrom('content_organizations')
    .innerJoin('content_items', 'content_items.id', 'content_organizations.organization_id')
    .select([
      'content_organizations.content_id',
      'content_organizations.organization_id',
      'content_organizations.role',
      'content_items.slug',
      'content_items.title',
      'content_items.fields',
    ])
    .where('content_organizations.content_id', 'in', options.itemIds)
    .where(isPublicAt(options.now))
    .orderBy('content_organizations.role')
    .orderBy('content_organizations.position')
    .execute();
}

/** A public item naming an organisation, with the role it names it in. */
export type NamingItemRow = ContentRow & { role: string };

/**
 * The public items that name the organisation with this slug, or a version of it in another
 * language (items name the one they were written with), newest first: one row per role an
 * item names it in, at most `limit` rows. With `language`, each translation group of the
 * naming items once (see isLanguageRepresentative).
 */
export async function selectPublicItemsNaming(
  db: Db,
  options: { organizationSlug: string; now: string; limit: number; language?: string },
): Promise<NamingItemRow[]> {
  const { language } = options;
  let query = db
    .selectFrom('content_organizations')
    .innerJoin(
      'content_items as organization',
      'organization.id',
      'content_organizations.organization_id',
    )
    .innerJoin('content_items', 'content_items.id', 'content_organizations.content_id')
    .leftJoin('users', 'users.id', 'content_items.author_id')
    .selectAll('content_items')
    .select(['users.name as author_name', 'content_organizations.role'])
    .where('organization.translation_group', '=', (eb) =>
      eb
        .selectFrom('content_items as named')
        .select('named.translation_group')
        .where('named.type', '=', 'organization')
        .where('named.slug', '=', options.organizationSlug),
    )
    .where(isPublicAt(options.now));
  if (language) query = query.where(isLanguageRepresentative(language, options.now));
  return query
    .orderBy('content_items.published_at', 'desc')
    .orderBy('content_items.id', 'desc')
    .orderBy('content_organizations.role')
    .limit(options.limit)
    .execute();
}

/** The organisations the given items name (any status), for the words the search index keeps. */
export async function selectNamedOrganizationsOfItems(
  db: Db,
  itemIds: string[],
): Promise<{ content_id: string; title: string; fields: string }[]> {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('content_organizations')
    .innerJoin('content_items', 'content_items.id', 'content_organizations.organization_id')
    .select(['content_organizations.content_id', 'content_items.title', 'content_items.fields'])
    .where('content_organizations.content_id', 'in', itemIds)
    .orderBy('content_organizations.position')
    .execute();
}
