import type { PathItem, Response } from './openapi-types.ts';
import {
  adminOperation,
  adminResponses,
  json,
  jsonBody,
  parameterRef,
  responseRef,
} from './openapi-parts.ts';

/** How a content type's admin collection reads in the document. */
export interface CollectionDocumentation {
  /** The path segment, as in `AdminContentCollection.collection`. */
  collection: string;
  /** Singular and plural for summaries: "post", "posts". */
  noun: string;
  plural: string;
  tag: string;
  createBody: string;
  updateBody: string;
  /** Schemas of one item and of a page of them. */
  itemSchema: string;
  pageSchema: string;
}

/** An item's answer with its version as ETag, to send back in `If-Match`. */
function withEtag(response: Response): Response {
  return {
    ...response,
    headers: {
      ETag: { description: 'The item\'s `version`, quoted (`"7"`)', schema: { type: 'string' } },
    },
  };
}

/** Every path of a content type's admin collection (the same for every type). */
export function adminCollectionPaths(doc: CollectionDocumentation): Record<string, PathItem> {
  const base = `/api/v1/admin/${doc.collection}`;
  const name = doc.noun.charAt(0).toUpperCase() + doc.noun.slice(1);
  const names = doc.plural.charAt(0).toUpperCase() + doc.plural.slice(1);
  const tags = [doc.tag];
  const step = (action: string, summary: string, description: string, body: string): PathItem => ({
    post: adminOperation({
      operationId: `${action}${name}`,
      summary,
      description,
      tags,
      parameters: [parameterRef('ItemId')],
      // Only the note of a send-back is required; other steps may be posted without a body.
      requestBody: jsonBody(body, body === 'SendBackBody'),
      responses: adminResponses({ '200': json('ItemOutcome', 'The step was taken') }, [
        'BadRequest',
        'NotFound',
        'ValidationFailed',
      ]),
    }),
  });
  return {
    [base]: {
      get: adminOperation({
        operationId: `list${names}`,
        summary: `The ${doc.plural} the token's owner may see`,
        description:
          "Administrators see everything; editors their own items and the submitted items of their countries; contributors their own. Newest change first, 50 a page, filtered as the desk at /admin filters. A country that is not one of the site's is a bad request (code `bad_request`); a value that cannot be a filter is `validation_failed`.",
        tags,
        parameters: [
          parameterRef('DeskQuery'),
          parameterRef('Status'),
          parameterRef('DeskCountry'),
          parameterRef('DeskAuthor'),
          parameterRef('DeskFrom'),
          parameterRef('DeskTo'),
          parameterRef('Page'),
        ],
        responses: {
          ...adminResponses({ '200': json(doc.pageSchema, `A page of ${doc.plural}`) }, [
            'ValidationFailed',
          ]),
          '400': responseRef('SearchRefused'),
        },
      }),
      post: adminOperation({
        operationId: `create${name}`,
        summary: `Writes a new ${doc.noun} as a draft by the token's owner`,
        tags,
        requestBody: jsonBody(doc.createBody),
        responses: adminResponses(
          {
            '201': {
              ...json('ItemOutcome', 'The draft was created'),
              headers: {
                Location: {
                  description: `The new ${doc.noun}'s address`,
                  schema: { type: 'string' },
                },
              },
            },
          },
          ['BadRequest', 'Conflict', 'PayloadTooLarge', 'UnsupportedMediaType', 'ValidationFailed'],
        ),
      }),
    },
    [`${base}/{id}`]: {
      get: adminOperation({
        operationId: `get${name}`,
        summary: `One ${doc.noun}`,
        tags,
        parameters: [parameterRef('ItemId')],
        responses: adminResponses({ '200': withEtag(json(doc.itemSchema, `The ${doc.noun}`)) }, [
          'NotFound',
        ]),
      }),
      patch: adminOperation({
        operationId: `update${name}`,
        summary: `Changes a ${doc.noun}, keeping a revision`,
        description:
          'Fields not sent stay as they are. A published or scheduled item gains a country only from an editor of that country (403 otherwise), and loses its last country only to an administrator. An edit that names the version it was made from (`version` in the body, or `If-Match`) is refused with 409 `edit_conflict` when the item has changed since, and its text kept as a revision; without one, it is saved over the current text.',
        tags,
        parameters: [parameterRef('ItemId'), parameterRef('IfMatch')],
        requestBody: jsonBody(doc.updateBody),
        responses: adminResponses(
          { '200': withEtag(json(doc.itemSchema, `The ${doc.noun} as saved`)) },
          [
            'BadRequest',
            'NotFound',
            'Conflict',
            'PayloadTooLarge',
            'UnsupportedMediaType',
            'ValidationFailed',
          ],
        ),
      }),
    },
    [`${base}/{id}/submit`]: step(
      'submit',
      'Submits a draft for review',
      "Only the author, and only a draft. The editors of the item's countries are told by email.",
      'EmptyBody',
    ),
    [`${base}/{id}/approve`]: step(
      'approve',
      'Publishes now, or schedules for a future published_at',
      "Editors of one of the item's countries, and administrators. Images need alt text first (422).",
      'ApproveBody',
    ),
    [`${base}/{id}/send-back`]: step(
      'sendBack',
      'Returns the item to its author as a draft, with a note',
      'For items in review or scheduled. The note is required (422 without it).',
      'SendBackBody',
    ),
    [`${base}/{id}/unpublish`]: step(
      'unpublish',
      'Takes a published or scheduled item off the site',
      'The item and its date are kept.',
      'EmptyBody',
    ),
    [`${base}/{id}/translations`]: {
      post: adminOperation({
        operationId: `translate${name}`,
        summary: `Writes a translation of the ${doc.noun} as a draft by the token's owner`,
        description:
          "A draft in `language`, linked to the item's group: its countries, themes, type fields and pictures are the original's, its words those sent (left out: the original's, to translate). Asked of a translation, it translates the group's original. For whoever may see the original (403 for a version whose original they may not see); the original's language and a type whose address comes from its fields are `validation_failed`, a language the group has is 409 `translation_exists`.",
        tags,
        parameters: [parameterRef('ItemId')],
        requestBody: jsonBody('TranslationBody'),
        responses: adminResponses(
          {
            '201': {
              ...json(doc.itemSchema, 'The draft translation'),
              headers: {
                Location: {
                  description: "The translation's address",
                  schema: { type: 'string' },
                },
              },
            },
          },
          ['BadRequest', 'NotFound', 'Conflict', 'PayloadTooLarge', 'ValidationFailed'],
        ),
      }),
    },
    [`${base}/{id}/revisions`]: {
      get: adminOperation({
        operationId: `list${name}Revisions`,
        summary: `The ${doc.noun}'s revisions, newest first`,
        tags,
        parameters: [parameterRef('ItemId')],
        responses: adminResponses({ '200': json('RevisionList', 'The revisions') }, ['NotFound']),
      }),
    },
  };
}
