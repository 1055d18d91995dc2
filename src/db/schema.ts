/**
 * Table types for Kysely. Timestamps are ISO 8601 strings in UTC with a fixed width
 * (`2021-02-05T09:15:00.000Z`) on both engines, so they sort and compare as text and
 * need no per-dialect conversion.
 */

export type UserRole = 'administrator' | 'editor' | 'contributor';
export type LabelKind = 'country' | 'theme';
export type ContentType =
  'post' | 'report' | 'event' | 'publication' | 'story' | 'statement' | 'organization' | 'page';
export type ContentStatus = 'draft' | 'review' | 'scheduled' | 'published' | 'unpublished';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  password_hash: string | null;
  created_at: string;
  /** Set while the account is deactivated: it cannot sign in and holds no sessions or tokens. */
  deactivated_at: string | null;
  /** The IANA zone they chose for admin times; null follows their country (see time-zones.ts). */
  time_zone: string | null;
  /** The interface language they chose for the admin (en, ne …); null speaks the site's. */
  language: string | null;
  /** 1: they hear of new comments on their items; 0: they do not. */
  notify_comments?: number;
}

export interface LabelsTable {
  id: string;
  kind: LabelKind;
  slug: string;
  name: string;
  description: string;
  position: number;
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
  /** The content's language (BCP 47). */
  locale: string;
  /** The original's id, shared by its translations; an item created alone is its own group. */
  translation_group: string;
  /**
   * On a translation, the original's `version` it was made from or last caught up with; null on
   * an original. Optional: rows are written without it.
   */
  translated_from_version?: number | null;
  featured_image_url: string | null;
  featured_image_alt: string | null;
  /** An uploaded image chosen as the item's picture; wins over `featured_image_url`. */
  featured_media_id: string | null;
  /**
   * How the item shows in search results and shared links, when not its title and excerpt.
   * Optional: rows are written without them (null: use the title, the excerpt).
   */
  meta_title?: string | null;
  meta_description?: string | null;
  /** An uploaded image for shared links; wins over the featured image there. */
  social_image_id?: string | null;
  /** The note an editor left when sending the item back; cleared on the next submission. */
  review_note: string | null;
  created_at: string;
  updated_at: string;
  /** JSON: the fields of the item's type (src/domain/content-types/), `{}` for none. */
  fields: string;
  /**
   * When the item takes place or runs out, as UTC instants: an event's start and end, a call
   * to action's closing (ends_at); null otherwise.
   */
  starts_at: string | null;
  ends_at: string | null;
  /**
   * Set while the item is in the trash: hidden from readers and the desk, every other column
   * kept so that restoring it brings it back as it was. Optional: rows are written without it.
   */
  deleted_at?: string | null;
  /** Who moved it to the trash. */
  deleted_by?: string | null;
  /** Moved on by every change to the row: an edit based on an older one is refused (409). */
  version: number;
  /** Comments on this item: null follows the site's setting; 'open' or 'closed' overrides it. */
  comments_mode?: 'open' | 'closed' | null;
}

