import type { Readable } from 'node:stream';

/**
 * Where uploads' files live: a folder on this machine or an S3-compatible bucket. Names are
 * flat (`<uuid>.<ext>`, no folders) and never reused for other bytes, which is what lets both
 * stores hand out strong ETags and lets readers cache a file forever.
 */
export interface MediaStore {
  /** `local` or `s3`; for messages and for choosing the copy direction of `media move`. */
  readonly kind: 'local' | 's3';
  /** Where it is, for people: the folder's path or `s3://bucket`. */
  readonly location: string;
  /** A folder on this machine for staging exports and restores (beside the media, or DATA_DIR). */
  readonly scratchParent: string;
  /** The files of one upload, written all-or-nothing. */
  startBatch(): MediaBatch;
  /** Size, ETag and time of a stored file; undefined when there is none by that name. */
  stat(name: string): Promise<StoredFileFacts | undefined>;
  /** The file's bytes (or one inclusive byte range of them) as a stream; undefined when absent. */
  openRead(name: string, range?: ByteRange): Promise<Readable | undefined>;
  /** The whole file in memory (social cards, copies); undefined when absent. */
  readAll(name: string): Promise<Buffer | undefined>;
  /** Moves a file on this machine into the store under `name` (restores); the source is used up. */
  adoptFile(name: string, localPath: string): Promise<void>;
  /** Removes the files; names that are not there are ignored. */
  remove(names: string[]): Promise<void>;
  /** Every stored file with its size, except unfinished writes. */
  list(): Promise<Map<string, number>>;
}

export interface StoredFileFacts {
  size: number;
  /** A strong validator for these bytes, quoted as in an HTTP ETag header. */
  etag: string;
  lastModified: Date;
}

/** Inclusive, as in an HTTP Range header. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * An upload's files: `stage` each, then `commit` to make them all visible, or `discard` to remove
 * every one written so far. Nothing of a failed upload stays behind.
 */
export interface MediaBatch {
  stage(name: string, data: Buffer): Promise<void>;
  commit(): Promise<void>;
  /** Never throws: it runs while handling a failure. */
  discard(): Promise<void>;
}
