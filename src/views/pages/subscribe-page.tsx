import { CONFIRMATION_DAYS } from '../../domain/subscriptions/subscription-service.ts';
import type { SubscriptionChoices } from '../../domain/subscriptions/subscription-service.ts';
import { problemText } from '../../lib/problems.ts';
import {
  SubscriptionChoicesFields,
  type SubscriptionOptions,
  type SubscriptionRefusal,
} from '../components/subscription-choices.tsx';
import { PrivacyNote } from '../components/privacy-note.tsx';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

/** What the reader typed, given back when the form is refused. */
export interface SubscribeFormValues {
  email: string;
  choices: SubscriptionChoices;
}

/**
 * The subscription form: a plain POST that works without JavaScript. The consent sentence
 * stands above the button, in the page's language, and is stored as shown. `website` is the
 * honeypot, off screen and out of the tab order and the accessibility tree.
 */
export function SubscribePage({
  chrome,
  options,
  values,
  consentText,
  refusal,
}: {
  chrome: SiteChrome;
  options: SubscriptionOptions;
  values: SubscribeFormValues;
  consentText: string;
  refusal?: SubscriptionRefusal;
}) {
  const { i18n } = chrome;
  const emailProblem = refusal?.fields.email;
  return (
    <SiteLayout
      chrome={chrome}
      meta={{
        title: i18n.t('subscriptions.title'),
        description: i18n.t('subscriptions.intro'),
        path: '/subscribe',
      }}
      hasAboutBox={false}
    >
      <h1>{i18n.t('subscriptions.title')}</h1>
      <p>{i18n.t('subscriptions.intro')}</p>
      <form class="subscribe-form" method="post" action={chrome.localPath('/subscribe')}>
        {refusal && (
          <div class="subscribe-alert" role="alert">
            <p>{problemText(refusal.problem, i18n)}</p>
          </div>
        )}
        <p class="subscribe-field">
          <label for="subscribe-email">{i18n.t('subscriptions.email')}</label>
          {emailProblem && (
            <span class="subscribe-error" id="subscribe-email-error">
              {problemText(emailProblem, i18n)}
            </span>
          )}
          <input
            id="subscribe-email"
            name="email"
            type="email"
            autocomplete="email"
            required
            maxLength={320}
            value={values.email}
            aria-describedby={emailProblem ? 'subscribe-email-error' : undefined}
            aria-invalid={emailProblem ? 'true' : undefined}
          />
        </p>
        <SubscriptionChoicesFields
          chrome={chrome}
          options={options}
          choices={values.choices}
          refusal={refusal}
        />
        <p class="subscribe-trap" aria-hidden="true">
          <label for="subscribe-website">{i18n.t('subscriptions.honeypot')}</label>
          <input id="subscribe-website" name="website" tabindex={-1} autocomplete="off" value="" />
        </p>
        <p class="subscribe-consent">{consentText}</p>
        <button type="submit">{i18n.t('subscriptions.submit')}</button>
        <PrivacyNote chrome={chrome} />
      </form>
    </SiteLayout>
  );
}

/** The one answer to every accepted form, whoever the address belongs to. */
export function SubscribeSentPage({ chrome, email }: { chrome: SiteChrome; email: string }) {
  const { i18n } = chrome;
  return (
    <SiteLayout
      chrome={chrome}
      meta={{
        title: i18n.t('subscriptions.checkEmail.title'),
        description: i18n.t('subscriptions.intro'),
        path: null,
        isIndexable: false,
      }}
      hasAboutBox={false}
    >
      <h1>{i18n.t('subscriptions.checkEmail.title')}</h1>
      <p role="status">
        {i18n.t('subscriptions.checkEmail.body', { email, days: CONFIRMATION_DAYS })}
      </p>
      <p>
        <a href={chrome.localPath('/')}>{i18n.t('error.goHome')}</a>
      </p>
    </SiteLayout>
  );
}
