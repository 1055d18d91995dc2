import type { PathItem } from './openapi-types.ts';
import { adminOperation, adminResponses, json, jsonBody, parameterRef } from './openapi-parts.ts';

/** A type's `/{id}/preview-link` operations (see admin-preview-link-routes.ts). */
export function previewLinkPaths(doc: {
  collection: string;
  noun: string;
  tag: string;
}): Record<string, PathItem> {
  const name = doc.noun.charAt(0).toUpperCase() + doc.noun.slice(1);
  const tags = [doc.tag];
  const parameters = [parameterRef('ItemId')];
  return {
    [`/api/v1/admin/${doc.collection}/{id}/preview-link`]: {
      post: adminOperation({
        operationId: `share${name}Preview`,
        summary: `Makes a private preview link to a ${doc.noun}`,
        description:
          'Whoever holds the link sees the item as readers would, published or not, without an account, until it expires (7 days unless `expires_in_days` says otherwise, at most 30) or is revoked; then 404. The page is marked noindex and never cached. Whoever may edit or review the item may make one.',
        tags,
        parameters,
        requestBody: jsonBody('PreviewLinkBody', false),
        responses: adminResponses({ '201': json('PreviewLink', 'The link was made') }, [
          'BadRequest',
          'NotFound',
          'ValidationFailed',
        ]),
      }),
      delete: adminOperation({
        operationId: `revoke${name}Previews`,
        summary: `Revokes every preview link to a ${doc.noun}`,
        description: 'They answer 404 from now on. Allowed to whoever may make them.',
        tags,
        parameters,
        responses: adminResponses({ '204': { description: 'No preview link works any more' } }, [
          'NotFound',
        ]),
      }),
    },
  };
}
