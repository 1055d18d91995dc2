import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { signSubscriberToken } from '../../../domain/subscriptions/subscriber-links.ts';
import {
  type ChoicesForm,
  type SubscriberView,
  type SubscriptionChoices,
  confirmSubscription,
  listItemLanguages,
  requestSubscription,
  subscriberFromLink,
  unsubscribe,
  updatePreferences,
} from '../../../domain/subscriptions/subscription-service.ts';
import { AppError, TooManyRequestsError } from '../../../lib/errors.ts';
import type {
  SubscriptionOptions,
  SubscriptionRefusal,
} from '../../../views/components/subscription-choices.tsx';
import {
  SubscribePage,
  SubscribeSentPage,
  type SubscribeFormValues,
} from '../../../views/pages/subscribe-page.tsx';
import {
  SubscriptionBadLinkPage,
  SubscriptionConfirmPage,
  SubscriptionUnsubscribePage,
  SubscriptionUnsubscribedPage,
} from '../../../views/pages/subscription-notice-page.tsx';
import { SubscriptionPreferencesPage } from '../../../views/pages/subscription-preferences-page.tsx';
import type { SiteChrome } from '../../../views/view-context.ts';
import type { AppContext } from '../../app-context.ts';
import { sendPage } from '../../pages/send-page.ts';
import { loadSiteChrome } from '../../pages/site-chrome.ts';

/**
 * Following the site by email (contract: `GET /subscribe`, `POST /subscribe` form-encoded
 * with `email`, repeated `country`/`theme`/`language`, `frequency=instant|weekly`), and the
 * pages of the signed links every subscriber email carries. Registered in a scope of its own
 * with @fastify/formbody. Nothing here is cached: the pages carry a reader's address or link.
 */

type Form = Record<string, unknown>;
type TokenQuery = { Querystring: { token?: unknown } };

function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((entry): entry is string => typeof entry === 'string').slice(0, 200);
}

/** What the reader sent, kept as typed to fill the form again after a refusal. */
function valuesOf(form: Form): SubscribeFormValues {
  const frequency = strings(form.frequency)[0] === 'weekly' ? 'weekly' : 'instant';
  return {
    email: (strings(form.email)[0] ?? '').slice(0, 320),
    choices: {
      countries: strings(form.country),
      themes: strings(form.theme),
      languages: strings(form.language),
      frequency,
    },
  };
}

function refusalOf(error: unknown): SubscriptionRefusal | null {
  if (!(error instanceof AppError) || error.statusCode >= 500) return null;
  return { problem: error.problem, fields: error.fieldProblems ?? {} };
}

/** Addresses carrying a signed link: kept out of caches, out of Referer headers and indexes. */
function sendPrivatePage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  void reply
    .code(status)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-robots-tag', 'noindex');
  return sendPage(reply, page);
}

function consentTextOf(chrome: SiteChrome): string {
  return chrome.i18n.t('subscriptions.consent', { site: chrome.settings.title });
}

async function optionsFor(context: AppContext, chrome: SiteChrome): Promise<SubscriptionOptions> {
  return {
    countries: chrome.countries,
    themes: chrome.themes,
    languages: await listItemLanguages(context.db),
  };
}

function formBody(request: FastifyRequest): Form {
  const body = request.body;
  return body && typeof body === 'object' ? (body as Form) : {};
}

function choicesForm(form: Form): ChoicesForm {
  return {
    country: form.country,
    theme: form.theme,
    language: form.language,
    frequency: form.frequency,
  };
}

