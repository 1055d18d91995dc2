import type { Config } from '../../config.ts';
import { LocalMediaStore } from '../../lib/object-store/local-media-store.ts';
import type { MediaStore } from '../../lib/object-store/media-store.ts';
import { S3MediaStore } from '../../lib/object-store/s3-media-store.ts';
import { contentTypeOfStoredName } from './media-names.ts';

export type { MediaBatch, MediaStore } from '../../lib/object-store/media-store.ts';

/** The settings that choose a media store. */
export type MediaStoreConfig = Pick<Config, 'mediaStore' | 'mediaDir' | 's3' | 'dataDir'>;

/**
 * The store MEDIA_STORE chooses: the local folder, or the S3 bucket. Opened once per process
 * (server or command) and passed down, like the database handle.
 */
export function openMediaStore(config: MediaStoreConfig): MediaStore {
  if (config.mediaStore === 'local') return new LocalMediaStore(config.mediaDir);
  return openS3MediaStore(config);
}

/** The bucket of the S3_* settings, whatever MEDIA_STORE says (`media move --to s3`). */
export function openS3MediaStore(config: Pick<Config, 's3' | 'dataDir'>): MediaStore {
  // config.ts refuses MEDIA_STORE=s3 without a bucket; this guards the `media move` case.
  if (!config.s3) throw new Error('S3_BUCKET is not set.');
  return new S3MediaStore(config.s3, {
    scratchParent: config.dataDir,
    contentTypeOf: contentTypeOfStoredName,
  });
}

/** The local folder of `MEDIA_DIR`'s default place, whatever MEDIA_STORE says (`media move`). */
export function openLocalMediaStore(mediaDir: string): MediaStore {
  return new LocalMediaStore(mediaDir);
}

/**
 * Where a function's media go: a store, or (the older form, still used by tests and scripts)
 * a folder, which means the local store in that folder.
 */
export interface MediaStoreChoice {
  mediaStore?: MediaStore;
  mediaDir?: string;
}

export function mediaStoreOf(choice: MediaStoreChoice): MediaStore {
  if (choice.mediaStore) return choice.mediaStore;
  if (choice.mediaDir !== undefined) return new LocalMediaStore(choice.mediaDir);
  throw new Error('Neither a media store nor a media folder was given.');
}
