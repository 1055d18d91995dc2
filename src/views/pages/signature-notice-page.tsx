import type { ComponentChildren } from 'preact';
import type { ConfirmationOutcome } from '../../domain/signatures/signature-signing.ts';
import { problemText } from '../../lib/problems.ts';
import {
  SignatureForm,
  type SignatureFormRefusal,
  type SignatureFormValues,
  signaturePaths,
} from '../components/signature-section.tsx';
import type { SiteChrome } from '../view-context.ts';
import { ItemNoticeFrame } from '../components/item-notice-frame.tsx';

/** The statement a signing page is about: its title and its page's address. */
export interface SignedItem {
  title: string;
  path: string;
}

/** The frame of these pages: never indexed, back to the item. */
function SignaturePageFrame({
  item,
  ...frame
}: {
  chrome: SiteChrome;
  item: SignedItem | null;
  title: string;
  children: ComponentChildren;
}) {
  return <ItemNoticeFrame {...frame} item={item} backKey="signatures.answer.back" />;
}

/**
 * After a signature is sent: check your email. The same page whatever became of it (new,
 * waiting, already counted), so it reveals nothing about an address.
 */
export function SignatureAnswerPage({ chrome, item }: { chrome: SiteChrome; item: SignedItem }) {
  const { i18n } = chrome;
  return (
    <SignaturePageFrame chrome={chrome} item={item} title={i18n.t('signatures.answer.title')}>
      <p>{i18n.t('signatures.answer.text', { title: item.title })}</p>
    </SignaturePageFrame>
  );
}

/**
 * The form again after a refused signature, with what was typed and the reason at the top.
 * When signing closed meanwhile, the reason alone: there is nothing left to send.
 */
export function SignatureFormPage({
  chrome,
  item,
  stamp,
  values,
  refusal,
  isClosed,
}: {
  chrome: SiteChrome;
  item: SignedItem;
  stamp: string;
  values: SignatureFormValues;
  refusal: SignatureFormRefusal;
  isClosed: boolean;
}) {
  const { i18n, localPath } = chrome;
  return (
    <SignaturePageFrame chrome={chrome} item={item} title={i18n.t('signatures.refused.title')}>
      {isClosed ? (
        <p role="alert">{problemText(refusal.problem, i18n)}</p>
      ) : (
        <SignatureForm
          chrome={chrome}
          action={localPath(signaturePaths(item.path).sign)}
          stamp={stamp}
          values={values}
          refusal={refusal}
        />
      )}
    </SignaturePageFrame>
  );
}

/**
 * The confirmation link's page: a button, because mail scanners follow links (a GET) but do
 * not press buttons (a POST). Without `token`, the link is unknown or used.
 */
export function SignatureConfirmPage({
  chrome,
  item,
  token,
}: {
  chrome: SiteChrome;
  item: SignedItem | null;
  token: string | null;
}) {
  const { i18n, localPath } = chrome;
  return (
    <SignaturePageFrame chrome={chrome} item={item} title={i18n.t('signatures.confirm.title')}>
      {item && token ? (
        <>
          <p>{i18n.t('signatures.confirm.text', { title: item.title })}</p>
          <form method="post" action={localPath(`/statements/signatures/confirm/${token}`)}>
            <button type="submit">{i18n.t('signatures.confirm.button')}</button>
          </form>
        </>
      ) : (
        <p>{i18n.t('signatures.confirm.unknown')}</p>
      )}
    </SignaturePageFrame>
  );
}

/** After confirming: named in the list, counted without a name, or held for an editor. */
export function SignatureConfirmedPage({
  chrome,
  item,
  outcome,
}: {
  chrome: SiteChrome;
  item: SignedItem;
  outcome: ConfirmationOutcome;
}) {
  const { i18n } = chrome;
  const isHeld = outcome === 'held';
  const text =
    outcome === 'held'
      ? i18n.t('signatures.confirmed.heldText')
      : outcome === 'listed'
        ? i18n.t('signatures.confirmed.listedText')
        : i18n.t('signatures.confirmed.countedText');
  return (
    <SignaturePageFrame
      chrome={chrome}
      item={item}
      title={i18n.t(isHeld ? 'signatures.confirmed.heldTitle' : 'signatures.confirmed.title')}
    >
      <p>{text}</p>
    </SignaturePageFrame>
  );
}
