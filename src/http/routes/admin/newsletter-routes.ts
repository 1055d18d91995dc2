import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../domain/auth/actor.ts';
import { listLabels } from '../../../domain/labels/label-service.ts';
import { editableNewsletterBody } from '../../../domain/newsletters/newsletter-body.ts';
import { refuseNonWriters } from '../../../domain/newsletters/newsletter-input.ts';
import { loadNewsletterItem } from '../../../domain/newsletters/newsletter-item.ts';
import {
  type Newsletter,
  countRecipients,
  getNewsletter,
  listNewsletters,
  newsletterContent,
  recordTestSend,
  saveNewsletter,
  scheduleNewsletter,
  unscheduleNewsletter,
} from '../../../domain/newsletters/newsletter-service.ts';
import { queueNewsletter } from '../../../domain/newsletters/newsletter-sending.ts';
import { getSiteSettings } from '../../../domain/settings/settings-service.ts';
import type { AppError } from '../../../lib/errors.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../../../lib/errors.ts';
import { interfaceLanguageOf } from '../../../lib/i18n/languages.ts';
import { instantOfWallClock, wallClockInZone } from '../../../lib/zoned-time.ts';
import {
  NewsletterEditPage,
  type NewsletterFormValues,
} from '../../../views/admin/pages/newsletter-edit-page.tsx';
import { NewsletterListPage } from '../../../views/admin/pages/newsletter-list-page.tsx';
import {
  NewsletterPreviewPage,
  NewsletterSendPage,
} from '../../../views/admin/pages/newsletter-preview-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { renderNewsletterEmail } from '../../mail/newsletter-mail.ts';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { allowSameOriginFraming } from '../../plugins/security-headers.ts';
import { formChoice, formListSchema, formText, readForm, textField } from './form-fields.ts';
import { noticeWords, refusalWords } from './page-words.ts';

type IdParams = { Params: { id: string } };

const ACTIONS = ['save', 'preview', 'test', 'schedule', 'unschedule', 'send'] as const;

const newsletterFormShape = {
  subject: formText(),
  body: formText(),
  itemId: formText(),
  language: formText(),
  countries: formListSchema,
  themes: formListSchema,
  languages: formListSchema,
  scheduledAt: formText(),
  action: formChoice(ACTIONS, 'newsletters.problem.unknownAction'),
};

/** The confirmations a redirect may ask for (`?notice=`), never text from the address. */
const notices = {
  saved: 'newsletters.notice.saved',
  testQueued: 'newsletters.notice.testQueued',
  scheduled: 'newsletters.notice.scheduled',
  unscheduled: 'newsletters.notice.unscheduled',
  queued: 'newsletters.notice.queued',
  alreadyQueued: 'newsletters.notice.alreadyQueued',
} as const;

/** The email's own policy: its inline styles and pictures, no script, framed by the admin only. */
const EMAIL_PREVIEW_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; frame-ancestors 'self'; sandbox";

/** A refusal the form shows beside its fields rather than as an error page. */
function isFormRefusal(error: unknown): error is AppError {
  return (
    error instanceof ValidationError ||
    error instanceof ConflictError ||
    (error instanceof ForbiddenError && error.fieldProblems !== undefined)
  );
}

function valuesOf(newsletter: Newsletter, timeZone: string): NewsletterFormValues {
  return {
    subject: newsletter.subject,
    body: editableNewsletterBody(newsletter.bodyHtml),
    itemId: newsletter.itemId ?? '',
    language: newsletter.language,
    ...newsletter.segments,
    scheduledAt: newsletter.scheduledAt ? wallClockInZone(newsletter.scheduledAt, timeZone) : '',
  };
}

/**
 * `/admin/newsletters`: administrators and editors write to subscribers, preview, test,
 * schedule and send. Every rule (who may address whom, what may still change) is the
 * domain's; this file reads forms and chooses pages.
 */
