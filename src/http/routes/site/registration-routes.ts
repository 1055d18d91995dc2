import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { issueFormStamp } from '../../../domain/comments/form-stamp.ts';
import type { ContentDetail } from '../../../domain/content/content-item.ts';
import { eventFieldsOf } from '../../../domain/events/event-timing.ts';
import {
  type RegistrationInput,
  type RegistrationTarget,
  cancelRegistration,
  confirmRegistration,
  findRegistrationTarget,
  findRegistrationToCancel,
  findRegistrationToConfirm,
  getRegistrationSection,
  registerForEvent,
  registrationClosingInstant,
} from '../../../domain/registrations/registration-service.ts';
import { AppError, NotFoundError } from '../../../lib/errors.ts';
import { problem } from '../../../lib/problems.ts';
import type {
  RegistrationFormValues,
  RegistrationSectionView,
} from '../../../views/components/registration-form.tsx';
import {
  RegistrationActionPage,
  RegistrationBadLinkPage,
  RegistrationCancelledPage,
  RegistrationConfirmedPage,
  RegistrationFormPage,
  RegistrationSentPage,
  type RegisteredEvent,
} from '../../../views/pages/registration-notice-page.tsx';
import type { AppContext } from '../../app-context.ts';
import type { SiteChrome } from '../../../views/view-context.ts';
import { sendPage } from '../../pages/send-page.ts';
import { loadSiteChrome } from '../../pages/site-chrome.ts';

/**
 * Registering for an event on its page (issue 20's contract): `POST /events/:slug/register`
 * (form-encoded), and the pages of the links in registration emails, confirm and cancel
 * (a GET shows a button; the POST acts). Register inside a scope that parses forms. Nothing
 * here is cached: the pages carry a reader's address or link.
 */

/** The most answers a form carries (`answer_0` … `answer_9`), as the event fields allow. */
const MAX_QUESTIONS = 10;
/** Tokens are short; anything longer is not ours and is refused before any hashing. */
const MAX_TOKEN_LENGTH = 200;

type Form = Record<string, unknown>;

/** A form field as typed, the first when repeated (a second `email` cannot override). */
function typed(value: unknown, max = 4000): string {
  const first = Array.isArray(value) ? (value[0] as unknown) : value;
  return typeof first === 'string' ? first.slice(0, max) : '';
}

function formOf(request: FastifyRequest): Form {
  const body = request.body;
  return body && typeof body === 'object' ? (body as Form) : {};
}

function inputOf(form: Form): RegistrationInput {
  return {
    name: typed(form.name),
    email: typed(form.email),
    organization: typed(form.organization),
    country: typed(form.country),
    time_zone: typed(form.time_zone),
    website: typed(form.website),
    stamp: typed(form.stamp),
    answers: Array.from({ length: MAX_QUESTIONS }, (_, index) => typed(form[`answer_${index}`])),
  };
}

function valuesOf(input: RegistrationInput): RegistrationFormValues {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    name: text(input.name),
    email: text(input.email),
    organization: text(input.organization),
    country: text(input.country),
    time_zone: text(input.time_zone),
    answers: Array.isArray(input.answers) ? input.answers.map(text) : [],
  };
}

/** Pages with a reader's address or link: out of caches, Referer headers and indexes. */
function sendPrivatePage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  void reply
    .code(status)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-robots-tag', 'noindex');
  return sendPage(reply, page);
}

function eventOf(target: Pick<RegistrationTarget, 'title' | 'slug'>): RegisteredEvent {
  return { title: target.title, path: `/events/${target.slug}` };
}

const registerPath = (slug: string) => `/events/${slug}/register`;
const confirmPath = (token: string) => `/events/registrations/confirm/${token}`;
const cancelPath = (token: string) => `/events/registrations/cancel/${token}`;

/** What the form needs to be drawn for a target: state, questions, a fresh stamp, times. */
async function sectionView(
  context: AppContext,
  target: RegistrationTarget,
  now: Date,
): Promise<RegistrationSectionView> {
  const [section, stamp] = await Promise.all([
    getRegistrationSection(context.db, target, now),
    issueFormStamp(context.db, now),
  ]);
  return {
    state: section.state,
    questions: section.questions,
    stamp,
    capacity: target.fields.capacity,
    closesAt: registrationClosingInstant(target),
    startsAt: target.startsAt,
    zone: target.fields.timeZone,
  };
}

/**
 * The registration section of an event's page, or undefined when the event takes no
 * registrations here (its `registrationOpen` is off: no query at all). For the event page's
 * loader (item-page-views.ts); the view gets plain data, never the joining link.
 */
export async function loadRegistrationSection(
  context: AppContext,
  item: ContentDetail,
  now = new Date(),
): Promise<RegistrationSectionView | undefined> {
  if (!eventFieldsOf(item).registrationOpen) return undefined;
  const target = await findRegistrationTarget(context.db, item.slug, now);
  return target ? sectionView(context, target, now) : undefined;
}

