import { composePasswordResetMail } from '../auth/one-time-link-service.ts';
import type { MailSenderDeps } from './mail-sender.ts';

/** How the sender writes each kind of email that is written at send time, for this site. */
export function siteMailComposers(siteUrl: string): MailSenderDeps['composers'] {
  return { 'password-reset': composePasswordResetMail(siteUrl) };
}
