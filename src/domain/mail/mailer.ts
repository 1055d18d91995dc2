/** One plain-text email. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends email. Implementations never throw: a message that cannot be delivered is logged, and
 * the change that caused it stands (an unreachable mail server must not undo a publication).
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
