import { schemaRef } from './openapi-schemas.ts';
import type { Operation, Reference, RequestBody, Response } from './openapi-types.ts';

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
