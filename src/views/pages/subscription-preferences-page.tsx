import type { SubscriptionChoices } from '../../domain/subscriptions/subscription-service.ts';
import type { SubscriberStatus } from '../../domain/subscriptions/subscriber-admin.ts';
import { problemText } from '../../lib/problems.ts';
import {
  SubscriptionChoicesFields,
  type SubscriptionOptions,
  type SubscriptionRefusal,
} from '../components/subscription-choices.tsx';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

/**
 * A subscriber's own page, reached by the signed link in every email: what they follow, how
 * often, and a button that stops everything. After leaving, it says so and offers the form.
 */
export function SubscriptionPreferencesPage({
  chrome,
  email,
  status,
  options,
  choices,
  action,
  unsubscribeAction,
  notice,
  refusal,
}: {
  chrome: SiteChrome;
  email: string;
  status: SubscriberStatus;
  options: SubscriptionOptions;
  choices: SubscriptionChoices;
  /** Where the choices are posted (the preferences link itself). */
  action: string;
  /** The subscriber's unsubscribe link. */
  unsubscribeAction: string;
  notice?: 'confirmed' | 'saved';
  refusal?: SubscriptionRefusal;
}) {
  const { i18n } = chrome;
  const title = i18n.t('subscriptions.preferences.title');
  return (
    <SiteLayout
      chrome={chrome}
      meta={{ title, description: title, path: null, isIndexable: false }}
      hasAboutBox={false}
    >
      <h1>{title}</h1>
      {notice && (
        <p class="subscribe-done" role="status">
          {i18n.t(`subscriptions.preferences.${notice}`)}
        </p>
      )}
      {status === 'unsubscribed' ? (
        <>
          <p>{i18n.t('subscriptions.preferences.unsubscribed', { email })}</p>
          <p>
            <a href={chrome.localPath('/subscribe')}>{i18n.t('subscriptions.subscribeAgain')}</a>
          </p>
        </>
      ) : (
        <>
          <p>{i18n.t('subscriptions.preferences.intro', { email })}</p>
          <form class="subscribe-form" method="post" action={action}>
            {refusal && (
              <div class="subscribe-alert" role="alert">
                <p>{problemText(refusal.problem, i18n)}</p>
              </div>
            )}
            <SubscriptionChoicesFields
              chrome={chrome}
              options={options}
              choices={choices}
              refusal={refusal}
            />
            <button type="submit">{i18n.t('subscriptions.preferences.save')}</button>
          </form>
          <h2>{i18n.t('subscriptions.preferences.leave')}</h2>
          <form method="post" action={unsubscribeAction}>
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <button type="submit" class="subscribe-leave">
              {i18n.t('subscriptions.unsubscribe.button')}
            </button>
          </form>
        </>
      )}
    </SiteLayout>
  );
}