export function registerSubscriptionRoutes(app: FastifyInstance, context: AppContext): void {
  // RFC 8058 lets a mail program post its one-click body as multipart/form-data; nothing in
  // it is needed (the link is the authority), so it is read and dropped, never a 415.
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (_request, _body, done) =>
    done(null, {}),
  );

  const linkPath = (chrome: SiteChrome, page: string, token: string) =>
    chrome.localPath(`/subscribe/${page}?token=${encodeURIComponent(token)}`);

  const badLink = async (request: FastifyRequest, reply: FastifyReply) => {
    const chrome = await loadSiteChrome(context, request);
    return sendPrivatePage(reply, SubscriptionBadLinkPage({ chrome }), 404);
  };

  const preferencesPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    found: SubscriberView,
    extra: {
      notice?: 'confirmed' | 'saved';
      refusal?: SubscriptionRefusal;
      choices?: SubscriptionChoices;
      status?: number;
    } = {},
  ) => {
    const chrome = await loadSiteChrome(context, request);
    const { id } = found.subscriber;
    const [preferencesToken, unsubscribeToken, options] = await Promise.all([
      signSubscriberToken(context.db, 'preferences', id),
      signSubscriberToken(context.db, 'unsubscribe', id),
      optionsFor(context, chrome),
    ]);
    return sendPrivatePage(
      reply,
      SubscriptionPreferencesPage({
        chrome,
        email: found.subscriber.email,
        status: found.subscriber.status,
        options,
        choices: extra.choices ?? found.choices,
        action: linkPath(chrome, 'preferences', preferencesToken),
        unsubscribeAction: linkPath(chrome, 'unsubscribe', unsubscribeToken),
        ...(extra.notice ? { notice: extra.notice } : {}),
        ...(extra.refusal ? { refusal: extra.refusal } : {}),
      }),
      extra.status,
    );
  };

  app.get<{ Querystring: { country?: unknown; theme?: unknown } }>(
    '/subscribe',
    async (request, reply) => {
      const chrome = await loadSiteChrome(context, request);
      // `/subscribe?country=nepal`, from a country's page, starts with that country chosen.
      const values = valuesOf({ country: request.query.country, theme: request.query.theme });
      return sendPrivatePage(
        reply,
        SubscribePage({
          chrome,
          options: await optionsFor(context, chrome),
          values,
          consentText: consentTextOf(chrome),
        }),
      );
    },
  );

  app.post('/subscribe', async (request, reply) => {
    const chrome = await loadSiteChrome(context, request);
    const form = formBody(request);
    const values = valuesOf(form);
    // A filled honeypot gets the same answer as anyone, and nothing is stored or sent.
    if (strings(form.website).some((value) => value !== '')) {
      return sendPrivatePage(reply, SubscribeSentPage({ chrome, email: values.email }));
    }
    try {
      await requestSubscription(context.db, context.mailQueue, {
        form: { email: form.email, ...choicesForm(form) },
        language: chrome.language,
        consentText: consentTextOf(chrome),
        ip: request.ip,
      });
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal || !(error instanceof AppError)) throw error;
      if (error instanceof TooManyRequestsError) {
        void reply.header('retry-after', String(error.retryAfterSeconds));
      }
      const options = await optionsFor(context, chrome);
      return sendPrivatePage(
        reply,
        SubscribePage({ chrome, options, values, consentText: consentTextOf(chrome), refusal }),
        error.statusCode,
      );
    }
    return sendPrivatePage(reply, SubscribeSentPage({ chrome, email: values.email }));
  });

  app.get<TokenQuery>('/subscribe/confirm', async (request, reply) => {
    const found = await subscriberFromLink(context.db, 'confirm', request.query.token);
    if (!found) return badLink(request, reply);
    const chrome = await loadSiteChrome(context, request);
    const token = String(request.query.token);
    return sendPrivatePage(
      reply,
      SubscriptionConfirmPage({
        chrome,
        email: found.subscriber.email,
        action: linkPath(chrome, 'confirm', token),
      }),
    );
  });

  app.post<TokenQuery>('/subscribe/confirm', async (request, reply) => {
    const found = await confirmSubscription(context.db, request.query.token);
    if (!found) return badLink(request, reply);
    return preferencesPage(request, reply, found, { notice: 'confirmed' });
  });

  app.get<TokenQuery>('/subscribe/preferences', async (request, reply) => {
    const found = await subscriberFromLink(context.db, 'preferences', request.query.token);
    if (!found) return badLink(request, reply);
    return preferencesPage(request, reply, found);
  });

  app.post<TokenQuery>('/subscribe/preferences', async (request, reply) => {
    const form = formBody(request);
    try {
      const saved = await updatePreferences(context.db, request.query.token, choicesForm(form));
      if (!saved) return await badLink(request, reply);
      return await preferencesPage(request, reply, saved, { notice: 'saved' });
    } catch (error) {
      const refusal = refusalOf(error);
      const found = await subscriberFromLink(context.db, 'preferences', request.query.token);
      if (!refusal || !found || !(error instanceof AppError)) throw error;
      return preferencesPage(request, reply, found, {
        refusal,
        choices: valuesOf(form).choices,
        status: error.statusCode,
      });
    }
  });

  app.get<TokenQuery>('/subscribe/unsubscribe', async (request, reply) => {
    const found = await subscriberFromLink(context.db, 'unsubscribe', request.query.token);
    if (!found) return badLink(request, reply);
    const chrome = await loadSiteChrome(context, request);
    const { email } = found.subscriber;
    if (found.subscriber.status === 'unsubscribed') {
      return sendPrivatePage(reply, SubscriptionUnsubscribedPage({ chrome, email }));
    }
    return sendPrivatePage(
      reply,
      SubscriptionUnsubscribePage({
        chrome,
        email,
        action: linkPath(chrome, 'unsubscribe', String(request.query.token)),
      }),
    );
  });

  // RFC 8058 one-click: the mail program POSTs `List-Unsubscribe=One-Click` with no cookies
  // and no page in between; the signed link is all the authority needed, and the answer is 200.
  app.post<TokenQuery>('/subscribe/unsubscribe', async (request, reply) => {
    const found = await unsubscribe(context.db, request.query.token);
    if (!found) return badLink(request, reply);
    const chrome = await loadSiteChrome(context, request);
    return sendPrivatePage(
      reply,
      SubscriptionUnsubscribedPage({ chrome, email: found.subscriber.email }),
    );
  });
}
