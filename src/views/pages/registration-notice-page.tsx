import type { ComponentChildren } from 'preact';
import type { SiteChrome } from '../view-context.ts';
import { ItemNoticeFrame } from '../components/item-notice-frame.tsx';
import {
  RegistrationForm,
  type RegistrationFormRefusal,
  type RegistrationFormValues,
  type RegistrationSectionView,
} from '../components/registration-form.tsx';

/** The event a registration page is about: its title and its page's address. */
export interface RegisteredEvent {
  title: string;
  path: string;
}

/** The frame of these pages: never indexed, back to the item. */
function RegistrationPageFrame({
  event,
  ...frame
}: {
  chrome: SiteChrome;
  event: RegisteredEvent | null;
  title: string;
  children: ComponentChildren;
}) {
  return <ItemNoticeFrame {...frame} item={event} backKey="registrations.page.back" />;
}

/** The form again after a refusal, filled in, the reason at the top; or "closed". */
export function RegistrationFormPage({
  chrome,
  event,
  action,
  section,
  values,
  refusal,
}: {
  chrome: SiteChrome;
  event: RegisteredEvent;
  action: string;
  section: RegistrationSectionView;
  values: RegistrationFormValues;
  refusal: RegistrationFormRefusal;
}) {
  const { i18n } = chrome;
  const isOpen = section.state.kind === 'open';
  return (
    <RegistrationPageFrame
      chrome={chrome}
      event={event}
      title={i18n.t(isOpen ? 'registrations.page.refusedTitle' : 'registrations.page.closedTitle')}
    >
      <RegistrationForm
        chrome={chrome}
        action={action}
        section={section}
        values={values}
        refusal={refusal}
      />
    </RegistrationPageFrame>
  );
}

/** The same answer for every address, new or known: it never tells who registered. */
export function RegistrationSentPage({
  chrome,
  event,
  email,
}: {
  chrome: SiteChrome;
  event: RegisteredEvent;
  email: string;
}) {
  const { i18n } = chrome;
  return (
    <RegistrationPageFrame
      chrome={chrome}
      event={event}
      title={i18n.t('registrations.page.sentTitle')}
    >
      <p role="status">{i18n.t('registrations.page.sentText', { email, title: event.title })}</p>
    </RegistrationPageFrame>
  );
}

/**
 * A link's page: a button acts, because mail scanners open links (a GET) but press no
 * buttons (a POST).
 */
export function RegistrationActionPage({
  chrome,
  event,
  action,
  purpose,
}: {
  chrome: SiteChrome;
  event: RegisteredEvent;
  action: string;
  purpose: 'confirm' | 'cancel';
}) {
  const { i18n } = chrome;
  const words =
    purpose === 'confirm'
      ? ({
          title: 'registrations.page.confirmTitle',
          text: 'registrations.page.confirmText',
          button: 'registrations.page.confirmButton',
        } as const)
      : ({
          title: 'registrations.page.cancelTitle',
          text: 'registrations.page.cancelText',
          button: 'registrations.page.cancelButton',
        } as const);
  return (
    <RegistrationPageFrame chrome={chrome} event={event} title={i18n.t(words.title)}>
      <p>{i18n.t(words.text, { title: event.title })}</p>
      <form method="post" action={action}>
        <button type="submit">{i18n.t(words.button)}</button>
      </form>
    </RegistrationPageFrame>
  );
}

/** After confirming: a place, or a number on the waiting list. */
export function RegistrationConfirmedPage({
  chrome,
  event,
  outcome,
}: {
  chrome: SiteChrome;
  event: RegisteredEvent;
  outcome: { outcome: 'placed' } | { outcome: 'waiting'; position: number };
}) {
  const { i18n } = chrome;
  if (outcome.outcome === 'placed') {
    return (
      <RegistrationPageFrame
        chrome={chrome}
        event={event}
        title={i18n.t('registrations.page.placedTitle')}
      >
        <p role="status">{i18n.t('registrations.page.placedText', { title: event.title })}</p>
      </RegistrationPageFrame>
    );
  }
  return (
    <RegistrationPageFrame
      chrome={chrome}
      event={event}
      title={i18n.t('registrations.page.waitingTitle')}
    >
      <p role="status">
        {i18n.t('registrations.page.waitingText', {
          title: event.title,
          position: outcome.position,
        })}
      </p>
    </RegistrationPageFrame>
  );
}

export function RegistrationCancelledPage({
  chrome,
  event,
}: {
  chrome: SiteChrome;
  event: RegisteredEvent;
}) {
  const { i18n } = chrome;
  return (
    <RegistrationPageFrame
      chrome={chrome}
      event={event}
      title={i18n.t('registrations.page.cancelledTitle')}
    >
      <p role="status">{i18n.t('registrations.page.cancelledText', { title: event.title })}</p>
    </RegistrationPageFrame>
  );
}

/** A link that is unknown, used, altered, or whose registration is gone. */
export function RegistrationBadLinkPage({ chrome }: { chrome: SiteChrome }) {
  const { i18n } = chrome;
  return (
    <RegistrationPageFrame
      chrome={chrome}
      event={null}
      title={i18n.t('registrations.page.badLinkTitle')}
    >
      <p>{i18n.t('registrations.page.badLinkText')}</p>
    </RegistrationPageFrame>
  );
}
