import type { MailKind } from '../../db/schema.ts';
import type { MailComposer } from '../../domain/mail/mail-sender.ts';
import { getSiteSettings } from '../../domain/settings/settings-service.ts';
import {
  signatureConfirmationToken,
  signatureForMail,
} from '../../domain/signatures/signature-confirmation.ts';
import { interfaceLanguageOf } from '../../lib/i18n/languages.ts';
import { getTranslator } from '../../lib/i18n/translator.ts';
import { renderEmail } from '../../views/email/render-email.tsx';
import { localizedPath } from '../plugins/language-prefix.ts';

/**
 * 'signature-confirmation', to the signer: written when it is sent from the signature's id
 * (`refId`), with the link rebuilt from the row and the site's key (the queue holds no
 * secret). A signature confirmed meanwhile, given by another address, or whose statement is
 * no longer public sends nothing. Written in the language the statement's page was read in.
 */
export function signatureMailComposers(siteUrl: string): Partial<Record<MailKind, MailComposer>> {
  const composeConfirmation: MailComposer = async (db, mail, now) => {
    if (!mail.refId) return null;
    const found = await signatureForMail(db, mail.refId, now);
    if (!found) return null;
    const { signature, statement } = found;
    if (signature.status !== 'unconfirmed') return null;
    if (signature.email !== mail.recipient.toLowerCase()) return null;
    const [settings, token] = await Promise.all([
      getSiteSettings(db),
      signatureConfirmationToken(db, signature.id),
    ]);
    const language = interfaceLanguageOf(signature.language);
    const defaultLanguage = interfaceLanguageOf(settings.locale);
    const i18n = getTranslator(language);
    const signedAs =
      signature.kind === 'organization'
        ? i18n.t('signatures.mail.asOrganization', {
            name: signature.name,
            organization: signature.organization,
          })
        : i18n.t('signatures.mail.asIndividual', { name: signature.name });
    const confirmPath = `/statements/signatures/confirm/${token}`;
    const rendered = renderEmail({
      language,
      siteTitle: settings.title,
      siteUrl,
      heading: i18n.t('signatures.mail.heading'),
      blocks: [
        { kind: 'paragraph', text: i18n.t('signatures.mail.text', { title: statement.title }) },
        { kind: 'paragraph', text: signedAs },
        ...(signature.kind === 'organization'
          ? [{ kind: 'paragraph' as const, text: i18n.t('signatures.mail.held') }]
          : []),
        {
          kind: 'button',
          label: i18n.t('signatures.mail.button'),
          url: `${siteUrl}${localizedPath(confirmPath, language, defaultLanguage)}`,
        },
      ],
      footer: { reason: i18n.t('signatures.mail.reason'), links: [] },
    });
    return {
      to: mail.recipient,
      subject: i18n.t('signatures.mail.subject', { title: statement.title }),
      ...rendered,
    };
  };

  return { 'signature-confirmation': composeConfirmation };
}
