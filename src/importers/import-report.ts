import type { ContentStatus, ContentType } from '../db/schema.ts';
import type { Progress } from '../lib/progress.ts';
import type { ImportBundle } from './import-bundle.ts';
import type { ShadowedAddress } from './import-items.ts';
import type { ImportMediaOptions } from './import-media.ts';

// What an import is asked to do and what it reports: shared by saveImport and the writer.

export interface ImportOptions {
  /** Do everything, report it, and keep nothing. */
  isDryRun?: boolean;
  progress?: Progress;
  /** Aborting (Ctrl-C) stops the import between items and rolls everything back. */
  signal?: AbortSignal;
  /** Take the files items point at from a local folder into the library (`--media-dir`). */
  media?: ImportMediaOptions;
}

export interface ImportReport {
  source: ImportBundle['source'];
  isDryRun: boolean;
  /** New items by type and status. */
  created: Partial<Record<ContentType, Partial<Record<ContentStatus, number>>>>;
  /** Items an earlier import of the same site brought already: left as they are. */
  unchanged: number;
  countriesCreated: string[];
  themesCreated: string[];
  usersCreated: number;
  usersMatched: number;
  commentsCreated: number;
  redirectsCreated: number;
  imagesRecorded: number;
  /** With a media folder: files taken into the library, and recorded addresses it lacked. */
  media: { copied: number; missing: string[] } | null;
  ignored: Record<string, number>;
  warnings: string[];
  /**
   * Items whose old address is one of the site's own pages (a page at `/about/`): that
   * address shows the site's page, not the item, which is served at `servedAt`.
   */
  shadowedAddresses: ShadowedAddress[];
}
