import type { ComponentChildren } from 'preact';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

/**
 * A short page of the subscription's steps: a heading, a sentence, and a button or a link.
 * Pages reached by a signed link are never indexed; the link is the reader's own.
 */
function NoticePage({
  chrome,
  title,
  children,
}: {
  chrome: SiteChrome;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <SiteLayout
      chrome={chrome}
      meta={{ title, description: title, path: null, isIndexable: false }}
      hasAboutBox={false}
    >
      <div class="subscribe-notice">
        <h1>{title}</h1>
        {children}
      </div>
    </SiteLayout>
  );
}

function SubscribeAgainLink({ chrome }: { chrome: SiteChrome }) {
  return (
    <p>
      <a href={chrome.localPath('/subscribe')}>{chrome.i18n.t('subscriptions.subscribeAgain')}</a>
    </p>
  );
}

/**
 * The confirmation link's page: a button, not the link itself, confirms, so a mail server's
 * link scanner opening the link confirms nothing.
 */
export function SubscriptionConfirmPage({
  chrome,
  email,
  action,
}: {
  chrome: SiteChrome;
  email: string;
  action: string;
}) {
  const { i18n } = chrome;
  return (
    <NoticePage chrome={chrome} title={i18n.t('subscriptions.confirm.title')}>
      <p>{i18n.t('subscriptions.confirm.body', { email, site: chrome.settings.title })}</p>
      <form method="post" action={action}>
        <button type="submit">{i18n.t('subscriptions.confirm.button')}</button>
      </form>
    </NoticePage>
  );
}

/** The unsubscribe link opened in a browser: a button that does it (a GET never does). */
export function SubscriptionUnsubscribePage({
  chrome,
  email,
  action,
}: {
  chrome: SiteChrome;
  email: string;
  action: string;
}) {
  const { i18n } = chrome;
  return (
    <NoticePage chrome={chrome} title={i18n.t('subscriptions.unsubscribe.title')}>
      <p>{i18n.t('subscriptions.unsubscribe.body', { email, site: chrome.settings.title })}</p>
      <form method="post" action={action}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <button type="submit">{i18n.t('subscriptions.unsubscribe.button')}</button>
      </form>
    </NoticePage>
  );
}

export function SubscriptionUnsubscribedPage({
  chrome,
  email,
}: {
  chrome: SiteChrome;
  email: string;
}) {
  const { i18n } = chrome;
  return (
    <NoticePage chrome={chrome} title={i18n.t('subscriptions.unsubscribe.doneTitle')}>
      <p role="status">
        {i18n.t('subscriptions.unsubscribe.doneBody', { email, site: chrome.settings.title })}
      </p>
      <SubscribeAgainLink chrome={chrome} />
    </NoticePage>
  );
}

/** A subscriber's link that is altered, cut short, too old or for someone no longer here. */
export function SubscriptionBadLinkPage({ chrome }: { chrome: SiteChrome }) {
  const { i18n } = chrome;
  return (
    <NoticePage chrome={chrome} title={i18n.t('subscriptions.badLink.title')}>
      <p>{i18n.t('subscriptions.badLink.body')}</p>
      <SubscribeAgainLink chrome={chrome} />
    </NoticePage>
  );
}
