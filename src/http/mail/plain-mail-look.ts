import type { Db } from '../../db/connection.ts';
import { getSiteSettings } from '../../domain/settings/settings-service.ts';
import type { Mailer } from '../../lib/mail/mailer.ts';
import { plainTextEmail } from '../../views/email/plain-text-email.ts';
import { renderEmail } from '../../views/email/render-email.tsx';

/**
 * A transport that gives emails written as plain text by the domain (invitations, password
 * resets, editorial notices) the site's HTML look as they leave: the domain cannot render
 * views, and writing the HTML here keeps every such email in one look. The text part is
 * sent as written; `Content-Language` (set by the writer) gives the HTML its language.
 */
export function withEmailLook(transport: Mailer, deps: { db: Db; siteUrl: string }): Mailer {
  return {
    async send(message) {
      if (message.html !== undefined) return transport.send(message);
      const { title, locale } = await getSiteSettings(deps.db);
      const { html } = renderEmail(
        plainTextEmail({
          subject: message.subject,
          text: message.text,
          language: message.headers?.['Content-Language'] ?? locale,
          siteTitle: title,
          siteUrl: deps.siteUrl,
        }),
      );
      return transport.send({ ...message, html });
    },
    ...(transport.close ? { close: () => transport.close?.() ?? Promise.resolve() } : {}),
  };
}
