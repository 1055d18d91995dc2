import { z } from 'zod';
import type { DatabaseSchema } from '../db/schema.ts';

/**
 * The layout of a site export (docs/export-format.md): which tables it holds, in what order,
 * with which columns, and the manifest that describes it. Export and restore both read this
 * module, so the two cannot drift apart.
 */

export const ARCHIVE_FORMAT = 'inspir-site-export';
/** Raised only when a reader of the previous version could no longer restore an archive. */
export const ARCHIVE_VERSION = 1;

export const MANIFEST_FILE = 'manifest.json';
export const TABLES_FOLDER = 'tables';
export const MEDIA_FOLDER = 'media';

/**
 * Left out: sign-ins, rate limits and the mail queue are transient (and queued mail may hold
 * sign-in links); the search index is rebuilt on restore; preview links are short-lived
 * shares of unpublished items, not content (a restored site asks for new ones). The site's
 * own secrets (the key signing subscribers' links) never leave it: a restored site makes new
 * ones, which only invalidates links in emails already sent. Job leases are the running
 * instances' turns at background work, meaningless elsewhere.
 */
type LeftOutTable =
  | 'mail_queue'
  | 'job_leases'
  | 'site_secrets'
  | 'sessions'
  | 'attempt_counters'
  | 'sign_in_origins'
  | 'one_time_links'
  | 'preview_links'
  | 'search_documents';
export type ExportedTable = Exclude<keyof DatabaseSchema, LeftOutTable>;

/** A column as the archive writes it: text or a whole number, maybe null. */
export interface ColumnSpec {
  kind: 'text' | 'integer';
  isNullable: boolean;
  /** Added after archives were first written: one from an older inspir lacks it (null then). */
  isLaterAddition?: boolean;
  /** What a later addition that may not be null is restored as when the archive lacks it. */
  whenMissing?: number;
}

const text: ColumnSpec = { kind: 'text', isNullable: false };
const optionalText: ColumnSpec = { kind: 'text', isNullable: true };
const integer: ColumnSpec = { kind: 'integer', isNullable: false };
const optionalInteger: ColumnSpec = { kind: 'integer', isNullable: true };
/** An item's version (migration 0013): items from an older archive start at 1. */
const laterVersion: ColumnSpec = {
  kind: 'integer',
  isNullable: false,
  isLaterAddition: true,
  whenMissing: 1,
};
/** A nullable number added later (a translation's source version, migration 0017). */
const laterOptionalInteger: ColumnSpec = {
  kind: 'integer',
  isNullable: true,
  isLaterAddition: true,
};
/** A nullable text column added by migration 0009 or later. */
const laterOptionalText: ColumnSpec = { kind: 'text', isNullable: true, isLaterAddition: true };
/** Whether an author hears of comments (migration 0020): on, as the migration defaults it. */
const laterFlagOn: ColumnSpec = {
  kind: 'integer',
  isNullable: false,
  isLaterAddition: true,
  whenMissing: 1,
};

export interface TableSpec<Table extends ExportedTable = ExportedTable> {
  /** Every column, in the order each line writes them. */
  columns: Record<keyof DatabaseSchema[Table] & string, ColumnSpec>;
  /** Lines are sorted by these, compared as bytes, so both engines write the same file. */
  primaryKey: readonly (keyof DatabaseSchema[Table] & string)[];
  /** Written only with `--with-secrets`: the whole table … */
  isSecret?: boolean;
  /** … or these columns, written as null otherwise … */
  secretColumns?: readonly (keyof DatabaseSchema[Table] & string)[];
  /**
   * … or, in this JSON column (an item's fields), the keys content types mark as secret
   * (`secretFields`: an event's private joining link), left out otherwise.
   */
  secretFieldsColumn?: keyof DatabaseSchema[Table] & string;
  /**
   * A column pointing at another row of the same table (a reply's parent comment): restored
   * as null first and set once every row is in, as a parent may sort after its reply.
   */
  selfReference?: keyof DatabaseSchema[Table] & string;
}

/**
 * Every exported table, in foreign-key order: a table comes after the tables it points at,
 * which is the order a restore inserts them in (and the reverse, the order it empties them).
 * The mapped type makes leaving out a table, or a column of one, a compile error.
 */
