import type { SanitizedHtml } from '../../lib/sanitize-body-html.ts';

/** An image shown in an email: absolute URL, its size in CSS pixels, and honest alt text. */
export interface EmailImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** One piece of an email's body, from top to bottom. */
export type EmailBlock =
  /** Plain text; line breaks are kept and URLs stay as text (no link rewriting). */
  | { kind: 'paragraph'; text: string }
  /** A call to action, drawn as a large button with its link written out below in text. */
  | { kind: 'button'; label: string; url: string }
  /** A post, newsletter item or comment's item: title linking to it, with optional details. */
  | {
      kind: 'item';
      title: string;
      url: string;
      excerpt?: string;
      meta?: string;
      image?: EmailImage;
    }
  /** A stored body (see src/lib/sanitize-body-html.ts), restyled inline for mail clients. */
  | { kind: 'html'; html: SanitizedHtml }
  /** Someone's words, e.g. a comment or an editor's note. */
  | { kind: 'quote'; text: string; attribution?: string };

/** Everything an email says; `renderEmail` gives it one look in HTML and in plain text. */
export interface EmailInput {
  /** BCP 47 tag of the email's language: sets `lang`, and `dir` for right-to-left scripts. */
  language: string;
  siteTitle: string;
  /** The site's address without a trailing slash; relative URLs in bodies resolve against it. */
  siteUrl: string;
  /** The hidden line mail clients show after the subject in the inbox. */
  preheader?: string;
  heading: string;
  blocks: EmailBlock[];
  /** Why the person gets this email, and links to change that (unsubscribe, preferences). */
  footer: { reason: string; links: { label: string; url: string }[] };
}

/** The two parts of a message: HTML with inline styles, and its plain-text mirror. */
export interface RenderedEmail {
  html: string;
  text: string;
}
