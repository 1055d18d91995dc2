import { type Config, loadConfig } from '../config.ts';
import { type DatabaseHandle, openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { isSiteEmpty, loadDemoContent } from '../demo/load-demo.ts';
import { type MediaStore, openMediaStore } from '../domain/media/media-storage.ts';
import { ensureSearchIndexCurrent } from '../domain/search/search-indexing.ts';
import { removeStaleStagingFolders } from '../site-archive/staging-folders.ts';

export interface OpenSite {
  config: Config;
  database: DatabaseHandle;
  /** Where uploads are kept (MEDIA_STORE). */
  mediaStore: MediaStore;
  appliedMigrations: string[];
  demoItemCount: number;
}

/**
 * Loads the configuration, opens and migrates the database, brings the search index up to
 * date and, on an empty site with demo content enabled, loads the demo. Every command that
 * touches the site starts here.
 */
export async function openSite(options: {
  isDemoAllowed: boolean;
  /** False for the one command that rebuilds the index anyway (`reindex`). */
  isSearchIndexChecked?: boolean;
}): Promise<OpenSite> {
  const config = loadConfig();
  // A staging folder of an export, backup or restore whose process died (kill -9, a power
  // cut) would otherwise stay in DATA_DIR for good, as large as the archive.
  await removeStaleStagingFolders(config.dataDir);
  const database = openDatabase(config.database);
  const mediaStore = openMediaStore(config);
  try {
    const appliedMigrations = await migrateToLatest(database.db);
    // The index is derived data: a site upgraded from before search, or whose tokenizer
    // changed since, rebuilds it here before serving.
    if (options.isSearchIndexChecked !== false) await ensureSearchIndexCurrent(database.db);
    let demoItemCount = 0;
    if (options.isDemoAllowed && config.isDemoContentEnabled && (await isSiteEmpty(database.db))) {
      demoItemCount = await loadDemoContent(database.db, { mediaStore });
    }
    return { config, database, mediaStore, appliedMigrations, demoItemCount };
  } catch (error) {
    await database.close();
    throw error;
  }
}
