import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  REGISTRATION_STATUSES,
  type RegistrationRow,
  listRegistrations,
  parseRegistrationStatus,
} from '../../../domain/registrations/registration-service.ts';
import { parseInput } from '../../../domain/validation.ts';
import { BadRequestError } from '../../../lib/errors.ts';
import { type Problem, problem, problemText } from '../../../lib/problems.ts';
import type { AppContext } from '../../app-context.ts';
import { apiActor } from '../../plugins/api-authentication.ts';
import { ADMIN_API_PREFIX } from './admin-content-routes.ts';
import { idJson, timestampJson } from './api-output.ts';

/**
 * An event's registrations over the API: `GET /api/v1/admin/events/:id/registrations`, in the
 * order they came, a cursor to the next page. The same rules as the admin page: the
 * administrators and the editors of the event's countries (the domain decides).
 */

export const REGISTRATIONS_API_PATH = `${ADMIN_API_PREFIX}/events/:id/registrations`;

const DEFAULT_LIMIT = 50;
export const MAX_REGISTRATIONS_LIMIT = 100;

export const registrationJsonSchema = z.strictObject({
  id: idJson,
  name: z.string(),
  email: z.string(),
  organization: z.string(),
  country: z.string(),
  answers: z
    .array(z.strictObject({ question: z.string(), answer: z.string() }))
    .meta({ description: "Answers to the event's questions, the question as it was asked" }),
  language: z.string().meta({ description: 'The language its emails are written in' }),
  time_zone: z.string().meta({ description: "The registrant's IANA zone" }),
  status: z.enum(REGISTRATION_STATUSES).meta({
    description:
      '`unconfirmed` until the email is confirmed; `confirmed` has a place; `waiting` is on the waiting list',
  }),
  waiting_position: z
    .number()
    .int()
    .min(1)
    .nullable()
    .meta({ description: 'Its place on the waiting list (1: next); null unless waiting' }),
  created_at: timestampJson,
  confirmed_at: timestampJson.nullable(),
  placed_at: timestampJson
    .nullable()
    .meta({ description: 'When the place was given or the wait began' }),
  cancelled_at: timestampJson.nullable(),
});

const countsJsonSchema = z.strictObject(
  Object.fromEntries(REGISTRATION_STATUSES.map((status) => [status, z.number().int().min(0)])) as {
    [Status in (typeof REGISTRATION_STATUSES)[number]]: z.ZodNumber;
  },
);

export const registrationListJsonSchema = z.strictObject({
  event: z.strictObject({
    id: idJson,
    title: z.string(),
    starts_at: timestampJson,
    time_zone: z.string().meta({ description: "The event's own IANA zone" }),
    capacity: z.number().int().min(1).nullable().meta({ description: 'null: no limit' }),
  }),
  counts: countsJsonSchema.meta({ description: 'Registrations of each status' }),
  data: z.array(registrationJsonSchema).meta({ description: 'In the order they came' }),
  next_cursor: z
    .string()
    .nullable()
    .meta({ description: 'Send as `cursor` for the next page; null on the last' }),
});

function queryValue(value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : value;
  return first === '' ? undefined : first;
}

/** The page size; the status and the cursor are the domain's to read (400 when they cannot be). */
const limitQuerySchema = z.object({
  limit: z.preprocess(
    queryValue,
    z
      .string()
      .regex(/^\d{1,3}$/, 'problem.wholeNumber')
      .transform(Number)
      .pipe(
        z.number().min(1, 'problem.minNumber').max(MAX_REGISTRATIONS_LIMIT, 'problem.maxNumber'),
      )
      .optional(),
  ),
});

/** A query that cannot be read is a 400 naming each parameter at fault, as the domain's are. */
function refusal(fields: Record<string, Problem>) {
  const faults = Object.entries(fields).map(([name, fault]) => `${name} ${problemText(fault)}`);
  return new BadRequestError(
    problem('admin.registrations.problem.cannotList', { faults: faults.join('; ') }),
    fields,
  );
}

function registrationJson(row: RegistrationRow): z.output<typeof registrationJsonSchema> {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    organization: row.organization,
    country: row.country,
    answers: row.answers,
    language: row.language,
    time_zone: row.time_zone,
    status: row.status,
    waiting_position: row.waiting_position,
    created_at: row.created_at,
    confirmed_at: row.confirmed_at,
    placed_at: row.placed_at,
    cancelled_at: row.cancelled_at,
  };
}

type EventParams = { Params: { id: string } };

export function registerAdminRegistrationRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  scope.get<EventParams>(REGISTRATIONS_API_PATH, async (request, reply) => {
    const actor = apiActor(request);
    const raw = (request.query ?? {}) as Record<string, unknown>;
    const { limit } = parseInput(limitQuerySchema, raw, { refuse: refusal });
    const list = await listRegistrations(db, actor, request.params.id, {
      status: parseRegistrationStatus(raw.status),
      limit: limit ?? DEFAULT_LIMIT,
      cursor: raw.cursor,
    });
    const { event } = list;
    const body: z.output<typeof registrationListJsonSchema> = {
      event: {
        id: event.id,
        title: event.title,
        starts_at: event.startsAt,
        time_zone: event.timeZone,
        capacity: event.capacity,
      },
      counts: list.counts,
      data: list.registrations.map(registrationJson),
      next_cursor: list.nextCursor,
    };
    return reply.header('cache-control', 'no-store').send(body);
  });
}
