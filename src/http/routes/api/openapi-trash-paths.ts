import type { PathItem } from './openapi-types.ts';
import { adminOperation, adminResponses, json, parameterRef } from './openapi-parts.ts';

/**
 * Adds the trash's two operations to a type's collection paths (see admin-trash-routes.ts):
 * `DELETE /{id}` beside its GET and PATCH, and `POST /{id}/restore`.
 */
export function withTrashOperations(
  paths: Record<string, PathItem>,
  doc: { collection: string; noun: string; tag: string },
): Record<string, PathItem> {
  const base = `/api/v1/admin/${doc.collection}`;
  const name = doc.noun.charAt(0).toUpperCase() + doc.noun.slice(1);
  const tags = [doc.tag];
  const refusals = adminResponses({ '200': json('ItemTrashState', 'Done') }, [
    'NotFound',
    'Conflict',
  ]);
  return {
    ...paths,
    [`${base}/{id}`]: {
      ...paths[`${base}/{id}`],
      delete: adminOperation({
        operationId: `trash${name}`,
        summary: `Moves a ${doc.noun} to the trash`,
        description:
          "Whoever may edit the item may trash it (authors their own drafts, editors items of their countries, administrators all). It leaves every public page, feed, search and the desk; its public address answers 410 Gone. It is removed for good after the site's `trashRetentionDays` (30 by default) or when an administrator empties the trash. Already in the trash: 409.",
        tags,
        parameters: [parameterRef('ItemId')],
        responses: refusals,
      }),
    },
    [`${base}/{id}/restore`]: {
      post: adminOperation({
        operationId: `restore${name}`,
        summary: `Brings a ${doc.noun} back from the trash as it was`,
        description:
          'Same status, address and labels as before it was trashed. Allowed to whoever may trash it. Not in the trash: 409.',
        tags,
        parameters: [parameterRef('ItemId')],
        responses: refusals,
      }),
    },
  };
}