/** An organisation an item names, and as what; rebuilt from the item's fields on each save. */
export interface ContentOrganizationsTable {
  content_id: string;
  /** The organisation's own content item. */
  organization_id: string;
  role: string;
  position: number;
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

export interface UserCountriesTable {
  user_id: string;
  label_id: string;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the cookie's secret. */
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  /**
   * One message for the next page this session shows (a new API token's secret), sealed with
   * a key derived from the cookie's secret, which the database never holds.
   */
  flash: string | null;
}

export type OneTimeLinkPurpose = 'invite' | 'reset';

export interface OneTimeLinksTable {
  token_hash: string;
  user_id: string;
  purpose: OneTimeLinkPurpose;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** What a queued email is: a written `message`, or one written when it is sent. */
export type MailKind =
  | 'message'
  | 'password-reset'
  /** A newsletter (`ref_id`) to one subscriber. */
  | 'newsletter'
  /** A newly published item (`ref_id`) to an "each new item" subscriber. */
  | 'item-announcement'
  /** The weekly digest of what was published from `ref_id` (an ISO time) until it is written. */
  | 'digest'
  /** The link that confirms a subscription (double opt-in). */
  | 'subscription-confirmation'
  /** The link that confirms a comment (`ref_id`) when the site asks commenters to. */
  | 'comment-confirmation'
  /** A new comment (`ref_id`), to the author of its item or to the editors who moderate it. */
  | 'comment-notice'
  /** The link that confirms an event registration (`ref_id`). */
  | 'registration-confirmation'
  /**
   * A registration's place (`ref_id`): given (with the `.ics` and, online, the joining link,
   * also when a place opens on the waiting list), or a place on the waiting list.
   */
  | 'registration-placed'
  /** A reminder before the event; `ref_id` is `<registration id>:<hours before>`. */
  | 'registration-reminder'
  /** The event's time, place or joining link changed (`ref_id`: the registration). */
  | 'registration-change'
  /** An organiser's message (`ref_id`: the event_messages row) to one registrant. */
  | 'registration-message'
  /** The link that confirms a signature (`ref_id`). */
  | 'signature-confirmation';
export type MailStatus = 'queued' | 'sent' | 'skipped' | 'failed';

/** One email in the durable queue (src/domain/mail/mail-queue.ts). */
export interface MailQueueTable {
  id: string;
  kind: MailKind;
  recipient: string;
  /** Null for kinds written at send time. */
  subject: string | null;
  /** Null for kinds written at send time; cleared once sent (it may hold a sign-in link). */
  body_text: string | null;
  status: MailStatus;
  /** Claims so far, the one in progress included. */
  attempts: number;
  last_error: string | null;
  created_at: string;
  next_attempt_at: string;
  /** Which sender holds the message, and until when (its lease). */
  claim_id: string | null;
  claimed_until: string | null;
  finished_at: string | null;
  /** A written message's HTML part (its text part is `body_text`); null for text only. */
  body_html?: string | null;
  /** JSON object of extra headers for a written message (List-Unsubscribe …); null for none. */
  headers?: string | null;
  /** What a kind written at send time is about: a newsletter's, item's or comment's id. */
  ref_id?: string | null;
}

/** An address a mail server refused for good (5xx): nothing more is sent to it. */
export interface MailSuppressionsTable {
  email: string;
  reason: string;
  created_at: string;
}

export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';
export type SubscriptionFrequency = 'instant' | 'weekly';
export type ConsentSource = 'form' | 'import' | 'admin';

/** A reader who follows the site by email (src/domain/subscriptions/). */
export interface SubscribersTable {
  id: string;
  /** Lower-cased. */
  email: string;
  status: SubscriberStatus;
  frequency: SubscriptionFrequency;
  /** The language its emails are written in. */
  language: string;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  /** The consent as given: the words shown, when, and how. */
  consent_text: string;
  consent_at: string;
  consent_source: ConsentSource;
  /** The end of the period the last weekly digest covered. */
  last_digest_at: string | null;
}

export type SegmentKind = 'country' | 'theme' | 'language';

/** What a subscriber follows (a country's or theme's label id, or a language tag); none: all. */
export interface SubscriberSegmentsTable {
  subscriber_id: string;
  kind: SegmentKind;
  value: string;
}

/** Items whose "each new item" emails were queued; the row guards against a second round. */
export interface ItemAnnouncementsTable {
  item_id: string;
  queued_at: string;
  recipients: number;
}

export type NewsletterStatus = 'draft' | 'scheduled' | 'queued' | 'sent';

export interface NewslettersTable {
  id: string;
  /** Its address in the public archive, `/newsletters/:slug`. */
  slug: string;
  subject: string;
  /** Sanitized like any body. */
  body_html: string;
  /** The published item sent as this newsletter, if it is one. */
  item_id: string | null;
  language: string;
  /** JSON `{ countries: string[], themes: string[], languages: string[] }`; empty: everyone. */
  segments: string;
  status: NewsletterStatus;
  scheduled_at: string | null;
  queued_at: string | null;
  recipients: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** Secrets the site makes for itself on first use (the key that signs subscribers' links). */
export interface SiteSecretsTable {
  name: string;
  value: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  /** When the token stops working; null for a token that lasts until it is revoked. */
  expires_at: string | null;
}

export interface RevisionsTable {
  id: string;
  content_id: string;
  /** 1, 2, 3 … per item. */
  number: number;
  author_id: string | null;
  created_at: string;
  title: string;
  slug: string;
  excerpt: string;
  body_html: string;
  /** JSON array of label ids. */
  label_ids: string;
  published_at: string | null;
  featured_media_id: string | null;
  /** JSON: the type's fields as they stood. */
  fields: string;
  /** What the save was: "Created", "Edited", "Restored revision 3" … */
  summary: string;
}

export type MediaKind = 'image' | 'document';

export interface MediaVariant {
  width: number;
  height: number;
  /** File name under the media folder. */
  file: string;
  bytes: number;
}

export interface MediaTable {
  id: string;
  kind: MediaKind;
  mime_type: string;
  original_name: string;
  /** The original's file name under the media folder. */
  stored_name: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  alt: string;
  /** JSON array of `MediaVariant`, smallest first (WebP). */
  variants: string;
  uploaded_by: string | null;
  created_at: string;
  /** Set while the upload is in the trash; its files stay on disk until it is removed for good. */
  deleted_at?: string | null;
  deleted_by?: string | null;
}

export interface AuditEventsTable {
  id: string;
  at: string;
  actor_id: string | null;
  /** Kept so the log still names someone whose account was deleted. */
  actor_email: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  summary: string;
}

export interface AttemptCountersTable {
  /** What is being throttled, e.g. `sign-in-pair:<hash>` or `sign-in-address:<address>`. */
  key: string;
  /** Milliseconds since the epoch; pg returns bigint as a string. */
  window_ends_at: number | string;
  /** Attempts taken in the current window (refused ones included). */
  count: number;
  /** How many windows in a row ended used up: each doubles the next window. */
  strikes: number;
}

export interface SignInOriginsTable {
  /** sha256 of the account's email and the address together. */
  origin_hash: string;
  user_id: string;
  last_signed_in_at: string;
}

/**
 * A public or scheduled item in the search index. On PostgreSQL the row also holds the
 * tsvector (`vector`); on SQLite the tokens sit in the FTS5 table `search_index`, rowid = seq.
 * Both are written only by search-repository.ts, in raw SQL.
 */
export interface SearchDocumentsTable {
  seq: number | string;
  content_id: string;
  published_at: string;
  /** The item's language, primary subtag (`ne`), for ranking; '' until the index is rebuilt. */
  language: string;
}

/** Where an imported row came from: one record of one exported site. */
export type ImportedEntity = 'item' | 'label' | 'user' | 'comment';

export interface ImportSourcesTable {
  /** The exported site: `wordpress:https://example.org`, `blogger:blog-123`, `ghost:…`. */
  source: string;
  entity: ImportedEntity;
  /** The record's id in that site (a WordPress post id, a Blogger entry id …). */
  source_id: string;
  entity_id: string;
  imported_at: string;
}

/** An address an item had on the old site; the site answers it with a 301 to the item. */
export interface LegacyPathsTable {
  /** Site-relative, without a trailing slash: `/2021/02/slug.html`, `/?p=123`. */
  path: string;
  content_id: string;
}

/**
 * `pending` is held for moderation ("held" in the API); `unconfirmed` waits for its writer to
 * confirm by email (when the site asks that); `rejected` and `spam` are hidden; `trashed`
 * came from imports (WordPress's trash).
 */
export type CommentStatus =
  'approved' | 'pending' | 'unconfirmed' | 'spam' | 'rejected' | 'trashed';

export interface CommentsTable {
  id: string;
  content_id: string;
  parent_id: string | null;
  author_name: string;
  author_email: string | null;
  author_url: string | null;
  /** Sanitized like any body. */
  body_html: string;
  status: CommentStatus;
  created_at: string;
  /** The text as the reader wrote it; null on imported comments, which have only HTML. */
  body_text?: string | null;
  /** SHA-256 of item, email and normalised text: finds the same comment posted again. */
  fingerprint?: string | null;
  moderated_at?: string | null;
  moderated_by?: string | null;
  /** While a comment waits for its writer's confirmation: the confirmation secret's hash. */
  confirm_token_hash?: string | null;
  confirmed_at?: string | null;
}

/** An image an item's body or picture points at; `media_id` once the file is in the library. */
export interface MediaReferencesTable {
  content_id: string;
  url: string;
  media_id: string | null;
}

/** A private preview link to an item; only its secret's SHA-256 is kept (see preview-link-service.ts). */
export interface PreviewLinksTable {
  id: string;
  item_id: string;
  token_hash: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export type RegistrationStatus = 'unconfirmed' | 'confirmed' | 'waiting' | 'cancelled';

/** One person's registration for one event (src/domain/registrations/). */
export interface EventRegistrationsTable {
  id: string;
  event_id: string;
  name: string;
  /** Lower-cased; one registration per address per event. */
  email: string;
  organization: string;
  country: string;
  /** JSON `[{ question, answer }]`, the question's words as they were asked. */
  answers: string;
  /** The language its emails are written in. */
  language: string;
  /** The registrant's IANA zone, for the times in reminders. */
  time_zone: string;
  status: RegistrationStatus;
  confirm_token_hash: string | null;
  created_at: string;
  confirmed_at: string | null;
  /** When the place was given, or the wait began: the waiting list's order. */
  placed_at: string | null;
  cancelled_at: string | null;
}

/** An email to a registration that must go once (`purpose`: `reminder:<hours>:<start>`). */
export interface RegistrationMailingsTable {
  registration_id: string;
  purpose: string;
  queued_at: string;
}

export type EventMessageKind = 'message' | 'recording' | 'change';

/** What organisers sent to an event's registrants. */
export interface EventMessagesTable {
  id: string;
  event_id: string;
  kind: EventMessageKind;
  subject: string;
  body_text: string;
  recipients: number;
  sent_by: string | null;
  created_at: string;
}

export type SignatureKind = 'organization' | 'individual';
export type SignatureStatus = 'unconfirmed' | 'held' | 'approved' | 'rejected';

/** A signature under a call to action (src/domain/signatures/). */
export interface SignaturesTable {
  id: string;
  statement_id: string;
  kind: SignatureKind;
  name: string;
  organization: string;
  country: string;
  /** Lower-cased; null once erased and kept anonymised. Never shown. */
  email: string | null;
  /** 1 when the signer chose to appear by name. */
  listed: number;
  language: string;
  status: SignatureStatus;
  confirm_token_hash: string | null;
  created_at: string;
  confirmed_at: string | null;
  moderated_at: string | null;
  moderated_by: string | null;
}

/** What `inspir demo` loaded: removing the demo removes these rows and nothing else. */
export interface DemoRecordsTable {
  entity: 'item' | 'media' | 'user';
  entity_id: string;
}

export interface DatabaseSchema {
  users: UsersTable;
  labels: LabelsTable;
  steering_members: SteeringMembersTable;
  content_items: ContentItemsTable;
  content_labels: ContentLabelsTable;
  content_organizations: ContentOrganizationsTable;
  site_settings: SiteSettingsTable;
  site_state: SiteStateTable;
  user_countries: UserCountriesTable;
  sessions: SessionsTable;
  one_time_links: OneTimeLinksTable;
  api_tokens: ApiTokensTable;
  revisions: RevisionsTable;
  media: MediaTable;
  audit_events: AuditEventsTable;
  attempt_counters: AttemptCountersTable;
  sign_in_origins: SignInOriginsTable;
  search_documents: SearchDocumentsTable;
  import_sources: ImportSourcesTable;
  legacy_paths: LegacyPathsTable;
  comments: CommentsTable;
  media_references: MediaReferencesTable;
  mail_queue: MailQueueTable;
  demo_records: DemoRecordsTable;
  preview_links: PreviewLinksTable;
  mail_suppressions: MailSuppressionsTable;
  subscribers: SubscribersTable;
  subscriber_segments: SubscriberSegmentsTable;
  item_announcements: ItemAnnouncementsTable;
  newsletters: NewslettersTable;
  site_secrets: SiteSecretsTable;
  event_registrations: EventRegistrationsTable;
  registration_mailings: RegistrationMailingsTable;
  event_messages: EventMessagesTable;
  signatures: SignaturesTable;
  job_leases: JobLeasesTable;
}

/** Who runs a background job's round among the instances, until when (src/domain/jobs/). */
export interface JobLeasesTable {
  name: string;
  holder: string;
  expires_at: string;
  last_started_at: string;
  last_finished_at: string | null;
  last_success_at: string | null;
}
