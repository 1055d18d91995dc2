import type { Config } from '../config.ts';
import type { DatabaseHandle, Db } from '../db/connection.ts';
import type { AssetManifest } from './assets.ts';

/** What routes need from the outside world. */
export interface AppContext {
  config: Config;
  database: DatabaseHandle;
  db: Db;
  assets: AssetManifest;
}
