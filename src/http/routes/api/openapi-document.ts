import type { ContentType } from '../../../domain/content/content-item.ts';
import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../../../domain/content-types/content-type-registry.ts';
import { INTERFACE_LANGUAGES } from '../../../lib/i18n/languages.ts';
import { getTranslator } from '../../../lib/i18n/translator.ts';
import { adminCollectionPaths } from './openapi-collection-paths.ts';
import { withTrashOperations } from './openapi-trash-paths.ts';
import { previewLinkPaths } from './openapi-preview-link-paths.ts';
import { COMMENTS_TAG, commentPaths } from './openapi-comment-paths.ts';
import { REGISTRATIONS_TAG, registrationPaths } from './openapi-registration-paths.ts';
import { SIGNATURES_TAG, signaturePaths } from './openapi-signature-paths.ts';
import {
  adminOperation,
  adminResponses,
  errorResponse,
  json,
  jsonBody,
  parameterRef,
  responseRef,
} from './openapi-parts.ts';
import { componentSchemas } from './openapi-components.ts';
import { schemaRef } from './openapi-json-schema.ts';
import { documentedTypes } from './openapi-type-schemas.ts';
import type { OpenApiDocument, Parameter, PathItem, Response } from './openapi-types.ts';

/**
 * The OpenAPI 3.1 description of `/api/v1`. The operations are written here, next to the
 * routes they describe; the schemas are made from the code (openapi-components.ts). Tests
 * check that every route registered under `/api/v1` is here and the other way round, that
 * every `$ref` resolves, that each type has all its paths and schemas, and that real answers
 * match the schemas (openapi-responses.test.ts).
 */

const parameters: Record<string, Parameter> = {
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    description:
      'The item\'s ETag (`"7"`, its `version`) this edit was made from; a stale one is refused with 409 (code `edit_conflict`). Same as `version` in the body',
    schema: { type: 'string', examples: ['"7"'] },
  },
  ItemId: {
    name: 'id',
    in: 'path',
    required: true,
    description: "The item's id",
    schema: { type: 'string', format: 'uuid' },
  },
  Page: {
    name: 'page',
    in: 'query',
    description: 'Page number, from 1',
    schema: { type: 'integer', minimum: 1 },
  },
  Status: {
    name: 'status',
    in: 'query',
    description: 'Only items of this status',
    schema: schemaRef('ContentStatus'),
  },
  Slug: {
    name: 'slug',
    in: 'path',
    required: true,
    description: "The item's slug",
    schema: { type: 'string' },
  },
  Country: {
    name: 'country',
    in: 'query',
    description: 'Only items of this country (a slug); not together with `theme`',
    schema: { type: 'string' },
  },
  Theme: {
    name: 'theme',
    in: 'query',
    description: 'Only items of this theme (a slug); not together with `country`',
    schema: { type: 'string' },
  },
  SearchQuery: {
    name: 'q',
    in: 'query',
    description:
      'Words to find, all of them; a phrase in double quotes. Any text is accepted: no character is an operator',
    schema: { type: 'string', maxLength: 2000 },
  },
  SearchCountry: {
    name: 'country',
    in: 'query',
    description: 'Only items of this country (a slug); combines with every other filter',
    schema: { type: 'string' },
  },
  SearchTheme: {
    name: 'theme',
    in: 'query',
    description: 'Only items of this theme (a slug)',
    schema: { type: 'string' },
  },
  SearchType: {
    name: 'type',
    in: 'query',
    description: 'Only items of this type',
    schema: { type: 'string', enum: documentedTypes.map(({ type }) => type) },
  },
  DeskQuery: {
    name: 'q',
    in: 'query',
    description:
      'Words that must each appear in the title, the excerpt or the text, ignoring case; drafts and items in review are searched too',
    schema: { type: 'string', maxLength: 200 },
  },
  DeskCountry: {
    name: 'country',
    in: 'query',
    description: 'Only items of this country (a slug)',
    schema: { type: 'string' },
  },
  DeskAuthor: {
    name: 'author',
    in: 'query',
    description: "Only items by this user (the author's id)",
    schema: { type: 'string', format: 'uuid' },
  },
  DeskFrom: {
    name: 'from',
    in: 'query',
    description: 'Only items last changed on or after this day (UTC)',
    schema: { type: 'string', format: 'date' },
  },
  DeskTo: {
    name: 'to',
    in: 'query',
    description: 'Only items last changed on or before this day (UTC); not before `from`',
    schema: { type: 'string', format: 'date' },
  },
  SearchYear: {
    name: 'year',
    in: 'query',
    description: 'Only items published in this year (UTC)',
    schema: { type: 'string', pattern: '^[0-9]{4}$' },
  },
  SearchLanguage: {
    name: 'language',
    in: 'query',
    description: "The reader's language: items in it come first (any other order is kept)",
    schema: { type: 'string', enum: [...INTERFACE_LANGUAGES] },
  },
};

