import type { Config } from '../config.ts';
import type { DatabaseHandle, Db } from '../db/connection.ts';
import type { Newsroom } from '../domain/editorial/editorial-service.ts';
import type { Mailer } from '../domain/mail/mailer.ts';
import type { AssetManifest } from './assets.ts';

/** What routes need from the outside world. */
export interface AppContext {
  config: Config;
  database: DatabaseHandle;
  db: Db;
  assets: AssetManifest;
  mailer: Mailer;
  /** The editorial workflow's dependencies (database, mailer, site URL for links). */
  newsroom: Newsroom;
}
