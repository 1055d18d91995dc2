import type { Db } from '../../db/connection.ts';
import { selectMediaByIds } from '../../db/repositories/media-repository.ts';
import type { ContentSummary } from '../content/content-item.ts';
import type { PublicationFields } from '../content-types/publication-fields.ts';
import { toMediaItem } from '../media/media-mapping.ts';
import type { MediaItem } from '../media/media-types.ts';

export function publicationFieldsOf(item: Pick<ContentSummary, 'fields'>): PublicationFields {
  return item.fields as unknown as PublicationFields;
}

export interface PublicationFile {
  /** BCP 47 tag of the file's language. */
  language: string;
  media: MediaItem;
}

/** A publication's files, in the order given, with their uploads; files since deleted are left out. */
export async function getPublicationFiles(
  db: Db,
  item: Pick<ContentSummary, 'fields'>,
): Promise<PublicationFile[]> {
  const { files } = publicationFieldsOf(item);
  const rows = await selectMediaByIds(
    db,
    files.map((file) => file.mediaId),
  );
  const byId = new Map(rows.map((row) => [row.id, toMediaItem(row)]));
  return files.flatMap((file) => {
    const media = byId.get(file.mediaId);
    return media ? [{ language: file.language, media }] : [];
  });
}
