import { REGISTRATION_STATUSES } from '../../../domain/registrations/registration-service.ts';
import {
  MAX_REGISTRATIONS_LIMIT,
  registrationListJsonSchema,
} from './admin-registration-routes.ts';
import { jsonSchemaOf } from './openapi-json-schema.ts';
import { adminOperation, adminResponses } from './openapi-parts.ts';
import type { PathItem } from './openapi-types.ts';

/** The registrations operations (see admin-registration-routes.ts). */

export const REGISTRATIONS_TAG = {
  name: 'Registrations',
  description: "People registered for events, for the events' organisers",
};

export const registrationPaths: Record<string, PathItem> = {
  '/api/v1/admin/events/{id}/registrations': {
    get: adminOperation({
      operationId: 'listEventRegistrations',
      summary: "Lists an event's registrations, in the order they came",
      description:
        "Administrators see every event's registrations, editors those of events carrying one of their countries; contributors none (403). An unknown event is 404; an unknown status, a limit past 100 or an unreadable cursor is a 400 naming it.",
      tags: [REGISTRATIONS_TAG.name],
      parameters: [
        {
          name: 'id',
          in: 'path',
          required: true,
          description: "The event's id",
          schema: { type: 'string', format: 'uuid' },
        },
        {
          name: 'status',
          in: 'query',
          description: 'Only registrations of this status; every one unless told',
          schema: { type: 'string', enum: [...REGISTRATION_STATUSES] },
        },
        {
          name: 'limit',
          in: 'query',
          description: `How many registrations a page holds, at most ${MAX_REGISTRATIONS_LIMIT}; 50 unless told`,
          schema: { type: 'integer', minimum: 1 },
        },
        {
          name: 'cursor',
          in: 'query',
          description: 'The `next_cursor` of the previous page',
          schema: { type: 'string' },
        },
      ],
      responses: adminResponses(
        {
          '200': {
            description: 'The event, its counts and a page of its registrations',
            content: { 'application/json': { schema: jsonSchemaOf(registrationListJsonSchema) } },
          },
        },
        ['BadRequest', 'NotFound'],
      ),
    }),
  },
};
