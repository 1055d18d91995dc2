import type { ShareImage } from '../domain/content/share-image.ts';
import type { Label } from '../domain/labels/label-service.ts';
import type { SiteSettings } from '../domain/settings/settings-service.ts';
import type { Translator } from '../lib/i18n/translator.ts';

/** What every page needs around its own content: the site's chrome and its language. */
export interface SiteChrome {
  settings: SiteSettings;
  countries: Label[];
  themes: Label[];
  /** Absolute base URL without trailing slash. */
  siteUrl: string;
  stylesheetPath: string;
  i18n: Translator;
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
}
