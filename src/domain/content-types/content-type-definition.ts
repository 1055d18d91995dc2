import type { z } from 'zod';
import type { ContentType, LabelKind } from '../../db/schema.ts';
import type { MessageKey } from '../../lib/i18n/catalogues.ts';
import type { Problem } from '../../lib/problems.ts';
import type { TypeForm } from './type-form.ts';

/**
 * What a content type adds to the common item (title, slug, body, labels, workflow): its own
 * fields, checked by one strict zod schema over camelCase names, and the rules that follow
 * from them. The content service applies these on every save; the admin form, the API and the
 * public pages read the same definition.
 */
export interface ContentTypeDefinition<Schema extends z.ZodObject = z.ZodObject> {
  type: ContentType;
  /**
   * What people call it, as catalogue keys: one item, the listing, the listing's summary, and
   * the listing's entry in the site's menu when it is not the plural ("Latest" for posts).
   */
  names: { singular: MessageKey; plural: MessageKey; description?: MessageKey; menu?: MessageKey };
  /** Where readers find its items (see type-addresses.ts). */
  address: TypeAddress;
  /** The API's name for its items: `/api/v1/<collection>`, `/api/v1/admin/<collection>`. */
  collection: string;
  /**
   * Whether its items are news: shown in the stream (home page, label pages, archive, feeds)
   * with the day they were published. Organisations and standalone pages are reached by their
   * own addresses, search and the sitemap.
   */
  inStream: boolean;
  /** The fields' schema. Input names organisations by slug; stored fields hold their ids. */
  schema: Schema;
  /**
   * Fields holding lists of organisations; each field's name is the role the organisations
   * play (`partners`, `donors`, `signatories` …), which organisation pages show.
   */
  organizationFields: readonly (keyof z.output<Schema> & string)[];
  /** Uploads the fields point at that must be documents (PDFs), by the field path to blame. */
  documentRefs?(fields: z.output<Schema>): { path: string; mediaId: string }[];
  /** Facts the fields decide about the item itself. */
  derive?(fields: z.output<Schema>): DerivedFacts;
  /**
   * The fields readers see, when some are for the newsroom only (who gave a story's consent):
   * the schema with those left out. The site and the public API show only these (see
   * public-fields.ts), and the API's document describes only these.
   */
  publicSchema?: z.ZodObject;
  /**
   * Fields that are secrets (an event's private joining link): besides being left out of
   * `publicSchema`, they are written to site exports only `--with-secrets`.
   */
  secretFields?: readonly (keyof z.output<Schema> & string)[];
  /**
   * The words of the fields that readers see and may search for: more title words (an
   * acronym) and more body text. Fields kept from readers (who gave consent) never belong here.
   */
  searchText?(fields: z.output<Schema>): { title?: string[]; body?: string[] };
  /** What must be true of the fields before readers may see the item (field → problem). */
  publicationProblems?(fields: z.output<Schema>): Record<string, Problem>;
  /** The admin form of its fields (see type-form.ts). */
  form: TypeForm<keyof z.output<Schema> & string>;
}

/** A type's public addresses. */
export interface TypeAddress {
  /** The listing of its public items, or null when it has none (standalone pages). */
  listing: string | null;
  /**
   * True when the type has routes of its own (posts' dated pages, the impact pages, the events
   * calendar, the organisation directory); otherwise the site registers the common ones for it:
   * a paged listing at `listing` and an item page at `itemPath(':slug')`.
   */
  ownPages: boolean;
  /** An item's page. Dated addresses need the publication date (UTC). */
  itemPath(slug: string, publishedAt: string): string;
}

export interface DerivedFacts {
  /** A fixed address (a report is `country-year`), and the field to blame when it is taken. */
  slug?: string;
  slugField?: string;
  /** Labels the item always carries (a report carries its country's). */
  labels?: { kind: LabelKind; slug: string }[];
  /** When it takes place, as UTC instants (events). */
  startsAt?: string | null;
  endsAt?: string | null;
}
