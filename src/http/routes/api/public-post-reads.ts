import type { Db } from '../../../db/connection.ts';
import type { LabelKind } from '../../../domain/content/content-item.ts';
import { getLabel } from '../../../domain/labels/label-service.ts';
import { NotFoundError, ValidationError } from '../../../lib/errors.ts';

/** The id of the label a list is filtered by; an unknown slug is a refused filter, not a 404. */
export async function filterLabelId(db: Db, kind: LabelKind, slug: string): Promise<string> {
  try {
    return (await getLabel(db, kind, slug)).id;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    throw new ValidationError('Some fields need attention.', {
      [kind]: `there is no ${kind} "${slug}"`,
    });
  }
}