export function registerNewsletterRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  async function formChoices(actor: Actor) {
    const labels = await listLabels(db);
    const countries = labels.filter(
      (label) =>
        label.kind === 'country' &&
        (actor.role === 'administrator' || actor.countryLabelIds.includes(label.id)),
    );
    return { countries, themes: labels.filter((label) => label.kind === 'theme') };
  }

  async function renderForm(
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      newsletter: Newsletter | null;
      values: NewsletterFormValues;
      refused?: AppError;
    },
  ) {
    const actor = requireActor(request);
    const chrome = await loadAdminChrome(context, request, reply);
    const { newsletter, values, refused } = options;
    const [choices, item, recipientCount] = await Promise.all([
      formChoices(actor),
      loadNewsletterItem(db, values.itemId),
      newsletter && newsletter.queuedAt === null ? countRecipients(db, newsletter.segments) : null,
    ]);
    return sendAdminPage(
      reply,
      NewsletterEditPage({
        chrome,
        newsletter,
        values,
        refusal: refused && refusalWords(refused, chrome.i18n),
        ...choices,
        item,
        recipientCount,
        notice: noticeWords(request, notices, chrome.i18n),
        timeZone: actor.timeZone,
      }),
      refused?.statusCode,
    );
  }

  scope.get('/admin/newsletters', async (request, reply) => {
    const newsletters = await listNewsletters(db, requireActor(request));
    const chrome = await loadAdminChrome(context, request, reply);
    const notice = noticeWords(request, notices, chrome.i18n);
    return sendAdminPage(reply, NewsletterListPage({ chrome, newsletters, notice }));
  });

  // `?item=<id>`: a published item sent as a newsletter, its title as the subject.
  scope.get('/admin/newsletters/new', async (request, reply) => {
    const actor = requireActor(request);
    refuseNonWriters(actor);
    const item = await loadNewsletterItem(db, textField(request.query, 'item'));
    const settings = await getSiteSettings(db);
    const values: NewsletterFormValues = {
      subject: item?.title ?? '',
      body: '',
      itemId: item?.id ?? '',
      language: interfaceLanguageOf(item?.locale ?? settings.locale),
      // An editor's newsletter goes to their countries' readers; they may narrow it.
      countries: actor.role === 'administrator' ? [] : [...actor.countryLabelIds],
      themes: [],
      languages: [],
      scheduledAt: '',
    };
    return renderForm(request, reply, { newsletter: null, values });
  });

  scope.get<IdParams>('/admin/newsletters/:id', async (request, reply) => {
    const actor = requireActor(request);
    const newsletter = await getNewsletter(db, actor, request.params.id);
    return renderForm(request, reply, {
      newsletter,
      values: valuesOf(newsletter, actor.timeZone),
    });
  });

  async function saveAndAct(request: FastifyRequest, reply: FastifyReply, id?: string) {
    const actor = requireActor(request);
    const form = readForm(newsletterFormShape, request.body);
    const values: NewsletterFormValues = {
      subject: form.subject,
      body: form.body,
      itemId: form.itemId,
      language: form.language,
      countries: form.countries,
      themes: form.themes,
      languages: form.languages,
      scheduledAt: form.scheduledAt,
    };
    let savedId = id;
    try {
      savedId = await saveNewsletter(db, actor, { id, input: values });
      const base = `/admin/newsletters/${savedId}`;
      switch (form.action) {
        case 'preview':
          return reply.redirect(`${base}/preview`, 303);
        case 'send':
          return reply.redirect(`${base}/send`, 303);
        case 'test':
          await sendTest(actor, await getNewsletter(db, actor, savedId));
          return reply.redirect(`${base}?notice=testQueued`, 303);
        case 'schedule':
          await scheduleNewsletter(db, actor, {
            id: savedId,
            scheduledAt: instantOfWallClock(form.scheduledAt, actor.timeZone),
          });
          return reply.redirect(`${base}?notice=scheduled`, 303);
        case 'unschedule':
          await unscheduleNewsletter(db, actor, savedId);
          return reply.redirect(`${base}?notice=unscheduled`, 303);
        default:
          return reply.redirect(`${base}?notice=saved`, 303);
      }
    } catch (error) {
      if (!isFormRefusal(error)) throw error;
      // What was saved before the refusal (a schedule in the past) keeps its address.
      const newsletter = savedId ? await getNewsletter(db, actor, savedId) : null;
      return renderForm(request, reply, { newsletter, values, refused: error });
    }
  }

  async function sendTest(actor: Actor, newsletter: Newsletter) {
    const content = await newsletterContent(db, newsletter);
    const email = await renderNewsletterEmail(db, context.config.siteUrl, content, {
      kind: 'test',
    });
    await context.mailQueue.enqueue({ kind: 'message', to: actor.email, ...email });
    await recordTestSend(db, actor, newsletter);
  }

  scope.post('/admin/newsletters', (request, reply) => saveAndAct(request, reply));
  scope.post<IdParams>('/admin/newsletters/:id', (request, reply) =>
    saveAndAct(request, reply, request.params.id),
  );

  scope.get<IdParams>('/admin/newsletters/:id/preview', async (request, reply) => {
    const actor = requireActor(request);
    const newsletter = await getNewsletter(db, actor, request.params.id);
    const content = await newsletterContent(db, newsletter);
    const email = await renderNewsletterEmail(db, context.config.siteUrl, content, {
      kind: 'test',
    });
    const chrome = await loadAdminChrome(context, request, reply);
    return sendAdminPage(
      reply,
      NewsletterPreviewPage({ chrome, newsletter, subject: newsletter.subject, text: email.text }),
    );
  });

  scope.get<IdParams>('/admin/newsletters/:id/email.html', async (request, reply) => {
    const actor = requireActor(request);
    const newsletter = await getNewsletter(db, actor, request.params.id);
    const content = await newsletterContent(db, newsletter);
    const email = await renderNewsletterEmail(db, context.config.siteUrl, content, {
      kind: 'test',
    });
    reply.header('content-security-policy', EMAIL_PREVIEW_POLICY);
    allowSameOriginFraming(reply);
    return reply
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(email.html ?? '');
  });

  scope.get<IdParams>('/admin/newsletters/:id/send', async (request, reply) => {
    const actor = requireActor(request);
    const newsletter = await getNewsletter(db, actor, request.params.id);
    if (newsletter.queuedAt !== null) {
      return reply.redirect(`/admin/newsletters/${newsletter.id}`, 303);
    }
    const recipientCount = await countRecipients(db, newsletter.segments);
    const chrome = await loadAdminChrome(context, request, reply);
    return sendAdminPage(reply, NewsletterSendPage({ chrome, newsletter, recipientCount }));
  });

  scope.post<IdParams>('/admin/newsletters/:id/send', async (request, reply) => {
    const actor = requireActor(request);
    const queued = await queueNewsletter(db, { id: request.params.id, actor });
    if (!queued) {
      // A second click, or the scheduler got there first: nothing is queued twice.
      return reply.redirect('/admin/newsletters?notice=alreadyQueued', 303);
    }
    context.mailQueue.wake();
    return reply.redirect('/admin/newsletters?notice=queued', 303);
  });
}
