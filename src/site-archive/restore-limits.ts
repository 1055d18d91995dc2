import { ArchiveError } from './archive-format.ts';

/**
 * What a restore accepts from an archive before it has read it: an archive is input from
 * anywhere, and without bounds one long line exhausted memory and a 2 MB gzip bomb unpacked
 * 2 GB. Each bound is far above what a real site's export holds, and settable for the one that
 * needs more (`inspir import site --max-…-mb`).
 */
export interface RestoreLimits {
  /**
   * The longest JSON document read whole: one row of a table file, or the manifest. A body is
   * at most 2,000,000 characters (the editor's limit), 12 MB of JSON at worst with every
   * character escaped; the default leaves five times that.
   */
  maxLineBytes: number;
  /**
   * The largest single file unpacked. Media files are bounded by MEDIA_MAX_MB (at most
   * 1 GB); the largest file is a table, `revisions` on a big site: 50,000 items with ten
   * revisions of 30 KB is 15 GB.
   */
  maxEntryBytes: number;
  /**
   * Everything unpacked together: a big site's tables (tens of GB at most, as above) plus its
   * media (20,000 uploads with their variants, a few MB each: tens of GB).
   */
  maxUnpackedBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_RESTORE_LIMITS: RestoreLimits = {
  maxLineBytes: 64 * MB,
  maxEntryBytes: 16 * 1024 * MB,
  maxUnpackedBytes: 64 * 1024 * MB,
};

/** A size for a message: whole megabytes when it is that large, else bytes. */
export function describeBytes(bytes: number): string {
  return bytes >= MB && bytes % MB === 0 ? `${bytes / MB} MB` : `${bytes} bytes`;
}

/** Megabytes, as the command line takes them, in bytes. */
export function megabytes(count: number): number {
  return Math.round(count * MB);
}

/** Ctrl-C or a stop signal during a restore: nothing was restored and nothing is left. */
export class RestoreInterruptedError extends ArchiveError {
  override name = 'RestoreInterruptedError';
  constructor() {
    super('The restore was interrupted; nothing was restored.');
  }
}
