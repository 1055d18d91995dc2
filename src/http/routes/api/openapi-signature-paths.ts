import {
  SIGNATURE_KINDS,
  SIGNATURE_STATUSES,
  signatureJsonSchema,
  signatureListJsonSchema,
} from './admin-signature-routes.ts';
import { jsonSchemaOf } from './openapi-json-schema.ts';
import { adminOperation, adminResponses } from './openapi-parts.ts';
import type { Parameter, PathItem, Response } from './openapi-types.ts';

/** The signature operations for organisers (see admin-signature-routes.ts). */

export const SIGNATURES_TAG = {
  name: 'Signatures',
  description: 'Signatures under calls to action, for their organisers',
};

const tags = [SIGNATURES_TAG.name];

const idParameter = (description: string): Parameter => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', format: 'uuid' },
});

const listParameters: Parameter[] = [
  idParameter("The statement's id"),
  {
    name: 'status',
    in: 'query',
    description: 'Only signatures of this status; every status unless told',
    schema: { type: 'string', enum: [...SIGNATURE_STATUSES] },
  },
  {
    name: 'kind',
    in: 'query',
    description: 'Only signatures given as an organisation or as an individual',
    schema: { type: 'string', enum: [...SIGNATURE_KINDS] },
  },
  {
    name: 'limit',
    in: 'query',
    description: 'How many signatures a page holds, at most 100; 50 unless told',
    schema: { type: 'integer', minimum: 1 },
  },
  {
    name: 'cursor',
    in: 'query',
    description: 'The `next_cursor` of the previous page',
    schema: { type: 'string' },
  },
];

function jsonAnswer(schema: Parameters<typeof jsonSchemaOf>[0], description: string): Response {
  return { description, content: { 'application/json': { schema: jsonSchemaOf(schema) } } };
}

const WHO =
  "Administrators organise every statement's signatures, editors those of statements carrying one of their countries; anyone else is refused (403). An unknown id is 404.";

export const signaturePaths: Record<string, PathItem> = {
  '/api/v1/admin/statements/{id}/signatures': {
    get: adminOperation({
      operationId: 'listSignatures',
      summary: "Lists a statement's signatures, newest first, with the counts of each status",
      description: `${WHO} An unknown status, kind or limit is a 400 naming it; a cursor this API did not give is a 422.`,
      tags,
      parameters: listParameters,
      responses: adminResponses(
        { '200': jsonAnswer(signatureListJsonSchema, 'A page of signatures') },
        ['BadRequest', 'NotFound', 'ValidationFailed'],
      ),
    }),
  },
  '/api/v1/admin/signatures/{id}/approve': {
    post: adminOperation({
      operationId: 'approveSignature',
      summary: "Approves an organisation's held signature: it is listed on the statement",
      description: `${WHO} Only a held signature can be approved; any other is a 409.`,
      tags,
      parameters: [idParameter("The signature's id")],
      responses: adminResponses(
        { '200': jsonAnswer(signatureJsonSchema, 'The signature as it now stands') },
        ['NotFound', 'Conflict'],
      ),
    }),
  },
  '/api/v1/admin/signatures/{id}/reject': {
    post: adminOperation({
      operationId: 'rejectSignature',
      summary: 'Rejects a signature: neither listed nor counted',
      description: `${WHO} A held or approved signature can be rejected (an approved one is taken off the statement); any other is a 409.`,
      tags,
      parameters: [idParameter("The signature's id")],
      responses: adminResponses(
        { '200': jsonAnswer(signatureJsonSchema, 'The signature as it now stands') },
        ['NotFound', 'Conflict'],
      ),
    }),
  },
};
