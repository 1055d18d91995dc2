import type { z } from 'zod';
import type { eventFieldsSchema } from '../domain/content-types/event-fields.ts';
import type { OrganizationFields } from '../domain/content-types/organization-fields.ts';
import type { publicationFieldsSchema } from '../domain/content-types/publication-fields.ts';
import type { reportFieldsSchema } from '../domain/content-types/report-fields.ts';
import type { statementFieldsSchema } from '../domain/content-types/statement-fields.ts';
import type { storyFieldsSchema } from '../domain/content-types/story-fields.ts';

/**
 * The shape of the demo content: the network's site as it stood in spring 2021.
 * Plain data only; `load-demo.ts` saves it through the domain functions, so it is
 * sanitized and validated like any other input.
 */

export type LabelKind = 'country' | 'theme';

export interface DemoLabel {
  kind: LabelKind;
  /** URL segment: `/countries/:slug` or `/themes/:slug`. Lowercase, hyphens. */
  slug: string;
  name: string;
  /** One or two plain-text sentences shown at the top of the label's page. */
  description: string;
}

export interface DemoAuthor {
  /** Referenced by `DemoPost.author`. */
  key: string;
  name: string;
  email: string;
}

export interface DemoOrganization {
  /** How other demo items name it; its slug is the slugified acronym. */
  acronym: string;
  name: string;
  /** Country label slug, or null for regional and international bodies. */
  country: string | null;
  kind: OrganizationFields['kind'];
  relationship: OrganizationFields['relationship'];
  website?: string;
  description: string;
}

export interface DemoSteeringMember {
  /** Country label slug; one member per country. */
  country: string;
  name: string;
  /** Acronym of a `DemoOrganization`. */
  organization: string;
}

export interface DemoSettings {
  title: string;
  tagline: string;
  /** Plain text for the "About this site" box shown on every page (2-3 sentences). */
  aboutSummary: string;
  /** The /about page body, HTML in the body allowlist (no h1). */
  aboutHtml: string;
}

export interface DemoPost {
  /** Unique across all demo posts; lowercase words joined by hyphens. */
  slug: string;
  title: string;
  /** One plain-text sentence or two, used for listings and meta descriptions (max ~200 chars). */
  excerpt: string;
  /**
   * Body HTML using only: p, h2, h3, ul, ol, li, a[href], strong, em, blockquote,
   * table, caption, thead, tbody, tr, th[scope], td. Never h1.
   */
  html: string;
  /** ISO 8601 in UTC, e.g. "2021-02-05T08:30:00Z". */
  publishedAt: string;
  /** `DemoAuthor.key`. */
  author: string;
  /** Country label slugs (may be empty for regional posts). */
  countries: string[];
  /** Theme label slugs (at least one). */
  themes: string[];
  /** Acronyms of the `DemoOrganization`s the post is about. */
  organizations?: string[];
}

/**
 * An item of a structured type: a post's common parts and the type's own fields, as an editor
 * would send them (organisations by acronym). A report's slug is `country-year`, as its fields
 * decide; it is given here too, so that tests and other scripts can find it.
 */
export type DemoTypedItem<Type extends string, Fields> = Omit<DemoPost, 'organizations'> & {
  type: Type;
  fields: Fields;
};

export type DemoReport = DemoTypedItem<'report', z.input<typeof reportFieldsSchema>>;
export type DemoEvent = DemoTypedItem<'event', z.input<typeof eventFieldsSchema>>;
export type DemoStory = DemoTypedItem<'story', z.input<typeof storyFieldsSchema>>;
export type DemoStatement = DemoTypedItem<'statement', z.input<typeof statementFieldsSchema>>;

/** One language's file of a publication: the demo makes a one-page PDF of it when it loads. */
export interface DemoPublicationFile {
  /** BCP 47 tag of the file's language. */
  language: string;
  fileName: string;
  /** The title as printed on the file, in its language. */
  title: string;
  /** A few lines printed under the title, in its language. */
  lines: string[];
}

export type DemoPublication = DemoTypedItem<
  'publication',
  Omit<z.input<typeof publicationFieldsSchema>, 'files'>
> & { files: DemoPublicationFile[] };

export type DemoItem = DemoReport | DemoEvent | DemoStory | DemoStatement | DemoPublication;

/**
 * A demo post in another language, linked to its original as a translation (issue 18): same
 * author, labels, organisations, picture and publication time; its own words and address.
 */
export interface DemoTranslation {
  /** The original's `DemoPost.slug`. */
  of: string;
  /** The translation's language (BCP 47): one of the interface's seven. */
  locale: string;
  slug: string;
  title: string;
  excerpt: string;
  /** Body HTML in the same allowlist as `DemoPost.html`. */
  html: string;
}
