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

export type OrganizationKind = 'member' | 'partner' | 'donor' | 'network';

export interface DemoOrganization {
  acronym: string;
  name: string;
  /** Country label slug, or null for regional and international bodies. */
  country: string | null;
  kind: OrganizationKind;
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
}
