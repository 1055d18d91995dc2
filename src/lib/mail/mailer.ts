/** One email: a plain-text part, and an HTML part when `html` is given. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers (List-Unsubscribe …); names as they should appear. */
  headers?: Record<string, string>;
  /** `<id@host>`; the queue's sender gives every message one, stable across resends. */
  messageId?: string;
  /** Files sent along (an event's `.ics`); only kinds written at send time carry them. */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  /** `text/calendar; charset=utf-8; method=PUBLISH` … */
  contentType: string;
  content: string;
}

/**
 * Sends email. Two kinds do: the durable queue (`src/domain/mail/mail-queue.ts`), which is
 * what domain services are given, resolves once the message is stored; the transports (SMTP,
 * the log, here in `src/lib/mail`) that the queue's sender delivers through resolve once the
 * server accepted the message and reject otherwise, so that the sender keeps it and tries
 * again later.
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Closes pooled connections (the SMTP transport); the mailer is unusable afterwards. */
  close?(): Promise<void>;
}

/**
 * What a 5xx answer (nodemailer's `responseCode`) refused for good: the `recipient` (at RCPT
 * TO: the address does not exist or takes no mail) or this `message` (at DATA: its content or
 * size). Null for anything else, a 5xx to the site itself included (a wrong password at AUTH,
 * a sender address the server will not relay for): that is the site's configuration, not the
 * message, so it is retried like any transient failure rather than held against recipients.
 */
export function permanentRefusalOf(error: unknown): 'recipient' | 'message' | null {
  if (typeof error !== 'object' || error === null) return null;
  const { responseCode, command } = error as { responseCode?: unknown; command?: unknown };
  const code = Number(responseCode);
  if (!(code >= 500 && code < 600)) return null;
  if (command === 'RCPT TO') return 'recipient';
  if (command === 'DATA') return 'message';
  return null;
}
