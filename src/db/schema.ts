/**
 * Table types for Kysely. Timestamps are ISO 8601 strings in UTC with a fixed width
 * (`2021-02-05T09:15:00.000Z`) on both engines, so they sort and compare as text and
 * need no per-dialect conversion.
 */

export type UserRole = 'administrator' | 'editor' | 'contributor';
export type LabelKind = 'country' | 'theme';
export type OrganizationKind = 'member' | 'partner' | 'donor' | 'network';
export type ContentType = 'post';
export type ContentStatus = 'draft' | 'review' | 'scheduled' | 'published' | 'unpublished';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  password_hash: string | null;
  created_at: string;
}

export interface LabelsTable {
  id: string;
  kind: LabelKind;
  slug: string;
  name: string;
  description: string;
  position: number;
}

export interface OrganizationsTable {
  id: string;
  acronym: string;
  name: string;
  kind: OrganizationKind;
  country_label_id: string | null;
  description: string;
}

export interface SteeringMembersTable {
  id: string;
  country_label_id: string;
  name: string;
  organization_id: string | null;
}

export interface ContentItemsTable {
  id: string;
  type: ContentType;
  title: string;
  slug: string;
  excerpt: string;
  body_html: string;
  status: ContentStatus;
  published_at: string | null;
  author_id: string | null;
  locale: string;
  translation_group: string;
  featured_image_url: string | null;
  featured_image_alt: string | null;
  created_at: string;
  updated_at: string;
}

export interface ContentLabelsTable {
  content_id: string;
  label_id: string;
}

export interface SiteSettingsTable {
  key: string;
  /** JSON-encoded value. */
  value: string;
}

export interface SiteStateTable {
  key: 'content';
  /** bigint: PostgreSQL returns it as a string. */
  version: number | string;
}

export interface DatabaseSchema {
  users: UsersTable;
  labels: LabelsTable;
  organizations: OrganizationsTable;
  steering_members: SteeringMembersTable;
  content_items: ContentItemsTable;
  content_labels: ContentLabelsTable;
  site_settings: SiteSettingsTable;
  site_state: SiteStateTable;
}