export const TABLE_SPECS: { [Table in ExportedTable]: TableSpec<Table> } = {
  users: {
    columns: {
      id: text,
      email: text,
      name: text,
      role: text,
      password_hash: optionalText,
      created_at: text,
      deactivated_at: laterOptionalText,
      time_zone: laterOptionalText,
      language: laterOptionalText,
      notify_comments: laterFlagOn,
    },
    primaryKey: ['id'],
    secretColumns: ['password_hash'],
  },
  labels: {
    columns: { id: text, kind: text, slug: text, name: text, description: text, position: integer },
    primaryKey: ['id'],
  },
  user_countries: {
    columns: { user_id: text, label_id: text },
    primaryKey: ['user_id', 'label_id'],
  },
  api_tokens: {
    columns: {
      id: text,
      user_id: text,
      name: text,
      token_hash: text,
      created_at: text,
      last_used_at: optionalText,
      expires_at: laterOptionalText,
    },
    primaryKey: ['id'],
    isSecret: true,
  },
  media: {
    columns: {
      id: text,
      kind: text,
      mime_type: text,
      original_name: text,
      stored_name: text,
      byte_size: integer,
      width: optionalInteger,
      height: optionalInteger,
      alt: text,
      variants: text,
      uploaded_by: optionalText,
      created_at: text,
      deleted_at: laterOptionalText,
      deleted_by: laterOptionalText,
    },
    primaryKey: ['id'],
  },
  content_items: {
    columns: {
      id: text,
      type: text,
      title: text,
      slug: text,
      excerpt: text,
      body_html: text,
      status: text,
      published_at: optionalText,
      author_id: optionalText,
      locale: text,
      translation_group: text,
      featured_image_url: optionalText,
      featured_image_alt: optionalText,
      featured_media_id: optionalText,
      meta_title: laterOptionalText,
      meta_description: laterOptionalText,
      social_image_id: laterOptionalText,
      review_note: optionalText,
      created_at: text,
      updated_at: text,
      fields: text,
      starts_at: optionalText,
      ends_at: optionalText,
      version: laterVersion,
      translated_from_version: laterOptionalInteger,
      deleted_at: laterOptionalText,
      deleted_by: laterOptionalText,
      comments_mode: laterOptionalText,
    },
    primaryKey: ['id'],
    secretFieldsColumn: 'fields',
  },
  content_labels: {
    columns: { content_id: text, label_id: text },
    primaryKey: ['content_id', 'label_id'],
  },
  content_organizations: {
    columns: { content_id: text, organization_id: text, role: text, position: integer },
    primaryKey: ['content_id', 'organization_id', 'role'],
  },
  steering_members: {
    columns: { id: text, country_label_id: text, name: text, organization_id: optionalText },
    primaryKey: ['id'],
  },
  revisions: {
    columns: {
      id: text,
      content_id: text,
      number: integer,
      author_id: optionalText,
      created_at: text,
      title: text,
      slug: text,
      excerpt: text,
      body_html: text,
      label_ids: text,
      published_at: optionalText,
      featured_media_id: optionalText,
      fields: text,
      summary: text,
    },
    primaryKey: ['id'],
    secretFieldsColumn: 'fields',
  },
  comments: {
    columns: {
      id: text,
      content_id: text,
      parent_id: optionalText,
      author_name: text,
      author_email: optionalText,
      author_url: optionalText,
      body_html: text,
      status: text,
      created_at: text,
      body_text: laterOptionalText,
      fingerprint: laterOptionalText,
      moderated_at: laterOptionalText,
      moderated_by: laterOptionalText,
      confirm_token_hash: laterOptionalText,
      confirmed_at: laterOptionalText,
    },
    primaryKey: ['id'],
    // Personal data and a live secret; the fingerprint hashes the address too, so it would
    // confirm a guessed one.
    secretColumns: ['author_email', 'fingerprint', 'confirm_token_hash'],
    selfReference: 'parent_id',
  },
  media_references: {
    columns: { content_id: text, url: text, media_id: optionalText },
    primaryKey: ['content_id', 'url'],
  },
  legacy_paths: { columns: { path: text, content_id: text }, primaryKey: ['path'] },
  import_sources: {
    columns: {
      source: text,
      entity: text,
      source_id: text,
      entity_id: text,
      imported_at: text,
    },
    primaryKey: ['source', 'entity', 'source_id'],
  },
  newsletters: {
    columns: {
      id: text,
      slug: text,
      subject: text,
      body_html: text,
      item_id: optionalText,
      language: text,
      segments: text,
      status: text,
      scheduled_at: optionalText,
      queued_at: optionalText,
      recipients: integer,
      created_by: optionalText,
      created_at: text,
      updated_at: text,
    },
    primaryKey: ['id'],
  },
  item_announcements: {
    columns: { item_id: text, queued_at: text, recipients: integer },
    primaryKey: ['item_id'],
  },
  // Subscribers' addresses and what they follow are personal data, and suppressed addresses
  // too: only in an archive with secrets, kept as safe as the database.
  subscribers: {
    columns: {
      id: text,
      email: text,
      status: text,
      frequency: text,
      language: text,
      created_at: text,
      confirmed_at: optionalText,
      unsubscribed_at: optionalText,
      consent_text: text,
      consent_at: text,
      consent_source: text,
      last_digest_at: optionalText,
    },
    primaryKey: ['id'],
    isSecret: true,
  },
  subscriber_segments: {
    columns: { subscriber_id: text, kind: text, value: text },
    primaryKey: ['subscriber_id', 'kind', 'value'],
    isSecret: true,
  },
  mail_suppressions: {
    columns: { email: text, reason: text, created_at: text },
    primaryKey: ['email'],
    isSecret: true,
  },
  // Registrations are personal data (who comes, their answers): only with secrets, like
  // subscribers. What organisers sent is the site's own words.
  event_registrations: {
    columns: {
      id: text,
      event_id: text,
      name: text,
      email: text,
      organization: text,
      country: text,
      answers: text,
      language: text,
      time_zone: text,
      status: text,
      confirm_token_hash: optionalText,
      created_at: text,
      confirmed_at: optionalText,
      placed_at: optionalText,
      cancelled_at: optionalText,
    },
    primaryKey: ['id'],
    isSecret: true,
  },
  registration_mailings: {
    columns: { registration_id: text, purpose: text, queued_at: text },
    primaryKey: ['registration_id', 'purpose'],
    isSecret: true,
  },
  event_messages: {
    columns: {
      id: text,
      event_id: text,
      kind: text,
      subject: text,
      body_text: text,
      recipients: integer,
      sent_by: optionalText,
      created_at: text,
    },
    primaryKey: ['id'],
  },
  // Signatures are public once approved, but never their addresses.
  signatures: {
    columns: {
      id: text,
      statement_id: text,
      kind: text,
      name: text,
      organization: text,
      country: text,
      email: optionalText,
      listed: integer,
      language: text,
      status: text,
      confirm_token_hash: optionalText,
      created_at: text,
      confirmed_at: optionalText,
      moderated_at: optionalText,
      moderated_by: optionalText,
    },
    primaryKey: ['id'],
    secretColumns: ['email', 'confirm_token_hash'],
  },
  audit_events: {
    columns: {
      id: text,
      at: text,
      actor_id: optionalText,
      actor_email: optionalText,
      action: text,
      subject_type: text,
      subject_id: optionalText,
      summary: text,
    },
    primaryKey: ['id'],
  },
  demo_records: { columns: { entity: text, entity_id: text }, primaryKey: ['entity', 'entity_id'] },
  site_settings: { columns: { key: text, value: text }, primaryKey: ['key'] },
  site_state: { columns: { key: text, version: integer }, primaryKey: ['key'] },
};

