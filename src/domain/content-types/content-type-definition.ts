import type { z } from 'zod';
import type { ContentType, LabelKind } from '../../db/schema.ts';

/**
 * What a content type adds to the common item (title, slug, body, labels, workflow): its own
 * fields, checked by one strict zod schema over camelCase names, and the rules that follow
 * from them. The content service applies these on every save; the admin form, the API and the
 * public pages read the same definition.
 */
export interface ContentTypeDefinition<Schema extends z.ZodObject = z.ZodObject> {
  type: ContentType;
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
  /** The fields readers may see, when some are for the newsroom only (who gave consent). */
  publicFields?(fields: z.output<Schema>): Record<string, unknown>;
  /**
   * The words of the fields that readers see and may search for: more title words (an
   * acronym) and more body text. Fields kept from readers (who gave consent) never belong here.
   */
  searchText?(fields: z.output<Schema>): { title?: string[]; body?: string[] };
  /** What must be true of the fields before readers may see the item (field → message). */
  publicationProblems?(fields: z.output<Schema>): Record<string, string>;
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
