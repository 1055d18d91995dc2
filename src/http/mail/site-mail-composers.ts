import { composePasswordResetMail } from '../../domain/auth/one-time-link-service.ts';
import type { MailComposers } from '../../domain/mail/mail-sender.ts';
import { commentMailComposers } from './comment-mail.ts';
import { newsletterMailComposers } from './newsletter-mail.ts';
import { registrationMailComposers } from './registration-mail.ts';
import { signatureMailComposers } from './signature-mail.ts';
import { subscriptionMailComposers } from './subscription-mail.ts';

/**
 * How the sender writes each kind of email that is written at send time, for this site. Each
 * feature's composers (`src/http/mail/<feature>-mail.ts`, in the HTTP layer because they
 * render views) join here, one line each.
 */
export function siteMailComposers(siteUrl: string): MailComposers {
  return {
    'password-reset': composePasswordResetMail(siteUrl),
    ...commentMailComposers(siteUrl),
    ...newsletterMailComposers(siteUrl),
    ...registrationMailComposers(siteUrl),
    ...signatureMailComposers(siteUrl),
    ...subscriptionMailComposers(siteUrl),
  };
}
