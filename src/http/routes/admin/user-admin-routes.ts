import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UserRole } from '../../../domain/auth/actor.ts';
import { inviteUser } from '../../../domain/auth/one-time-link-service.ts';
import { canOnSite } from '../../../domain/auth/permissions.ts';
import { listLabels } from '../../../domain/labels/label-service.ts';
import {
  type CreateUserInput,
  changeUser,
  deactivateUser,
  listUsers,
  reactivateUser,
} from '../../../domain/users/user-service.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../../lib/errors.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { problem } from '../../../lib/problems.ts';
import {
  UserEditPage,
  type UserFormState,
  type UserFormValues,
} from '../../../views/admin/pages/user-edit-page.tsx';
import { UsersPage } from '../../../views/admin/pages/users-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { formListSchema, formText, readForm } from './form-fields.ts';
import { noticeWords, refusalWords } from './page-words.ts';

type UserParams = { Params: { id: string } };

/** The confirmations a redirect may ask for (`?notice=`), never text from the address. */
const notices = {
  invited: 'admin.users.invited',
  saved: 'admin.users.saved',
  deactivated: 'admin.users.deactivated',
  reactivated: 'admin.users.reactivated',
} as const;

/** The user form, as the domain's user input: the domain judges each field, role included. */
const userFormShape = {
  email: formText(),
  name: formText(),
  role: formText(),
  countries: formListSchema,
} satisfies Record<keyof Omit<CreateUserInput, 'password'>, unknown>;

function userFormValues(body: unknown): UserFormValues {
  return readForm(userFormShape, body);
}

/** Refusals a person can fix in the form (a taken email is a conflict); the rest are error pages. */
function isFormRefusal(error: unknown): error is ValidationError | ConflictError {
  return error instanceof ValidationError || error instanceof ConflictError;
}

/** A refused form to show again: the values as sent, and why, in the admin's language. */
type Refusal = { values: UserFormValues; error: ValidationError | ConflictError };

function stateOf(refusal: Refusal | undefined, i18n: Translator): UserFormState | undefined {
  return refusal && { values: refusal.values, ...refusalWords(refusal.error, i18n) };
}

/** `/admin/users`: accounts, invitations and roles (administrators only). */
export function registerUserAdminRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  async function renderUsers(request: FastifyRequest, reply: FastifyReply, refusal?: Refusal) {
    const actor = requireActor(request);
    // Checked before anything is read, so a refusal never depends on what the page would show.
    if (!canOnSite(actor, 'manage-users')) {
      throw new ForbiddenError(problem('problem.onlyAdministrators'));
    }
    const [users, countries] = await Promise.all([listUsers(db, actor), listLabels(db, 'country')]);
    const chrome = await loadAdminChrome(context, request, reply);
    return sendAdminPage(
      reply,
      UsersPage({
        chrome,
        users,
        countries,
        invitation: stateOf(refusal, chrome.i18n),
        notice: noticeWords(request, notices, chrome.i18n),
      }),
      refusal?.error.statusCode,
    );
  }

  async function renderUser(
    request: FastifyRequest<UserParams>,
    reply: FastifyReply,
    refusal?: Refusal,
  ) {
    const actor = requireActor(request);
    if (!canOnSite(actor, 'manage-users')) {
      throw new ForbiddenError(problem('problem.onlyAdministrators'));
    }
    const [users, countries] = await Promise.all([listUsers(db, actor), listLabels(db, 'country')]);
    const user = users.find((candidate) => candidate.id === request.params.id);
    if (!user) throw new NotFoundError(problem('problem.noSuchUser'));
    const slugOf = new Map(countries.map((country) => [country.id, country.slug]));
    const values: UserFormValues = {
      email: user.email,
      name: user.name,
      role: user.role,
      countries: user.countryLabelIds.flatMap((id) => slugOf.get(id) ?? []),
    };
    const chrome = await loadAdminChrome(context, request, reply);
    return sendAdminPage(
      reply,
      UserEditPage({ chrome, user, values, countries, state: stateOf(refusal, chrome.i18n) }),
      refusal?.error.statusCode,
    );
  }

  scope.get('/admin/users', (request, reply) => renderUsers(request, reply));

  scope.post('/admin/users', async (request, reply) => {
    const values = userFormValues(request.body);
    try {
      await inviteUser(context.newsroom, requireActor(request), {
        email: values.email,
        name: values.name,
        // Any other text is refused by the domain, with a message for the field.
        role: values.role as UserRole,
        countries: values.countries,
      });
    } catch (error) {
      if (!isFormRefusal(error)) throw error;
      return renderUsers(request, reply, { values, error });
    }
    return reply.redirect('/admin/users?notice=invited', 303);
  });

  scope.get<UserParams>('/admin/users/:id', (request, reply) => renderUser(request, reply));

  scope.post<UserParams>('/admin/users/:id', async (request, reply) => {
    const values = userFormValues(request.body);
    try {
      await changeUser(db, requireActor(request), request.params.id, {
        name: values.name,
        role: values.role as UserRole,
        countries: values.countries,
      });
    } catch (error) {
      if (!isFormRefusal(error)) throw error;
      return renderUser(request, reply, { values, error });
    }
    return reply.redirect('/admin/users?notice=saved', 303);
  });

  scope.post<UserParams>('/admin/users/:id/deactivate', async (request, reply) => {
    await deactivateUser(db, requireActor(request), request.params.id);
    return reply.redirect('/admin/users?notice=deactivated', 303);
  });

  scope.post<UserParams>('/admin/users/:id/reactivate', async (request, reply) => {
    await reactivateUser(db, requireActor(request), request.params.id);
    return reply.redirect('/admin/users?notice=reactivated', 303);
  });
}
