import type { ShareImage } from '../domain/content/share-image.ts';
import type { Label } from '../domain/labels/label-service.ts';
import type { SiteSettings } from '../domain/settings/settings-service.ts';
import type { InterfaceLanguage } from '../lib/i18n/languages.ts';
import type { Translator } from '../lib/i18n/translator.ts';

/** What every page needs around its own content: the site's chrome and its language. */
export interface SiteChrome {
  settings: SiteSettings;
  countries: Label[];
  themes: Label[];
  /** Absolute base URL without trailing slash. */
  siteUrl: string;
  stylesheetPath: string;
  /** The words, dates and digits of this page's language. */
  i18n: Translator;
  /** The page's language: its address's prefix (`/ne/…`), else the default language. */
  language: InterfaceLanguage;
  /** The site's default language, served at the root without a prefix. */
  defaultLanguage: InterfaceLanguage;
  /**
   * A site path as this page's language addresses it: `/countries/nepal` →
   * `/ne/countries/nepal` on a Nepali page, unchanged in the default language; `/media/…`,
   * `/assets/…` and `/cards/…` never take a prefix. Every internal link goes through it.
   */
  localPath(path: string): string;
  /** A site path as a page in `language` addresses it (an item's own URL, the switcher). */
  languagePath(path: string, language: InterfaceLanguage): string;
  /**
   * The media store's public base (S3_PUBLIC_URL) when readers fetch uploads there directly,
   * else null: every `/media/…` a page shows goes through `publicMediaUrl` with it.
   */
  mediaPublicUrl: string | null;
  /**
   * Set on the preview of an item readers may not see yet: the page is kept out of search
   * engines and names no canonical address; with `isBannerShown` it says it is a preview
   * (a preview in a frame says so outside the frame).
   */
  preview?: { isBannerShown: boolean };
}

export interface FeedLink {
  title: string;
  /** Path of the feed without extension, e.g. `/feed` or `/countries/nepal/feed`. */
  basePath: string;
}

export interface PageMeta {
  title: string;
  description: string;
  /** Site-relative canonical path; null for a page with no address of its own (an error). */
  path: string | null;
  ogType?: 'website' | 'article';
  /** Feeds specific to this page, announced beside the site's own. */
  feed?: FeedLink;
  /** Site path of the Atom feed of the page's comments (an item's), announced in the head. */
  commentsFeed?: string;
  isIndexable?: boolean;
  /** The site's front page: its document title is the site's name alone. */
  isFrontPage?: boolean;
  /** The picture of a shared link (`og:image`); without one, links share as a plain summary. */
  image?: ShareImage;
  /**
   * The listing the page belongs under when its address does not say so (a post at
   * `/2021/05/slug` belongs under `/`): the menu marks that entry as the current section.
   */
  section?: string;
  /**
   * The page's own address when it is not `path` in this page's language: an item's is its
   * path under its own language's prefix, whatever language the page is read in.
   */
  canonicalPath?: string;
  /**
   * The page's versions when they are separate pages (an item and its translations): each
   * one's language (BCP 47) and address, for `hreflang` alternates. Without it, the page is the
   * same path in every interface language.
   */
  alternates?: PageAlternate[];
  /** Where the language switcher goes for a language that has its own version of the page. */
  languageVersions?: Partial<Record<InterfaceLanguage, string>>;
}

/** One language's version of a page: its language tag and its site path, prefix included. */
export interface PageAlternate {
  language: string;
  path: string;
}