/** A registration found by the token of a confirm or cancel link. */
type FoundLink = NonNullable<Awaited<ReturnType<typeof findRegistrationToConfirm>>> & {
  token: string;
};
type LinkFinder = (
  db: AppContext['db'],
  token: string,
) => ReturnType<typeof findRegistrationToConfirm>;

function tokenOf(request: FastifyRequest<{ Params: { token: string } }>): string {
  const { token } = request.params;
  return token.length <= MAX_TOKEN_LENGTH ? token : '';
}

export function registerRegistrationRoutes(app: FastifyInstance, context: AppContext): void {
  const badLink = async (request: FastifyRequest, reply: FastifyReply) =>
    sendPrivatePage(
      reply,
      RegistrationBadLinkPage({ chrome: await loadSiteChrome(context, request) }),
      404,
    );

  app.post<{ Params: { slug: string } }>('/events/:slug/register', async (request, reply) => {
    const now = new Date();
    const target = await findRegistrationTarget(context.db, request.params.slug, now);
    if (!target) throw new NotFoundError(problem('problem.nothingHere'));
    const input = inputOf(formOf(request));
    const chromePromise = loadSiteChrome(context, request);
    // Handled once, below: the chrome loads while the registration is taken.
    chromePromise.catch(() => undefined);
    try {
      await registerForEvent(context.db, context.mailQueue, {
        target,
        input,
        ip: request.ip,
        language: request.pageLanguage,
        now,
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.statusCode >= 500 || error.statusCode === 404) {
        throw error;
      }
      const [chrome, section] = await Promise.all([
        chromePromise,
        sectionView(context, target, new Date()),
      ]);
      if ('retryAfterSeconds' in error && typeof error.retryAfterSeconds === 'number') {
        void reply.header('retry-after', String(error.retryAfterSeconds));
      }
      const page = RegistrationFormPage({
        chrome,
        event: eventOf(target),
        action: chrome.localPath(registerPath(target.slug)),
        section,
        values: valuesOf(input),
        refusal: { problem: error.problem, fields: error.fieldProblems ?? {} },
      });
      return sendPrivatePage(reply, page, error.statusCode);
    }
    const chrome = await chromePromise;
    const email = typeof input.email === 'string' ? input.email.trim() : '';
    return sendPrivatePage(reply, RegistrationSentPage({ chrome, event: eventOf(target), email }));
  });

  /**
   * The four link pages share one rule: a link whose token finds no registration (too long,
   * forged, already confirmed, or gone by the time it acts) shows the bad-link page, never an
   * error. `find` reads the registration before acting: a confirmed link no longer finds it.
   */
  const onLink =
    (find: LinkFinder, handle: (link: FoundLink, chrome: SiteChrome) => VNode | Promise<VNode>) =>
    async (request: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply) => {
      const token = tokenOf(request);
      const found = token ? await find(context.db, token) : undefined;
      if (!found) return badLink(request, reply);
      let page: VNode;
      try {
        page = await handle({ ...found, token }, await loadSiteChrome(context, request));
      } catch (error) {
        if (error instanceof NotFoundError) return badLink(request, reply);
        throw error;
      }
      return sendPrivatePage(reply, page);
    };

  app.get<{ Params: { token: string } }>(
    confirmPath(':token'),
    onLink(findRegistrationToConfirm, (link, chrome) =>
      RegistrationActionPage({
        chrome,
        event: eventOf(link.event),
        action: chrome.localPath(confirmPath(link.token)),
        purpose: 'confirm',
      }),
    ),
  );

  app.post<{ Params: { token: string } }>(
    confirmPath(':token'),
    onLink(findRegistrationToConfirm, async (link, chrome) => {
      const outcome = await confirmRegistration(
        context.db,
        context.mailQueue,
        link.token,
        new Date(),
      );
      return RegistrationConfirmedPage({
        chrome,
        event: eventOf(link.event),
        outcome,
      });
    }),
  );

  app.get<{ Params: { token: string } }>(
    cancelPath(':token'),
    onLink(findRegistrationToCancel, (link, chrome) => {
      const event = eventOf(link.event);
      if (link.registration.status === 'cancelled') {
        return RegistrationCancelledPage({ chrome, event });
      }
      return RegistrationActionPage({
        chrome,
        event,
        action: chrome.localPath(cancelPath(link.token)),
        purpose: 'cancel',
      });
    }),
  );

  app.post<{ Params: { token: string } }>(
    cancelPath(':token'),
    onLink(findRegistrationToCancel, async (link, chrome) => {
      await cancelRegistration(context.db, context.mailQueue, link.token, new Date());
      return RegistrationCancelledPage({ chrome, event: eventOf(link.event) });
    }),
  );
}
