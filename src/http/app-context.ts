import type { Config } from '../config.ts';
import type { DatabaseHandle, Db } from '../db/connection.ts';
import type { Newsroom } from '../domain/editorial/newsroom.ts';
import type { MailQueue } from '../domain/mail/mail-queue.ts';
import type { MediaStore } from '../domain/media/media-storage.ts';
import type { AssetManifest } from './responses/assets.ts';
import type { SearchResponses } from './search/search-responses.ts';

/** What routes need from the outside world. */
export interface AppContext {
  config: Config;
  database: DatabaseHandle;
  db: Db;
  /** Where uploads are kept (MEDIA_STORE): the local folder or the S3 bucket. */
  mediaStore: MediaStore;
  assets: AssetManifest;
  /** Every email goes through it; the server's background sender delivers them. */
  mailQueue: MailQueue;
  /** The editorial workflow's dependencies (database, the mail queue, site URL for links). */
  newsroom: Newsroom;
  /** Answers searches: cached until the next content change, a few at a time (see the class). */
  searches: SearchResponses;
}
