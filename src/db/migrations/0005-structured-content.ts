import { type Kysely, sql } from 'kysely';

// Frozen once merged. Structured content: every type keeps its own fields as one JSON document
// beside the common columns (validated by the type's schema in src/domain/content-types/),
// events get their start and end as UTC instants to sort by, and organisations become content
// items like the rest, so they go through the same workflow and pages.

const ORGANIZATION_KINDS: Record<string, { kind: string; relationship: string }> = {
  member: { kind: 'ngo', relationship: 'member' },
  partner: { kind: 'ngo', relationship: 'partner' },
  donor: { kind: 'donor', relationship: 'other' },
  network: { kind: 'network', relationship: 'other' },
};

function slugOfAcronym(acronym: string): string {
  return acronym
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface LegacyOrganization {
  id: string;
  acronym: string;
  name: string;
  kind: string;
  country_label_id: string | null;
  description: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the app's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('content_items')
    .addColumn('fields', 'text', (col) => col.notNull().defaultTo('{}'))
    .execute();
  await db.schema.alterTable('content_items').addColumn('starts_at', 'varchar(30)').execute();
  await db.schema.alterTable('content_items').addColumn('ends_at', 'varchar(30)').execute();
  await db.schema
    .alterTable('revisions')
    .addColumn('fields', 'text', (col) => col.notNull().defaultTo('{}'))
    .execute();
  await db.schema
    .createIndex('content_items_type_start_index')
    .on('content_items')
    .columns(['type', 'starts_at'])
    .execute();
  // Every cached request asks for the next end to come (an event's, a call's): see
  // site-state-repository.ts. Without this index that is a scan of every item.
  await db.schema
    .createIndex('content_items_end_index')
    .on('content_items')
    .column('ends_at')
    .execute();

  // Which organisations an item names, and as what (partner, donor, signatory …). Derived from
  // the item's fields on every save, so an organisation's page can find what names it.
  await db.schema
    .createTable('content_organizations')
    .addColumn('content_id', 'varchar(36)', (col) =>
      col.notNull().references('content_items.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'varchar(36)', (col) =>
      col.notNull().references('content_items.id').onDelete('cascade'),
    )
    .addColumn('role', 'varchar(30)', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('content_organizations_pk', ['content_id', 'organization_id', 'role'])
    .execute();
  await db.schema
    .createIndex('content_organizations_organization_index')
    .on('content_organizations')
    .columns(['organization_id', 'content_id'])
    .execute();

  const now = new Date().toISOString();
  const legacy = (await db
    .selectFrom('organizations')
    .selectAll()
    .execute()) as LegacyOrganization[];
  for (const organization of legacy) {
    const mapped = ORGANIZATION_KINDS[organization.kind] ?? { kind: 'ngo', relationship: 'member' };
    await db
      .insertInto('content_items')
      .values({
        id: organization.id,
        type: 'organization',
        title: organization.name,
        slug: slugOfAcronym(organization.acronym) || organization.id,
        excerpt: organization.description.slice(0, 200),
        body_html: organization.description ? `<p>${escapeText(organization.description)}</p>` : '',
        status: 'published',
        published_at: now,
        author_id: null,
        locale: 'en',
        translation_group: organization.id,
        featured_image_url: null,
        featured_image_alt: null,
        featured_media_id: null,
        review_note: null,
        created_at: now,
        updated_at: now,
        fields: JSON.stringify({ acronym: organization.acronym, website: null, ...mapped }),
      })
      .execute();
    if (organization.country_label_id) {
      await db
        .insertInto('content_labels')
        .values({ content_id: organization.id, label_id: organization.country_label_id })
        .execute();
    }
  }

  // The steering committee now points at organisations as content items.
  await db.schema
    .createTable('steering_members_next')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('country_label_id', 'varchar(36)', (col) =>
      col.notNull().unique().references('labels.id').onDelete('cascade'),
    )
    .addColumn('name', 'varchar(200)', (col) => col.notNull())
    .addColumn('organization_id', 'varchar(36)', (col) =>
      col.references('content_items.id').onDelete('set null'),
    )
    .execute();
  await sql`insert into steering_members_next (id, country_label_id, name, organization_id)
    select id, country_label_id, name, organization_id from steering_members`.execute(db);
  await db.schema.dropTable('steering_members').execute();
  await db.schema.dropTable('organizations').execute();
  await db.schema.alterTable('steering_members_next').renameTo('steering_members').execute();
}

/** Organisations moved into content items cannot be moved back: restore a backup instead. */
export async function down(): Promise<void> {
  throw new Error('Migration 0005 cannot be undone; restore a backup taken before it.');
}