/** The exported tables in foreign-key order. */
export const EXPORTED_TABLES = Object.keys(TABLE_SPECS) as ExportedTable[];

export function specOf(table: ExportedTable): TableSpec {
  return TABLE_SPECS[table] as unknown as TableSpec;
}

/** Where a table's rows sit inside the archive. */
export function tableFileOf(table: ExportedTable): string {
  return `${TABLES_FOLDER}/${table}.ndjson`;
}

/**
 * Settings rows that describe derived data, not the site: the search index's tokenizer
 * version belongs to the index, which a restore rebuilds and stamps afresh.
 */
export const DERIVED_SETTING_KEYS: readonly string[] = ['search.index_version'];

/** What a row's value may be in the archive. */
export type ArchiveValue = string | number | null;
export type ArchiveRow = Record<string, ArchiveValue>;

/**
 * A row as the archive writes it: the spec's columns in the spec's order, whole numbers as
 * numbers (PostgreSQL hands bigint out as a string), so both engines write the same bytes.
 */
export function normaliseRow(spec: TableSpec, row: Record<string, unknown>): ArchiveRow {
  const normalised: ArchiveRow = {};
  for (const [column, columnSpec] of Object.entries(spec.columns) as [string, ColumnSpec][]) {
    const value = row[column];
    if (value === null || value === undefined) normalised[column] = null;
    else if (columnSpec.kind === 'integer') normalised[column] = Number(value);
    else normalised[column] = String(value);
  }
  return normalised;
}

const mediaFileSchema = z.object({
  file: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a plain file name'),
  bytes: z.number().int().nonnegative(),
});

const tableCountsShape = Object.fromEntries(
  EXPORTED_TABLES.map((table) => [table, z.number().int().nonnegative().optional()]),
) as Record<ExportedTable, z.ZodOptional<z.ZodNumber>>;

/** What `manifest.json` holds; the format and version are checked before the rest. */
export const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  exported_at: z.string(),
  engine: z.enum(['sqlite', 'postgres']),
  /** The last migration applied to the exported database. */
  migration: z.string().min(1),
  has_secrets: z.boolean(),
  /** Rows per table file; a table absent here has no file (api_tokens without secrets). */
  tables: z.strictObject(tableCountsShape),
  media: z.array(mediaFileSchema),
  /** Files the media table names that were not in the media folder when exporting. */
  missing_media: z.array(z.string()),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** Every file a media row names: the original and each variant. */
export function filesOfMediaRow(row: { stored_name: string; variants: string }): string[] {
  const variants = JSON.parse(row.variants) as { file?: unknown }[];
  return [
    row.stored_name,
    ...variants.map((variant) => variant.file).filter((file) => typeof file === 'string'),
  ];
}

/**
 * An archive that cannot be restored, or a restore that failed; the message says which file
 * and line, and what to do. Nothing was changed when it is thrown.
 */
export class ArchiveError extends Error {
  override name = 'ArchiveError';
}
