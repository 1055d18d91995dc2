import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type RegistrationRow,
  listRegistrations,
  parseRegistrationStatus,
  registrationsCsv,
  sendEventMessage,
} from '../../../domain/registrations/registration-service.ts';
import { AppError } from '../../../lib/errors.ts';
import { currentTimestamp } from '../../../lib/time.ts';
import type {
  MessageFormState,
  RegistrationListing,
} from '../../../views/admin/pages/registrations-page.tsx';
import {
  type RegistrationsQuery,
  RegistrationsPage,
  registrationsHref,
} from '../../../views/admin/pages/registrations-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { textField } from './form-fields.ts';
import { refusalWords } from './page-words.ts';

/** Registrations a page of the list shows. */
export const REGISTRATIONS_PAGE_SIZE = 50;

type EventParams = { Params: { id: string } };

/** The list's query from the address (the domain refuses a status or cursor it cannot read). */
function registrationsQuery(request: FastifyRequest): RegistrationsQuery {
  const cursor = textField(request.query, 'cursor');
  return {
    status: parseRegistrationStatus(textField(request.query, 'status')),
    cursor: cursor || undefined,
  };
}

function listingOf(row: RegistrationRow): RegistrationListing {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    organization: row.organization,
    country: row.country,
    status: row.status,
    waitingPosition: row.waiting_position,
    createdAt: row.created_at,
    answers: row.answers,
  };
}

/** A refusal the organiser can act on in the same form; 401/403/404 are error pages. */
function isFormRefusal(error: unknown): error is AppError {
  return (
    error instanceof AppError &&
    error.statusCode >= 400 &&
    error.statusCode < 500 &&
    ![401, 403, 404].includes(error.statusCode)
  );
}

const EMPTY_MESSAGE = { values: { subject: '', body: '', kind: 'message' } };

/** The "sent to N people" confirmation travels as a count in the address, digits only. */
function sentNotice(request: FastifyRequest): number | undefined {
  if (textField(request.query, 'notice') !== 'sent') return undefined;
  const count = textField(request.query, 'count');
  return /^\d{1,7}$/.test(count) ? Number(count) : 0;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * `/admin/events/:id/registrations`: an event's registrations for its organisers (the
 * administrators and the editors of its countries; the domain decides who), as a list, as
 * CSV, and a form that writes to the registrants.
 */
export function registerRegistrationRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  async function sendPage(
    request: FastifyRequest<EventParams>,
    reply: FastifyReply,
    form: { values: MessageFormState['values']; error?: AppError },
  ) {
    const actor = requireActor(request);
    const query = registrationsQuery(request);
    const list = await listRegistrations(db, actor, request.params.id, {
      status: query.status,
      limit: REGISTRATIONS_PAGE_SIZE,
      cursor: query.cursor,
    });
    const chrome = await loadAdminChrome(context, request, reply);
    const sent = sentNotice(request);
    const { event } = list;
    const refusal = form.error && refusalWords(form.error, chrome.i18n);
    return sendAdminPage(
      reply,
      RegistrationsPage({
        chrome,
        event: {
          id: event.id,
          title: event.title,
          startsAt: event.startsAt,
          timeZone: event.timeZone,
          capacity: event.capacity,
          hasEnded: event.endsAt <= currentTimestamp(),
        },
        counts: list.counts,
        registrations: list.registrations.map(listingOf),
        query,
        nextCursor: list.nextCursor,
        message: { values: form.values, refusal },
        notice:
          sent === undefined
            ? undefined
            : chrome.i18n.t('admin.registrations.message.sent', { count: sent }),
      }),
      form.error?.statusCode,
    );
  }

  scope.get<EventParams>('/admin/events/:id/registrations', (request, reply) =>
    sendPage(request, reply, EMPTY_MESSAGE),
  );

  scope.get<EventParams>('/admin/events/:id/registrations.csv', async (request, reply) => {
    const csv = await registrationsCsv(db, requireActor(request), request.params.id);
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="registrations-${today()}.csv"`)
      .type('text/csv; charset=utf-8; header=present')
      .send(csv);
  });

  scope.post<EventParams>('/admin/events/:id/messages', async (request, reply) => {
    const actor = requireActor(request);
    const values = {
      subject: textField(request.body, 'subject'),
      body: textField(request.body, 'body'),
      kind: textField(request.body, 'kind'),
    };
    try {
      // The domain reads and judges the fields; a second click within minutes is refused.
      const { recipients } = await sendEventMessage(
        db,
        context.mailQueue,
        actor,
        request.params.id,
        values,
      );
      const href = registrationsHref(request.params.id);
      return reply.redirect(`${href}?notice=sent&count=${recipients}`, 303);
    } catch (error) {
      if (!isFormRefusal(error)) throw error;
      return sendPage(request, reply, { values, error });
    }
  });
}
