import { schemaRef } from './openapi-json-schema.ts';
import type { JsonSchema, Operation, Reference, RequestBody, Response } from './openapi-types.ts';

/** Small builders for the OpenAPI document's operations, so each reads in a few lines. */

const ADMIN_SECURITY = [{ bearerAuth: [] }];

export function responseRef(name: string): Reference {
  return { $ref: `#/components/responses/${name}` };
}

export function parameterRef(name: string): Reference {
  return { $ref: `#/components/parameters/${name}` };
}

export function json(schemaName: string, description: string): Response {
  return { description, content: { 'application/json': { schema: schemaRef(schemaName) } } };
}

export function jsonBody(schemaName: string, required = true): RequestBody {
  return { required, content: { 'application/json': { schema: schemaRef(schemaName) } } };
}

export function errorResponse(description: string): Response {
  return json('Error', description);
}

/**
 * What every refusal answers (the error handler's JSON, src/http/plugins/error-handler.ts).
 * Written out here; openapi-responses.test.ts checks real refusals against it.
 */
export const errorSchema: JsonSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: {
          type: 'string',
          description: 'Stable; what clients should branch on',
          examples: ['validation_failed', 'not_found', 'forbidden', 'payload_too_large'],
        },
        message: { type: 'string', description: 'For people; may change' },
        fields: {
          type: 'object',
          description: 'A message per field at fault (snake_case names; `body` for the whole body)',
          additionalProperties: { type: 'string' },
        },
      },
      required: ['code', 'message'],
      additionalProperties: false,
    },
  },
  required: ['error'],
  additionalProperties: false,
};

const refusalStatus = {
  BadRequest: '400',
  NotFound: '404',
  Conflict: '409',
  PayloadTooLarge: '413',
  UnsupportedMediaType: '415',
  ValidationFailed: '422',
} as const;

type Refusal = keyof typeof refusalStatus;

/** Refusals every admin endpoint can give (401, 403), plus those of the operation. */
export function adminResponses(
  success: Record<string, Response | Reference>,
  refusals: Refusal[],
): Record<string, Response | Reference> {
  const responses: Record<string, Response | Reference> = {
    ...success,
    '401': responseRef('Unauthorized'),
    '403': responseRef('Forbidden'),
  };
  for (const refusal of refusals) responses[refusalStatus[refusal]] = responseRef(refusal);
  return responses;
}

/** An operation that needs the bearer token. */
export function adminOperation(operation: Omit<Operation, 'security'>): Operation {
  return { ...operation, security: ADMIN_SECURITY };
}