const responses: Record<string, Response> = {
  BadRequest: errorResponse(
    'The body is not valid JSON, or not well-formed multipart (code `bad_request`)',
  ),
  Unauthorized: {
    ...errorResponse('No token, or one that is unknown, revoked or expired (code `unauthorized`)'),
    headers: {
      'WWW-Authenticate': {
        description: 'Always `Bearer realm="inspir"`',
        schema: { type: 'string' },
      },
    },
  },
  Forbidden: errorResponse("The token's owner may not do this (code `forbidden`)"),
  NotFound: errorResponse(
    "No such item, or one the token's owner may not see, such as someone else's draft (code `not_found`)",
  ),
  Conflict: errorResponse(
    "The slug is taken (code `conflict`); for an edit that named its version, someone saved the item since (code `edit_conflict`; the sent text is kept as a revision); or the item's translation group has a version in that language already (code `translation_exists`)",
  ),
  Gone: errorResponse('The item is in the trash: it was removed on purpose (code `gone`)'),
  PayloadTooLarge: errorResponse(
    'The body is over 4 MB, or the upload over the media limit (code `payload_too_large`)',
  ),
  UnsupportedMediaType: errorResponse(
    'The body is not of a type the endpoint reads, or the file not an accepted type',
  ),
  SearchRefused: errorResponse(
    'A filter names no country, theme, type or year of the site (code `bad_request`)',
  ),
  ValidationFailed: errorResponse(
    'Input that cannot be accepted; `fields` names each field at fault, unknown fields included (code `validation_failed`)',
  ),
};

/**
 * How each type is named in summaries, operation ids and tags: the API's own words (its type
 * and collection names, which clients rely on) and the tag from the type's name in English.
 */
