import type { DatabaseHandle, Db } from '../../db/connection.ts';
import { createMediaFileRowReader } from '../../db/repositories/media-repository.ts';
import { selectTrashedPublishedItem } from '../../db/repositories/trash-repository.ts';
import type { ContentType } from '../../db/schema.ts';
import { GoneError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { mediaIdOfStoredName } from '../media/media-names.ts';

/**
 * Throws 410 Gone when the address that found nothing belongs to an item readers saw and
 * that is now in the trash: links and search engines learn it was removed on purpose. For a
 * post, `datePrefix` (`2021-02-`) must match its date too, as its address carries it.
 */
export async function refuseTrashedAddress(
  db: Db,
  options: { type: ContentType; slug: string; now: string; datePrefix?: string },
): Promise<void> {
  const trashed = await selectTrashedPublishedItem(db, options);
  if (!trashed) return;
  if (options.datePrefix && !trashed.published_at?.startsWith(options.datePrefix)) return;
  throw new GoneError();
}

/** What serving a stored file learns from its upload's row. */
export interface MediaFileFacts {
  /** The name the file was uploaded under, which a PDF is offered to save as. */
  originalName: string;
}

/**
 * The check before serving a stored file (an original or a variant): while its upload is in
 * the trash it throws 410 Gone, as a trashed item's page does, and its bytes stay unserved
 * until it is restored. Otherwise it answers the row's facts, or undefined for a file that no
 * row names. One compiled primary-key lookup per request: the one PDFs already needed.
 */
export function createMediaFileCheck(
  handle: DatabaseHandle,
): (storedName: string) => Promise<MediaFileFacts | undefined> {
  const readRow = createMediaFileRowReader(handle);
  return async (storedName) => {
    const row = await readRow(mediaIdOfStoredName(storedName));
    if (!row) return undefined;
    if (row.deleted_at) throw new GoneError(problem('problem.fileRemoved'));
    return { originalName: row.original_name };
  };
}