function typeWords(type: ContentType) {
  const { collection, names } = contentTypeDefinition(type);
  return { noun: type, plural: collection, tag: getTranslator('en').t(names.plural) };
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Each type's public list and item. */
function publicTypePaths(): Record<string, PathItem> {
  const paths: Record<string, PathItem> = {};
  for (const { type, stem, collection } of documentedTypes) {
    const words = typeWords(type);
    paths[`/api/v1/${collection}`] = {
      get: {
        operationId: `listPublic${capitalized(words.plural)}`,
        summary: `Published ${words.plural}, newest first`,
        tags: ['Public'],
        security: [],
        parameters: [parameterRef('Page'), parameterRef('Country'), parameterRef('Theme')],
        responses: {
          '200': json(`Public${stem}Page`, `A page of ${words.plural}`),
          '404': responseRef('NotFound'),
          '422': responseRef('ValidationFailed'),
        },
      },
    };
    paths[`/api/v1/${collection}/{slug}`] = {
      get: {
        operationId: `getPublic${stem}`,
        summary: `One published ${words.noun}`,
        tags: ['Public'],
        security: [],
        parameters: [parameterRef('Slug')],
        responses: {
          '200': json(`Public${stem}`, `The ${words.noun}`),
          '404': responseRef('NotFound'),
          '410': responseRef('Gone'),
        },
      },
    };
  }
  return paths;
}

/** Each type's admin collection, and the step only stories have. */
function adminTypePaths(): Record<string, PathItem> {
  return Object.assign(
    {
      '/api/v1/admin/stories/{id}/withdraw-consent': {
        post: adminOperation({
          operationId: 'withdrawStoryConsent',
          summary: 'Records that the person withdrew their consent',
          description:
            'The story is unpublished at once and can never be published again. Anyone who may see the story may record it, whatever its state.',
          tags: ['Stories'],
          parameters: [parameterRef('ItemId')],
          requestBody: jsonBody('EmptyBody', false),
          responses: adminResponses({ '200': json('ItemOutcome', 'Consent is withdrawn') }, [
            'BadRequest',
            'NotFound',
            'Conflict',
            'ValidationFailed',
          ]),
        }),
      },
    },
    ...documentedTypes.map(({ type, stem, collection }) => {
      const words = typeWords(type);
      const paths = adminCollectionPaths({
        collection,
        ...words,
        createBody: `Create${stem}Body`,
        updateBody: `Update${stem}Body`,
        itemSchema: `Admin${stem}`,
        pageSchema: `Admin${stem}Page`,
      });
      return {
        ...withTrashOperations(paths, { collection, ...words }),
        ...previewLinkPaths({ collection, ...words }),
      };
    }),
  ) as Record<string, PathItem>;
}

const publicPaths: Record<string, PathItem> = {
  ...publicTypePaths(),
  '/api/v1/search': {
    get: {
      operationId: 'searchContent',
      summary: 'Searches every published item',
      description:
        'The ranking, snippets and count of the site search. A search reaches the 2,000 newest matches: those with a word of the query in the title come first, then the others, newest first within each. 10 results a page. Without words or filters, no results.',
      tags: ['Public'],
      security: [],
      parameters: [
        parameterRef('SearchQuery'),
        parameterRef('SearchCountry'),
        parameterRef('SearchTheme'),
        parameterRef('SearchType'),
        parameterRef('SearchYear'),
        parameterRef('SearchLanguage'),
        parameterRef('Page'),
      ],
      responses: {
        '200': json('SearchResults', 'One page of results, best first'),
        '400': responseRef('SearchRefused'),
        '404': responseRef('NotFound'),
        '422': responseRef('ValidationFailed'),
      },
    },
  },
  '/api/v1/labels': {
    get: {
      operationId: 'listLabels',
      summary: 'Every country and theme',
      tags: ['Public'],
      security: [],
      responses: { '200': json('PublicLabels', 'The labels, in their display order') },
    },
  },
  '/api/v1/openapi.json': {
    get: {
      operationId: 'getOpenApiDocument',
      summary: 'This document',
      tags: ['Public'],
      security: [],
      responses: {
        '200': {
          description: 'The OpenAPI 3.1 document',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
      },
    },
  },
};

const mediaPaths: Record<string, PathItem> = {
  '/api/v1/admin/media': {
    post: adminOperation({
      operationId: 'uploadMedia',
      summary: 'Uploads an image (JPEG, PNG, WebP, GIF) or a PDF',
      description:
        'The type is read from the bytes, not the name. Images get WebP variants. Put the returned `url` into a body as `<img src>`.',
      tags: ['Media'],
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: schemaRef('MediaUpload'),
            encoding: { file: { contentType: 'application/octet-stream' } },
          },
        },
      },
      responses: adminResponses({ '201': json('Media', 'The upload was stored') }, [
        'BadRequest',
        'PayloadTooLarge',
        'UnsupportedMediaType',
        'ValidationFailed',
      ]),
    }),
  },
};

/** The document, with `siteUrl` as its server. */
export function openApiDocument(siteUrl: string): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'inspir API',
      version: '1.0.0',
      description:
        'The public read API, and the admin API for writing and publishing with the same rules as the admin area. Field names are snake_case; errors are `{"error": {"code", "message", "fields"}}`. Every item carries its `language` (BCP 47) and its `translations`: in the read API its other published versions by their pages (`[{language, url}]`), in the admin API every other version the token\'s owner may open, by its address in the admin API, with its status and whether it is older than its original.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: siteUrl }],
    tags: [
      { name: 'Public', description: 'Published content; no authentication' },
      ...CONTENT_TYPES.map(typeWords).map((words) => ({
        name: words.tag,
        description: `Writing, reviewing and publishing ${words.plural}`,
      })),
      { name: 'Media', description: 'Uploads' },
      COMMENTS_TAG,
      REGISTRATIONS_TAG,
      SIGNATURES_TAG,
    ],
    paths: {
      ...publicPaths,
      ...adminTypePaths(),
      ...mediaPaths,
      ...commentPaths,
      ...registrationPaths,
      ...signaturePaths,
    },
    components: {
      schemas: componentSchemas,
      responses,
      parameters,
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'inspir_…',
          description: 'An API token (`npx inspir token create`); it acts as its owner',
        },
      },
    },
  };
}
